/**
 * The reports, once the PIN gate is open: which records (this computer's, or several
 * computers' backups merged), which children (a group) and lessons (a path), which view,
 * and the view itself with its CSV file and its print.
 */
import { useMemo, useState } from 'react';
import { childSummary } from '../../../lib/reports/child-summary';
import { toCsv } from '../../../lib/reports/csv';
import { hardestWords } from '../../../lib/reports/hardest-words';
import { missedQuestions } from '../../../lib/reports/missed-questions';
import { classGrid } from '../../../lib/reports/needs-help';
import { childCsvRows, classCsvRows, lessonCsvRows } from '../../../lib/reports/report-csv';
import { childrenInScope, chosenPath, pathChoices } from '../../../lib/reports/report-scope';
import { timePerDay } from '../../../lib/reports/time-per-day';
import type { ZdraveiDb } from '../../../lib/store/db';
import { reportRecords, reportScope } from '../../../lib/store/report-records';
import { useLiveQuery } from '../../use-store';
import type { ReportStrings } from '../strings';
import BackupsSection, { type LoadedBackups } from './BackupsSection';
import type { ReportCatalogue } from './catalogue';
import ChildView from './ChildView';
import ClassView from './ClassView';
import { downloadCsv } from './download-csv';
import LessonView from './LessonView';
import ReportControls, { type ReportView } from './ReportControls';
import { reportText } from './report-text';

interface Props {
  db: ZdraveiDb;
  strings: ReportStrings;
  catalogue: ReportCatalogue;
}

export default function Reports({ db, strings, catalogue }: Props) {
  const text = useMemo(() => reportText(strings, catalogue), [strings, catalogue]);
  const local = useLiveQuery(() => reportRecords(db), [db]);
  const scope = useLiveQuery(() => reportScope(db, strings.locale), [db, strings.locale]);
  const [backups, setBackups] = useState<LoadedBackups>();
  const [messages, setMessages] = useState<string[]>([]);
  const [view, setView] = useState<ReportView>('class');
  const [groupId, setGroupId] = useState<string>();
  const [pathKey, setPathKey] = useState<string>();
  const [childId, setChildId] = useState<string>();
  const [lessonId, setLessonId] = useState<string>();
  // The moment the report is about: when it was opened (a lesson's days since starting count to it).
  const [now] = useState(() => Date.now());
  const records = backups?.records ?? local;
  if (!records || !scope) return <p>{strings['learners.loading']}</p>;

  const { t } = text;
  const profiles = new Map(records.profiles.map((p) => [p.id, p]));
  const children = childrenInScope(
    records.profiles.map((p) => p.id),
    scope.memberships,
    scope.groups.some((g) => g.id === groupId) ? groupId : undefined,
  );
  const choices = pathChoices(scope.paths, catalogue.readyPaths, scope.assignments, groupId);
  const path = chosenPath(choices, pathKey);
  const lessonIds = path?.lessons ?? [];
  const child = profiles.get(childId ?? '') ?? profiles.get(children[0] ?? '');
  const lesson = lessonIds.includes(lessonId ?? '') ? lessonId! : lessonIds[0];
  const stamp = new Date(now).toISOString().slice(0, 10);

  let body;
  let csv: () => void;
  if (view === 'class') {
    const grid = classGrid(children, lessonIds, records.answers, records.lessonProgress, now);
    body = <ClassView grid={grid} lessonIds={lessonIds} profiles={profiles} text={text} pathTitle={path?.title ?? ''} />;
    csv = () => {
      const rows = classCsvRows(
        grid,
        { child: t('report.child'), lessonTitle: text.lessonTitle },
        (id) => profiles.get(id)?.name ?? id,
        text.statusText,
      );
      downloadCsv(`zdravei-class-${stamp}.csv`, toCsv(rows));
    };
  } else if (view === 'child' && child) {
    const mine = records.answers.filter((a) => a.profileId === child.id);
    const report = {
      profile: child,
      summary: childSummary(child.id, records),
      days: timePerDay(mine, now),
      hardest: hardestWords(child.id, records.cards, mine),
      questions: missedQuestions([child.id], mine),
    };
    body = <ChildView report={report} text={text} />;
    csv = () => {
      const labels = {
        header: [t('report.csv.what'), t('report.csv.which'), t('report.csv.count'), t('report.csv.details')] as [
          string,
          string,
          string,
          string,
        ],
        lessonsDone: t('report.lessonsDone'),
        wordsLearnt: t('report.wordsLearnt'),
        answers: t('report.answers'),
        minutesOnDay: t('report.csv.minutes'),
        hardWord: t('report.csv.hardWord'),
        missedQuestion: t('report.csv.missedQuestion'),
      };
      const rows = childCsvRows(labels, report.summary, report.days, report.hardest, report.questions, {
        word: text.wordText,
        question: text.questionName,
      });
      downloadCsv(`zdravei-child-${stamp}.csv`, toCsv([[child.name], ...rows]));
    };
  } else if (view === 'lesson' && lesson) {
    const questions = missedQuestions(children, records.answers, { lessonId: lesson });
    body = <LessonView lessonId={lesson} questions={questions} childCount={children.length} text={text} />;
    csv = () => {
      const header: [string, string, string, string, string] = [
        t('report.question'),
        t('report.csv.childrenWrong'),
        t('report.csv.wrong'),
        t('report.answers'),
        t('report.missedWords'),
      ];
      const rows = lessonCsvRows(header, questions, { word: text.wordText, question: text.questionName });
      downloadCsv(`zdravei-lesson-${stamp}.csv`, toCsv([[text.lessonTitle(lesson)], ...rows]));
    };
  } else {
    body = <p>{t('report.noChildren')}</p>;
    csv = () => undefined;
  }

  const backupsSection = <BackupsSection db={db} strings={strings} loaded={backups} onLoad={setBackups} onMessages={setMessages} />;
  return (
    <div className="reports">
      <p>{t('report.intro')}</p>
      {backups && backupsSection}
      {messages.map((message) => (
        <p key={message} role="status" className="tutor__message">
          {message}
        </p>
      ))}
      <ReportControls
        text={text}
        view={view}
        onView={setView}
        groups={scope.groups}
        groupId={groupId}
        onGroup={setGroupId}
        paths={choices}
        pathKey={path?.key}
        onPath={setPathKey}
        learners={children.map((id) => profiles.get(id)!)}
        childId={child?.id}
        onChild={setChildId}
        lessons={lessonIds}
        lessonId={lesson}
        onLesson={setLessonId}
      />
      <div className="reports__actions">
        <button type="button" className="button" onClick={csv}>
          {t('report.csv')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>
      {body}
      {!backups && backupsSection}
    </div>
  );
}
