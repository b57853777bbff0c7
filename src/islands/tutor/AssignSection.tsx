/**
 * Giving a lesson path to a child, a group or everyone, with an optional "by" date, and
 * the list of what is given now. A ready-made path (content/paths/) is saved as the tutor's
 * own copy (`basedOn` its id) when first assigned, so the builder can change it later.
 */
import { whenDone } from '../when-done';
import { useState, type SubmitEvent } from 'react';
import type { Assignment, Group, LessonPath, Profile, ZdraveiDb } from '../../lib/store/db';
import { assignPath, unassign, type AssignTarget } from '../../lib/store/assignments';
import { savePath } from '../../lib/store/lesson-paths';
import { format } from '../../lib/i18n/format';
import { formatDay } from '../../lib/i18n/calendar-day';
import { learnerName } from './LearnerRow';
import { named } from './named';
import type { TutorStrings } from './strings';

/** A ready-made path of content/paths/, in the page's language. */
export interface ReadyPath {
  id: string;
  title: string;
  description: string;
  lessons: string[];
}

interface Props {
  db: ZdraveiDb;
  strings: TutorStrings;
  profiles: readonly Profile[];
  groups: readonly Group[];
  paths: readonly LessonPath[];
  assignments: readonly Assignment[];
  readyPaths: readonly ReadyPath[];
  onMessage: (message: string) => void;
}

/** `learner:<id>`, `group:<id>` or `everyone`, as the target select's values. */
function parseTarget(value: string): AssignTarget {
  const [kind, id = ''] = value.split(/:(.*)/s);
  if (kind === 'learner') return { kind: 'learner', profileId: id };
  if (kind === 'group') return { kind: 'group', groupId: id };
  return { kind: 'everyone' };
}

/** The saved copy of a ready-made path with the same lessons, or a new one. */
async function copyOf(db: ZdraveiDb, ready: ReadyPath, paths: readonly LessonPath[]): Promise<LessonPath> {
  const same = paths.find((p) => p.basedOn === ready.id && p.lessons.join(' ') === ready.lessons.join(' '));
  return same ?? savePath(db, { title: ready.title, description: ready.description, lessons: ready.lessons, basedOn: ready.id });
}

export default function AssignSection({ db, strings, profiles, groups, paths, assignments, readyPaths, onMessage }: Props) {
  const [pathChoice, setPathChoice] = useState(readyPaths[0] ? `ready:${readyPaths[0].id}` : '');
  const [target, setTarget] = useState('everyone');
  const [by, setBy] = useState('');
  const failed = () => onMessage(strings['tutor.actionFailed']);
  const option = (title: string, count: number) => format(strings['tutor.pathOption'], { title, count }, strings.locale);

  const assign = whenDone(async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const [kind, id] = pathChoice.split(/:(.*)/s);
    const ready = readyPaths.find((p) => kind === 'ready' && p.id === id);
    const pathId = ready ? (await copyOf(db, ready, paths)).id : id;
    if (!pathId) return;
    await assignPath(db, { pathId, target: parseTarget(target), ...(by ? { by } : {}) });
    onMessage(strings['tutor.assigned']);
  }, failed);

  const describe = (a: Assignment) => {
    const profile = profiles.find((p) => p.id === a.profileId);
    const group = groups.find((g) => g.id === a.groupId);
    if (profile) return <bdi>{learnerName(profile, strings)}</bdi>;
    if (group) return named(strings['tutor.groupOption'], group.name);
    return strings['tutor.everyone'];
  };

  return (
    <section aria-labelledby="tutor-assign">
      <h2 id="tutor-assign">{strings['tutor.assignTitle']}</h2>
      <p className="tutor__note">{strings['tutor.assignIntro']}</p>
      <form className="tutor__form" onSubmit={assign}>
        <label>
          {strings['tutor.pathLabel']}{' '}
          <select value={pathChoice} required onChange={(event) => setPathChoice(event.target.value)}>
            <optgroup label={strings['tutor.readyPaths']}>
              {readyPaths.map((p) => (
                <option key={p.id} value={`ready:${p.id}`}>
                  {option(p.title, p.lessons.length)}
                </option>
              ))}
            </optgroup>
            {paths.length > 0 && (
              <optgroup label={strings['tutor.savedPaths']}>
                {paths.map((p) => (
                  <option key={p.id} value={`saved:${p.id}`}>
                    {option(p.title, p.lessons.length)}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <label>
          {strings['tutor.assignTo']}{' '}
          <select value={target} onChange={(event) => setTarget(event.target.value)}>
            <option value="everyone">{strings['tutor.everyone']}</option>
            {groups.map((g) => (
              <option key={g.id} value={`group:${g.id}`}>
                {format(strings['tutor.groupOption'], { name: g.name })}
              </option>
            ))}
            {profiles.map((p) => (
              <option key={p.id} value={`learner:${p.id}`}>
                {learnerName(p, strings)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {strings['tutor.by']} <input type="date" value={by} onChange={(event) => setBy(event.target.value)} />
        </label>
        <button type="submit" className="button primary">
          {strings['tutor.assign']}
        </button>
      </form>
      <h3>{strings['tutor.currentAssignments']}</h3>
      {assignments.length === 0 ? (
        <p>{strings['tutor.noAssignments']}</p>
      ) : (
        <ul className="tutor__assignments">
          {assignments.map((a) => (
            <li key={a.id} className="tutor__row">
              <span className="tutor__name">
                <bdi>{paths.find((p) => p.id === a.pathId)?.title ?? a.pathId}</bdi> → {describe(a)}
                {a.by && <> ({format(strings['tutor.byDate'], { date: formatDay(a.by, strings.locale ?? 'en') })})</>}
              </span>
              <button type="button" className="button" onClick={whenDone(() => unassign(db, a.id), failed)}>
                {strings['tutor.remove']}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
