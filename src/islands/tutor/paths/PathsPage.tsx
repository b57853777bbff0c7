/** The island of /<locale>/tutor/paths/: the path builder, behind the tutor PIN; its code loads once the PIN is given. */
import ExerciseBoundary from '../../ExerciseBoundary';
import type { PathCatalogue } from '../../../lib/paths/catalogue';
import TutorGate from '../TutorGate';
import { lazyPart } from '../../lazy-part';
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

const PathBuilder = lazyPart(() => import('./PathBuilder'));

export default function PathsPage({ strings, catalogue, linkPage }: Props) {
  return (
    <ExerciseBoundary message={strings['exercise.crashed']}>
      <TutorGate strings={strings}>
        {(db) => (
          <PathBuilder
            db={db}
            catalogue={catalogue}
            strings={strings}
            linkPage={linkPage}
            fallback={<p>{strings['learners.loading']}</p>}
          />
        )}
      </TutorGate>
    </ExerciseBoundary>
  );
}
