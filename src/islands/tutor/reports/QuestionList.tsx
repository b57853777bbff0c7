/** Questions missed most, each with the words missed in it: the child view's and the lesson view's list. */
import type { MissedQuestionWithWords } from '../../../lib/reports/missed-questions';
import type { ReportText } from './report-text';
import WordChip from './WordChip';

interface Props {
  questions: readonly MissedQuestionWithWords[];
  text: ReportText;
  /** How each question's numbers are said: for one child, or for a group of `total` children. */
  numbers: (question: MissedQuestionWithWords) => string;
}

export default function QuestionList({ questions, text, numbers }: Props) {
  if (questions.length === 0) return <p>{text.t('report.nothingMissed')}</p>;
  return (
    <ol className="report-questions">
      {questions.map((question) => (
        <li key={question.exerciseId}>
          <strong>{text.questionName(question.exerciseId)}</strong>
          <span className="report-questions__numbers">{numbers(question)}</span>
          {question.words.length > 0 && (
            <span className="report-cell__words" aria-label={text.t('report.missedWords')}>
              {question.words.map((word) => (
                <WordChip key={word.wordId} wordId={word.wordId} word={text.word(word.wordId)} strings={text.strings} full />
              ))}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
