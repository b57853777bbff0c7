/** The island of /<locale>/tutor/paths/: the path builder, behind the tutor PIN. */
import ExerciseBoundary from '../../ExerciseBoundary';
import type { PathCatalogue } from '../../../lib/paths/catalogue';
import TutorGate from '../TutorGate';
import PathBuilder from './PathBuilder';
import type { PathsStrings } from '../strings';
import '../../learners.css';
import '../tutor.css';
import './paths.css';

interface Props {
  strings: PathsStrings;
  catalogue: PathCatalogue;
  /** The path link page of this locale, for the links the builder makes. */
  linkPage: string;
}

export default function PathsPage({ strings, catalogue, linkPage }: Props) {
  return (
    <ExerciseBoundary message={strings['exercise.crashed']}>
      <TutorGate strings={strings}>{(db) => <PathBuilder db={db} catalogue={catalogue} strings={strings} linkPage={linkPage} />}</TutorGate>
    </ExerciseBoundary>
  );
}
