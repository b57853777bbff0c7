/** The lesson view: the questions of one lesson that most children of the group get wrong, with the words they miss. */
import type { MissedQuestionWithWords } from '../../../lib/reports/missed-questions';
import QuestionList from './QuestionList';
import type { ReportText } from './report-text';

interface Props {
  lessonId: string;
  questions: readonly MissedQuestionWithWords[];
  /** How many children the report is about. */
  childCount: number;
  text: ReportText;
}

export default function LessonView({ lessonId, questions, childCount, text }: Props) {
  const { t } = text;
  return (
    <section className="report-page" aria-labelledby="report-lesson-title">
      <h2 id="report-lesson-title">{text.lessonTitle(lessonId)}</h2>
      <h3>{t('report.lessonQuestions')}</h3>
      <QuestionList
        questions={questions}
        text={text}
        numbers={(q) => t('report.childrenWrong', { count: q.children, total: childCount, wrong: q.wrong, answers: q.answers })}
      />
    </section>
  );
}
