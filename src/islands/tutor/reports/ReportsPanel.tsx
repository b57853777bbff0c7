/**
 * The tutor's reports page: the reports, behind the same tutor PIN as every tutor page
 * (TutorGate); their code loads once the PIN is given.
 */
import ExerciseBoundary from '../../ExerciseBoundary';
import TutorGate from '../TutorGate';
import { lazyPart } from '../../lazy-part';
import type { ReportStrings } from '../strings';
import type { ReportCatalogue } from './catalogue';
import '../../learners.css';
import '../tutor.css';
import '../../styles/audio-button.css';
import './reports.css';

interface Props {
  strings: ReportStrings;
  catalogue: ReportCatalogue;
}

const Reports = lazyPart(() => import('./Reports'));

export default function ReportsPanel({ strings, catalogue }: Props) {
  return (
    <ExerciseBoundary message={strings['exercise.crashed']}>
      <TutorGate strings={strings}>
        {(db) => <Reports db={db} strings={strings} catalogue={catalogue} fallback={<p>{strings['learners.loading']}</p>} />}
      </TutorGate>
    </ExerciseBoundary>
  );
}
