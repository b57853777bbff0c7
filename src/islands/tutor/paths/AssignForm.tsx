/**
 * Giving a saved path to a child, a group or everyone on this computer, with an optional
 * day to finish by: a small form over the store's assignPath (lib/store/assignments.ts),
 * which replaces what the same child or group had.
 */
import { useId, useState, type SubmitEvent } from 'react';
import type { ZdraveiDb } from '../../../lib/store/db';
import { assignPath, type AssignTarget } from '../../../lib/store/assignments';
import { listGroups } from '../../../lib/store/groups';
import { listProfiles } from '../../../lib/store/profiles';
import { format, isolate } from '../../../lib/i18n/format';
import { whenDone } from '../../when-done';
import { useLiveQuery } from '../../use-store';
import type { PathsStrings } from '../strings';

interface Props {
  db: ZdraveiDb;
  pathId: string;
  name: string;
  strings: PathsStrings;
  /** The day to finish by, when the path came with one (a link or a file). */
  by?: string;
}

/** The chosen target as one value of the select: `learner:<id>`, `group:<id>` or `everyone`. */
function targetOf(value: string): AssignTarget {
  if (value.startsWith('learner:')) return { kind: 'learner', profileId: value.slice('learner:'.length) };
  if (value.startsWith('group:')) return { kind: 'group', groupId: value.slice('group:'.length) };
  return { kind: 'everyone' };
}

export default function AssignForm({ db, pathId, name, strings, by: initialBy }: Props) {
  const id = useId();
  const profiles = useLiveQuery(() => listProfiles(db), [db]);
  const groups = useLiveQuery(() => listGroups(db), [db]);
  const [who, setWho] = useState('everyone');
  const [by, setBy] = useState(initialBy ?? '');
  const [message, setMessage] = useState<string>();
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    await assignPath(db, { pathId, target: targetOf(who), ...(by ? { by } : {}) });
    setMessage(format(strings['paths.assigned'], { name: isolate(name) }));
  };
  return (
    <form className="paths__assign" onSubmit={whenDone(submit, () => setMessage(strings['tutor.actionFailed']))}>
      <h3>{format(strings['paths.assignTitle'], { name: isolate(name) })}</h3>
      <label htmlFor={`${id}-who`}>{strings['paths.assignWho']}</label>
      <select id={`${id}-who`} value={who} onChange={(e) => setWho(e.target.value)}>
        <option value="everyone">{strings['paths.toEveryone']}</option>
        {(groups ?? []).map((group) => (
          <option key={group.id} value={`group:${group.id}`}>
            {format(strings['paths.toGroup'], { name: isolate(group.name) })}
          </option>
        ))}
        {(profiles ?? []).map((profile) => (
          <option key={profile.id} value={`learner:${profile.id}`}>
            {format(strings['paths.toLearner'], { name: isolate(profile.name) })}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-by`}>{strings['paths.by']}</label>
      <input id={`${id}-by`} type="date" value={by} onChange={(e) => setBy(e.target.value)} />
      <button type="submit" className="button primary">
        {strings['paths.assign']}
      </button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
