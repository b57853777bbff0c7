/**
 * Tutor tools on this computer, closed behind the tutor PIN: time-out and picture passwords,
 * each learner (rename, picture, secret pictures, delete with undo), groups, the lesson
 * paths given to children, backups to a file and back. The PIN keeps children
 * out; it is not security against an adult with developer tools, and the page says so.
 * The tools themselves (tutor/TutorTools.tsx) load once the PIN is given.
 */
import ExerciseBoundary from './ExerciseBoundary';
import { lazyPart } from './lazy-part';
import type { ReadyPath } from './tutor/AssignSection';
import TutorGate from './tutor/TutorGate';
import type { BrokenRecordsStrings } from './tutor/BrokenRecordsSection';
import type { OfflineStrings } from './tutor/OfflineSection';
import type { TutorStrings as ToolStrings } from './tutor/strings';
import './learners.css';
import './tutor/tutor.css';

export type TutorStrings = ToolStrings & BrokenRecordsStrings & OfflineStrings;

export interface TutorPanelProps {
  strings: TutorStrings;
  /** The ready-made paths of content/paths/, in the page's language. */
  readyPaths?: readonly ReadyPath[];
}

const TutorTools = lazyPart(() => import('./tutor/TutorTools'));

export default function TutorPanel({ strings, readyPaths }: TutorPanelProps) {
  return (
    <ExerciseBoundary message={strings['exercise.crashed']}>
      <TutorGate strings={strings}>
        {(db) => <TutorTools db={db} strings={strings} readyPaths={readyPaths} fallback={<p>{strings['learners.loading']}</p>} />}
      </TutorGate>
    </ExerciseBoundary>
  );
}
