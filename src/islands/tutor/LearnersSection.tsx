/**
 * The learners on this computer, each with their own tools (LearnerRow). Deleting a child
 * asks first, naming them; for a minute after, "undo" puts back every record of theirs,
 * held in memory meanwhile (lib/store/learner-removal.ts).
 */
import { whenDone } from '../when-done';
import { useEffect, useState } from 'react';
import type { Profile, ZdraveiDb } from '../../lib/store/db';
import { setPicturePassword } from '../../lib/store/profiles';
import { removeLearner, restoreLearner, type RemovedLearner } from '../../lib/store/learner-removal';
import { format, isolate } from '../../lib/i18n/format';
import { openmojiUrl } from '../../lib/routes';
import LearnerFace from '../LearnerFace';
import PicturePad from '../PicturePad';
import PasswordWaits from '../PasswordWaits';
import LearnerRow, { learnerName } from './LearnerRow';
import { named } from './named';
import type { TutorStrings } from './strings';

/** How long a deleted child can be brought back. */
export const undoMs = 60_000;

interface Props {
  db: ZdraveiDb;
  strings: TutorStrings;
  profiles: readonly Profile[];
  onMessage: (message: string) => void;
}

export default function LearnersSection({ db, strings, profiles, onMessage }: Props) {
  const [settingPassword, setSettingPassword] = useState<Profile>();
  const [removed, setRemoved] = useState<RemovedLearner>();
  const failed = () => onMessage(strings['tutor.actionFailed']);
  useEffect(() => {
    if (!removed) return undefined;
    const timer = setTimeout(() => setRemoved(undefined), undoMs);
    return () => clearTimeout(timer);
  }, [removed]);
  const nameOf = (profile: Profile) => isolate(learnerName(profile, strings));

  const remove = (profile: Profile) =>
    whenDone(async () => {
      if (!window.confirm(format(strings['tutor.deleteConfirm'], { name: nameOf(profile) }))) return;
      setRemoved(await removeLearner(db, profile.id));
    }, failed);
  const undo = whenDone(async () => {
    if (!removed) return;
    await restoreLearner(db, removed);
    setRemoved(undefined);
    onMessage(format(strings['tutor.restored'], { name: nameOf(removed.profile) }));
  }, failed);

  return (
    <section aria-labelledby="tutor-learners">
      <h2 id="tutor-learners">{strings['tutor.learners']}</h2>
      <PasswordWaits strings={strings} />
      {removed && (
        <p className="tutor__message tutor__undo" role="status">
          <img src={openmojiUrl(removed.profile.picture)} alt="" width="32" height="32" />
          <span>{named(strings['tutor.deleted'], learnerName(removed.profile, strings))}</span>
          <button type="button" className="button" onClick={undo}>
            {strings['tutor.undo']}
          </button>
        </p>
      )}
      {settingPassword ? (
        <div className="learners__password">
          <p className="learners__who">
            <LearnerFace profile={settingPassword} strings={strings} size={72} />
          </p>
          <PicturePad
            strings={strings}
            label={strings['password.title']}
            onComplete={whenDone(async (pictures: string[]) => {
              await setPicturePassword(db, settingPassword.id, pictures);
              setSettingPassword(undefined);
              onMessage(strings['tutor.passwordSet']);
            }, failed)}
          />
        </div>
      ) : (
        <ul className="tutor__learners">
          {profiles.map((profile) => (
            <LearnerRow
              key={profile.id}
              db={db}
              strings={strings}
              profile={profile}
              onSetPassword={() => setSettingPassword(profile)}
              onDelete={remove(profile)}
              onFailed={failed}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
