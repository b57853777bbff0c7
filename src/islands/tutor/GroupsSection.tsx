/** Groups of children: create, rename, delete, and a tick for each child in each group. */
import { whenDone } from '../when-done';
import { useState, type SubmitEvent } from 'react';
import type { Group, Membership, Profile, ZdraveiDb } from '../../lib/store/db';
import { addMember, createGroup, deleteGroup, removeMember, renameGroup } from '../../lib/store/groups';
import { maxNameLength } from '../../lib/store/profiles';
import { format, isolate } from '../../lib/i18n/format';
import { openmojiUrl } from '../../lib/routes';
import { learnerName } from './LearnerRow';
import { named } from './named';
import type { TutorStrings } from './strings';

interface Props {
  db: ZdraveiDb;
  strings: TutorStrings;
  profiles: readonly Profile[];
  groups: readonly Group[];
  memberships: readonly Membership[];
  onMessage: (message: string) => void;
}

function GroupItem({
  db,
  strings,
  profiles,
  group,
  members,
  failed,
}: Omit<Props, 'groups' | 'memberships' | 'onMessage'> & { group: Group; members: ReadonlySet<string>; failed: () => void }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(group.name);
  const rename = whenDone(async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    await renameGroup(db, group.id, name);
    setRenaming(false);
  }, failed);
  const remove = whenDone(async () => {
    if (window.confirm(format(strings['tutor.deleteGroupConfirm'], { name: isolate(group.name) }))) await deleteGroup(db, group.id);
  }, failed);
  return (
    <li className="tutor__group">
      <div className="tutor__row">
        <h3 className="tutor__name">
          <bdi>{group.name}</bdi>
        </h3>
        <button type="button" className="button" aria-expanded={renaming} onClick={() => setRenaming(!renaming)}>
          {strings['tutor.rename']}
        </button>
        <button type="button" className="button" onClick={remove}>
          {strings['tutor.deleteGroup']}
        </button>
      </div>
      {renaming && (
        <form className="tutor__inline" onSubmit={rename}>
          <label>
            {strings['tutor.nameLabel']}{' '}
            <input value={name} maxLength={maxNameLength} required dir="auto" onChange={(event) => setName(event.target.value)} />
          </label>
          <button type="submit" className="button primary">
            {strings['tutor.save']}
          </button>
          <button type="button" className="button" onClick={() => setRenaming(false)}>
            {strings['tutor.cancel']}
          </button>
        </form>
      )}
      <fieldset className="tutor__inline">
        <legend>{named(strings['tutor.members'], group.name)}</legend>
        {profiles.map((profile) => (
          <label key={profile.id} className="tutor__check">
            <input
              type="checkbox"
              checked={members.has(profile.id)}
              onChange={whenDone(
                (event: { target: HTMLInputElement }) =>
                  event.target.checked ? addMember(db, group.id, profile.id) : removeMember(db, group.id, profile.id),
                failed,
              )}
            />
            <img src={openmojiUrl(profile.picture)} alt={profile.name ? '' : learnerName(profile, strings)} width="32" height="32" />
            <bdi>{profile.name}</bdi>
          </label>
        ))}
      </fieldset>
    </li>
  );
}

export default function GroupsSection({ db, strings, profiles, groups, memberships, onMessage }: Props) {
  const [name, setName] = useState('');
  const failed = () => onMessage(strings['tutor.actionFailed']);
  const create = whenDone(async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    await createGroup(db, name);
    setName('');
  }, failed);
  return (
    <section aria-labelledby="tutor-groups">
      <h2 id="tutor-groups">{strings['tutor.groups']}</h2>
      <p className="tutor__note">{strings['tutor.groupsIntro']}</p>
      <form className="tutor__inline" onSubmit={create}>
        <label>
          {strings['tutor.groupName']}{' '}
          <input value={name} maxLength={maxNameLength} required dir="auto" onChange={(event) => setName(event.target.value)} />
        </label>
        <button type="submit" className="button primary">
          {strings['tutor.createGroup']}
        </button>
      </form>
      {groups.length === 0 ? (
        <p>{strings['tutor.noGroups']}</p>
      ) : (
        <ul className="tutor__groups">
          {groups.map((group) => (
            <GroupItem
              key={group.id}
              db={db}
              strings={strings}
              profiles={profiles}
              group={group}
              members={new Set(memberships.filter((m) => m.groupId === group.id).map((m) => m.profileId))}
              failed={failed}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
