/**
 * Twelve pictures to tap in order: a picture password for children who cannot read
 * their name. Used to enter one and, on the tutor page, to set one.
 */
import { openmojiUrl } from '../lib/routes';
import { useState } from 'react';
import { passwordPictures } from '../lib/learner-pictures';
import { format } from '../lib/i18n/format';

export interface PicturePadStrings {
  /** The page's locale: numbers follow it. */
  locale?: string;
  'password.chosen': string;
  'password.clear': string;
}

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
        {passwordPictures.map((code, i) => (
          <button key={code} type="button" className="picture-pad__key" onClick={() => choose(code)} aria-label={String(i + 1)}>
            <img src={openmojiUrl(code)} alt="" width="64" height="64" />
          </button>
        ))}
      </div>
      <p className="picture-pad__count" aria-live="polite">
        <span aria-hidden="true">{[0, 1, 2].map((i) => (i < chosen.length ? '●' : '○')).join(' ')}</span>{' '}
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
