/**
 * A child taps their three secret pictures. After a few wrong tries in a row each further
 * try waits longer (lib/store/throttle), shown as a friendly hourglass and a countdown; a
 * reload does not skip the wait, and the right pictures start the count again.
 */
import { useState } from 'react';
import { openmojiUrl } from '../lib/routes';
import type { Profile, ZdraveiDb } from '../lib/store/db';
import { checkPicturePassword } from '../lib/store/profiles';
import { noteRight, noteWrong, throttled, waitLeft } from '../lib/store/throttle';
import { useWait } from './use-wait';
import { format } from '../lib/i18n/format';
import PicturePad, { type PicturePadStrings } from './PicturePad';
import LearnerFace, { type LearnerFaceStrings } from './LearnerFace';
import Say from './Say';

export type PasswordStepStrings = PicturePadStrings &
  LearnerFaceStrings & {
    'password.title': string;
    'password.intro': string;
    'password.wrong': string;
    'password.wait': string;
    'learners.cancel': string;
    'exercise.say': string;
  };

interface Props {
  db: ZdraveiDb;
  profile: Profile;
  strings: PasswordStepStrings;
  onRight: () => void;
  onCancel: () => void;
}

export default function PasswordStep({ db, profile, strings, onRight, onCancel }: Props) {
  const subject = throttled.picturePassword(profile.id);
  const [wrong, setWrong] = useState(false);
  const [left, startWait] = useWait(db, subject);

  const check = async (pictures: string[]) => {
    // A try during the wait (a second tab, a quick reload) counts for nothing.
    if ((await waitLeft(db, subject)) > 0) return;
    if (await checkPicturePassword(profile, pictures)) {
      await noteRight(db, subject);
      onRight();
      return;
    }
    setWrong(true);
    const wait = await noteWrong(db, subject);
    if (wait > 0) startWait(wait);
  };

  const waitText = format(strings['password.wait'], { seconds: Math.ceil(left / 1_000) }, strings.locale);
  return (
    <section className="learners__password" aria-labelledby="password-title">
      <p className="learners__who">
        <LearnerFace profile={profile} strings={strings} size={96} nameClass="learner-card__name" />
      </p>
      <h2 id="password-title">{strings['password.title']}</h2>
      {left > 0 ? (
        <p className="learners__wait" role="status">
          <img src={openmojiUrl('23F3')} alt="" width="72" height="72" />
          <span>{waitText}</span>
          <Say phrase="password.wait" text={waitText} strings={strings} auto />
        </p>
      ) : (
        <>
          <p>
            {strings['password.intro']} <Say phrase="password.intro" text={strings['password.intro']} strings={strings} auto />
          </p>
          {wrong && (
            <p className="learners__wrong" role="alert">
              {strings['password.wrong']} <Say phrase="password.wrong" text={strings['password.wrong']} strings={strings} />
            </p>
          )}
          <PicturePad strings={strings} label={strings['password.title']} onComplete={(pictures) => void check(pictures)} />
        </>
      )}
      <button type="button" className="button" onClick={onCancel}>
        {strings['learners.cancel']}
      </button>
    </section>
  );
}
