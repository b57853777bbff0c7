/**
 * The child view: the numbers (lessons done, words learnt, answers), the time spent each
 * day, the hardest words and the questions missed most, each word with its picture and sound.
 */
import type { ChildSummary } from '../../../lib/reports/child-summary';
import type { HardWord } from '../../../lib/reports/hardest-words';
import type { MissedQuestionWithWords } from '../../../lib/reports/missed-questions';
import type { ReportProfile } from '../../../lib/reports/report-records';
import type { DayTime } from '../../../lib/reports/time-per-day';
import { formatNumber } from '../../../lib/i18n/format';
import { openmojiUrl } from '../../../lib/routes';
import type { ReportText } from './report-text';
import QuestionList from './QuestionList';
import TimeChart from './TimeChart';
import WordChip from './WordChip';

export interface ChildReport {
  profile: ReportProfile;
  summary: ChildSummary;
  days: DayTime[];
  hardest: HardWord[];
  questions: MissedQuestionWithWords[];
}

export default function ChildView({ report, text }: { report: ChildReport; text: ReportText }) {
  const { t, strings } = text;
  const { profile, summary } = report;
  return (
    <section className="report-page" aria-labelledby="report-child-name">
      <h2 id="report-child-name" className="report-child">
        <img src={openmojiUrl(profile.picture)} alt="" width="40" height="40" />
        <bdi>{profile.name}</bdi>
      </h2>
      <dl className="report-numbers">
        <div>
          <dt>{t('report.lessonsDone')}</dt>
          <dd>{formatNumber(summary.lessonsDone, strings.locale)}</dd>
        </div>
        <div>
          <dt>{t('report.wordsLearnt')}</dt>
          <dd>{formatNumber(summary.wordsLearnt, strings.locale)}</dd>
        </div>
        <div>
          <dt>{t('report.answers')}</dt>
          <dd>{t('report.answersRight', { count: summary.answers, right: summary.right })}</dd>
        </div>
      </dl>
      <p>{summary.lastActive === undefined ? t('report.never') : t('report.lastActive', { date: text.date(summary.lastActive) })}</p>
      <TimeChart days={report.days} text={text} />
      <h3>{t('report.hardestWords')}</h3>
      {report.hardest.length === 0 ? (
        <p>{t('report.nothingMissed')}</p>
      ) : (
        <ol className="report-words">
          {report.hardest.map((word) => (
            <li key={word.wordId}>
              <WordChip wordId={word.wordId} word={text.word(word.wordId)} strings={strings} full />
              <span className="report-questions__numbers">{t('report.misses', { count: word.misses })}</span>
            </li>
          ))}
        </ol>
      )}
      <h3>{t('report.missedQuestions')}</h3>
      <QuestionList questions={report.questions} text={text} numbers={(q) => t('report.wrongOf', { wrong: q.wrong, answers: q.answers })} />
    </section>
  );
}
