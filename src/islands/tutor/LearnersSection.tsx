/** Each learner on this computer: secret pictures set or removed, a backup of one, delete. */
import { whenDone } from '../when-done';
import { useState } from 'react';
import type { Profile, ZdraveiDb } from '../../lib/store/db';
import { deleteProfile, setPicturePassword } from '../../lib/store/profiles';
import { exportProgress } from '../../lib/store/backup';
import { format, isolate } from '../../lib/i18n/format';
import { learnerLabel } from '../../lib/learner-pictures';
import LearnerFace from '../LearnerFace';
import PicturePad from '../PicturePad';
import PasswordWaits from '../PasswordWaits';
import { downloadJson, today } from './download';
import type { TutorStrings } from './strings';

interface Props {
  db: ZdraveiDb;
  strings: TutorStrings;
  profiles: readonly Profile[];
  onMessage: (message: string) => void;
}

export default function LearnersSection({ db, strings, profiles, onMessage }: Props) {
  const [settingPassword, setSettingPassword] = useState<Profile>();
  const failed = () => onMessage(strings['tutor.actionFailed']);
  return (
    <section aria-labelledby="tutor-learners">
      <h2 id="tutor-learners">{strings['tutor.learners']}</h2>
      <PasswordWaits strings={strings} />
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
            <li key={profile.id}>
              <LearnerFace profile={profile} strings={strings} size={48} nameClass="tutor__name" />
              <button type="button" className="button" onClick={() => setSettingPassword(profile)}>
                {strings['tutor.setPassword']}
              </button>
              {profile.picturePassword && (
                <button type="button" className="button" onClick={whenDone(() => setPicturePassword(db, profile.id, undefined), failed)}>
                  {strings['tutor.removePassword']}
                </button>
              )}
              <button
                type="button"
                className="button"
                onClick={whenDone(
                  async () =>
                    downloadJson(`zdravei-${learnerLabel(profile, strings)}-${today()}.json`, await exportProgress(db, [profile.id])),
                  failed,
                )}
              >
                {strings['tutor.export']}
              </button>
              <button
                type="button"
                className="button"
                onClick={whenDone(async () => {
                  if (window.confirm(format(strings['tutor.deleteConfirm'], { name: isolate(learnerLabel(profile, strings)) })))
                    await deleteProfile(db, profile.id);
                }, failed)}
              >
                {strings['tutor.delete']}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
