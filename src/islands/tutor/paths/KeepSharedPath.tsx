/**
 * A path from a link, kept on this computer once the tutor PIN is typed: saved once (a path
 * with the same name and lessons already here is not saved again), then given to a child,
 * a group or everyone, with the link's day to finish by offered.
 */
import { useState } from 'react';
import type { ZdraveiDb } from '../../../lib/store/db';
import { listPaths, savePath } from '../../../lib/store/lesson-paths';
import type { SharedPath } from '../../../lib/paths/path-code';
import { useLiveQuery } from '../../use-store';
import { whenDone } from '../../when-done';
import AssignForm from './AssignForm';
import type { PathsStrings } from '../strings';

const sameLessons = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

export default function KeepSharedPath({ db, path, strings }: { db: ZdraveiDb; path: SharedPath; strings: PathsStrings }) {
  const paths = useLiveQuery(() => listPaths(db), [db]);
  const [failed, setFailed] = useState(false);
  if (!paths) return <p>{strings['learners.loading']}</p>;
  const saved = paths.find((p) => p.title === path.name && sameLessons(p.lessons, path.lessons));
  return (
    <div className="paths__keep">
      {saved ? (
        <>
          <p role="status">{strings['pathLink.alreadySaved']}</p>
          <AssignForm db={db} pathId={saved.id} name={saved.title} strings={strings} {...(path.by ? { by: path.by } : {})} />
        </>
      ) : (
        <button
          type="button"
          className="button primary"
          onClick={whenDone(
            () => savePath(db, { title: path.name, ...(path.description ? { description: path.description } : {}), lessons: path.lessons }),
            () => setFailed(true),
          )}
        >
          {strings['pathLink.save']}
        </button>
      )}
      {failed && <p role="alert">{strings['tutor.actionFailed']}</p>}
    </div>
  );
}
