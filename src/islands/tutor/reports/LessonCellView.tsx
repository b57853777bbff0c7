/** One cell of the class view: the status in words and colour, the stars, and why a lesson needs help (with the missed words). */
import type { LessonCell } from '../../../lib/reports/needs-help';
import type { ReportText } from './report-text';
import WordChip from './WordChip';

export default function LessonCellView({ cell, text }: { cell: LessonCell; text: ReportText }) {
  const { t } = text;
  const status = <span className="report-cell__status">{t(`report.status.${cell.status}`)}</span>;
  if (cell.status === 'not-started') return <div className="report-cell report-cell--not-started">{status}</div>;
  if (cell.status === 'done')
    return (
      <div className="report-cell report-cell--done">
        {status}
        <span className="report-cell__stars" aria-hidden="true">
          {'★'.repeat(cell.stars)}
          {'☆'.repeat(3 - cell.stars)}
        </span>
        <span className="visually-hidden">{t('report.stars', { count: cell.stars })}</span>
      </div>
    );
  if (cell.status === 'in-progress')
    return (
      <div className="report-cell report-cell--in-progress">
        {status}
        <span className="report-cell__note">{t('report.startedOn', { date: text.date(cell.startedAt) })}</span>
      </div>
    );
  return (
    <div className="report-cell report-cell--needs-help">
      {status}
      {cell.reasons.map((reason) =>
        reason.kind === 'wrong-answers' ? (
          <div key={reason.exerciseId} className="report-cell__note">
            {t('report.wrongAnswers', { count: reason.wrong, question: text.questionName(reason.exerciseId) })}
            {reason.wordIds.length > 0 && (
              <span className="report-cell__words" aria-label={t('report.missedWords')}>
                {reason.wordIds.map((wordId) => (
                  <WordChip key={wordId} wordId={wordId} word={text.word(wordId)} strings={text.strings} />
                ))}
              </span>
            )}
          </div>
        ) : (
          <div key="not-finished" className="report-cell__note">
            {t('report.notFinished', { days: reason.days })}
          </div>
        ),
      )}
    </div>
  );
}
