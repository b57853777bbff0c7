/** The paths saved on this computer: each can be changed, deleted, carried away or given. */
import type { LessonPath, ZdraveiDb } from '../../../lib/store/db';
import { deletePath } from '../../../lib/store/lesson-paths';
import { format, isolate } from '../../../lib/i18n/format';
import { whenDone } from '../../when-done';
import AssignForm from './AssignForm';
import PathShare from './PathShare';
import type { PathsStrings } from '../strings';

interface Props {
  db: ZdraveiDb;
  paths: readonly LessonPath[];
  strings: PathsStrings;
  linkPage: string;
  onEdit: (path: LessonPath) => void;
  onMessage: (message: string) => void;
  /** The path whose link and assignment show, opened after a save. */
  shown: string | undefined;
  setShown: (pathId: string | undefined) => void;
}

export default function SavedPaths({ db, paths, strings, linkPage, onEdit, onMessage, shown, setShown }: Props) {
  const failed = () => onMessage(strings['tutor.actionFailed']);
  return (
    <section aria-labelledby="paths-saved">
      <h2 id="paths-saved">{strings['paths.saved']}</h2>
      {paths.length === 0 && <p>{strings['paths.none']}</p>}
      <ul className="paths__saved">
        {paths.map((path) => (
          <li key={path.id} className="paths__saved-item">
            <div className="paths__saved-head">
              <bdi className="tutor__name">{path.title}</bdi>
              <span>{format(strings['paths.lessonCount'], { count: path.lessons.length }, strings.locale)}</span>
              <button type="button" className="button" onClick={() => onEdit(path)}>
                {strings['paths.edit']}
              </button>
              <button
                type="button"
                className="button"
                aria-expanded={shown === path.id}
                onClick={() => setShown(shown === path.id ? undefined : path.id)}
              >
                {strings['paths.share']}
              </button>
              <button
                type="button"
                className="button"
                onClick={whenDone(async () => {
                  if (!window.confirm(format(strings['paths.deleteConfirm'], { name: isolate(path.title) }))) return;
                  await deletePath(db, path.id);
                  onMessage(strings['paths.deleted']);
                }, failed)}
              >
                {strings['paths.delete']}
              </button>
            </div>
            {shown === path.id && (
              <div className="paths__saved-more">
                <h3>{format(strings['paths.carry'], { name: isolate(path.title) })}</h3>
                <PathShare
                  path={{ name: path.title, ...(path.description ? { description: path.description } : {}), lessons: path.lessons }}
                  linkPage={linkPage}
                  strings={strings}
                />
                <AssignForm db={db} pathId={path.id} name={path.title} strings={strings} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
