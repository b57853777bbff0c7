/** The tutor's reports page: the reports, behind the same tutor PIN as every tutor page (TutorGate). */
import ExerciseBoundary from '../../ExerciseBoundary';
import TutorGate from '../TutorGate';
import type { ReportStrings } from '../strings';
import type { ReportCatalogue } from './catalogue';
import Reports from './Reports';
import '../../learners.css';
import '../tutor.css';
import '../../styles/audio-button.css';
import './reports.css';

interface Props {
  strings: ReportStrings;
  catalogue: ReportCatalogue;
}

export default function ReportsPanel({ strings, catalogue }: Props) {
  return (
    <ExerciseBoundary message={strings['exercise.crashed']}>
      <TutorGate strings={strings}>{(db) => <Reports db={db} strings={strings} catalogue={catalogue} />}</TutorGate>
    </ExerciseBoundary>
  );
}
