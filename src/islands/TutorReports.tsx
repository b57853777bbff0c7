/** The tutor's reports page, behind the tutor PIN. A placeholder until its tools are built. */
import ExerciseBoundary from './ExerciseBoundary';
import TutorGate from './tutor/TutorGate';
import type { TutorStrings } from './tutor/strings';
import './learners.css';
import './tutor/tutor.css';

export default function TutorReports({ strings }: { strings: TutorStrings }) {
  return (
    <ExerciseBoundary message={strings['exercise.crashed']}>
      <TutorGate strings={strings}>{() => null}</TutorGate>
    </ExerciseBoundary>
  );
}
