/**
 * Twelve big pictures to tap in order: a picture password for children who cannot read
 * their name. Used to enter one and, on the tutor page, to set one. It makes no sound
 * (a password spoken aloud is no secret), and shows the pictures tapped so far as dots,
 * never the pictures themselves. Each key is named by its picture for screen readers.
 */
import { openmojiUrl } from '../lib/routes';
import { useState } from 'react';
import { passwordPictures, pictureName, type PictureStrings } from '../lib/learner-pictures';
import { format } from '../lib/i18n/format';

export type PicturePadStrings = PictureStrings & {
  /** The page's locale: numbers follow it. */
  locale?: string;
  'password.chosen': string;
  'password.clear': string;
};

interface Props {
  strings: PicturePadStrings;
  /** Called with three picture codes once the third is tapped. */
  onComplete: (pictures: string[]) => void;
  label: string;
}

export default function PicturePad({ strings, onComplete, label }: Props) {
  const [chosen, setChosen] = useState<string[]>([]);
  const choose = (code: string) => {
    const next = [...chosen, code];
    if (next.length === 3) {
      setChosen([]);
      onComplete(next);
    } else setChosen(next);
  };
  return (
    <div className="picture-pad">
      <div role="group" aria-label={label} className="picture-pad__grid">
        {passwordPictures.map((code) => (
          <button key={code} type="button" className="picture-pad__key" onClick={() => choose(code)}>
            <img src={openmojiUrl(code)} alt={pictureName(code, strings)} width="80" height="80" />
          </button>
        ))}
      </div>
      <p className="picture-pad__count" aria-live="polite">
        <span className="picture-pad__dots" aria-hidden="true">
          {[0, 1, 2].map((i) => (
            <span key={i} className={i < chosen.length ? 'picture-pad__dot is-filled' : 'picture-pad__dot'} />
          ))}
        </span>
        <span className="visually-hidden">{format(strings['password.chosen'], { count: chosen.length }, strings.locale)}</span>
      </p>
      {chosen.length > 0 && (
        <button type="button" className="button" onClick={() => setChosen([])}>
          {strings['password.clear']}
        </button>
      )}
    </div>
  );
}
