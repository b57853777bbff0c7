/** One learner in the tutor's list: rename, a new picture, secret pictures, a backup of one, delete. */
import { whenDone } from '../when-done';
import { useState, type SubmitEvent } from 'react';
import type { Profile, ZdraveiDb } from '../../lib/store/db';
import { maxNameLength, setPicturePassword, updateProfile } from '../../lib/store/profiles';
import { exportProgress } from '../../lib/store/backup';
import { profilePictures } from '../../lib/learner-pictures';
import { openmojiUrl } from '../../lib/routes';
import { downloadJson, today } from './download';
import { named } from './named';
import type { TutorStrings } from './strings';

/** A learner's name for the tutor's sentences; a learner may have a picture and no name. */
export const learnerName = (profile: Pick<Profile, 'name'>, strings: TutorStrings) => profile.name || strings['tutor.noName'];

interface Props {
  db: ZdraveiDb;
  strings: TutorStrings;
  profile: Profile;
  onSetPassword: () => void;
  onDelete: () => void;
  onFailed: () => void;
}

export default function LearnerRow({ db, strings, profile, onSetPassword, onDelete, onFailed }: Props) {
  const [editing, setEditing] = useState<'name' | 'picture'>();
  const [name, setName] = useState(profile.name);
  const rename = whenDone(async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    await updateProfile(db, profile.id, { name });
    setEditing(undefined);
  }, onFailed);
  return (
    <li className="tutor__learner">
      <div className="tutor__row">
        <img src={openmojiUrl(profile.picture)} alt="" width="48" height="48" />
        <bdi className="tutor__name">{profile.name}</bdi>
        <button
          type="button"
          className="button"
          aria-expanded={editing === 'name'}
          onClick={() => setEditing(editing === 'name' ? undefined : 'name')}
        >
          {strings['tutor.rename']}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={editing === 'picture'}
          onClick={() => setEditing(editing === 'picture' ? undefined : 'picture')}
        >
          {strings['tutor.changePicture']}
        </button>
        <button type="button" className="button" onClick={onSetPassword}>
          {strings['tutor.setPassword']}
        </button>
        {profile.picturePassword && (
          <button type="button" className="button" onClick={whenDone(() => setPicturePassword(db, profile.id, undefined), onFailed)}>
            {strings['tutor.removePassword']}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={whenDone(
            async () => downloadJson(`zdravei-${profile.name || profile.id}-${today()}.json`, await exportProgress(db, [profile.id])),
            onFailed,
          )}
        >
          {strings['tutor.export']}
        </button>
        <button type="button" className="button" onClick={onDelete}>
          {strings['tutor.delete']}
        </button>
      </div>
      {editing === 'name' && (
        <form className="tutor__inline" onSubmit={rename}>
          <label>
            {strings['tutor.nameLabel']}{' '}
            <input value={name} maxLength={maxNameLength} required onChange={(event) => setName(event.target.value)} dir="auto" />
          </label>
          <button type="submit" className="button primary">
            {strings['tutor.save']}
          </button>
          <button type="button" className="button" onClick={() => setEditing(undefined)}>
            {strings['tutor.cancel']}
          </button>
        </form>
      )}
      {editing === 'picture' && (
        <fieldset className="tutor__inline">
          <legend>{named(strings['tutor.pictureFor'], learnerName(profile, strings))}</legend>
          <div className="learners__pictures">
            {profilePictures.map((code, i) => (
              <label key={code} className="picture-choice">
                <input
                  type="radio"
                  name={`picture-${profile.id}`}
                  value={code}
                  checked={profile.picture === code}
                  onChange={whenDone(async () => {
                    await updateProfile(db, profile.id, { picture: code });
                    setEditing(undefined);
                  }, onFailed)}
                />
                <img src={openmojiUrl(code)} alt={String(i + 1)} width="56" height="56" />
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </li>
  );
}
