/**
 * The end of a lesson or of a review round: a burst of stars (still when the child's
 * system asks for reduced motion), a short cheerful sound, the stars earned, the new
 * sticker shown large, and one big button onward.
 */
import { useEffect, useRef } from 'react';
import { playCheer } from '../lib/audio/cheer';
import { format } from '../lib/i18n/format';
import './celebration.css';

export interface CelebrationStrings {
  locale?: string;
  'progress.stars': string;
  'celebration.sticker': string;
}

interface Props {
  title: string;
  /** Stars earned, 1 to 3. */
  stars: 1 | 2 | 3;
  /** The sticker's picture URL, when one was earned. */
  sticker?: string | undefined;
  /** Where the big button goes, and what it says (and the next lesson's Bulgarian title, if any). */
  onward: { href: string; label: string; detail?: string | undefined; detailBg?: string | undefined };
  /** The page's direction: the button's arrow points forward. */
  dir: 'ltr' | 'rtl';
  strings: CelebrationStrings;
}

/** The burst's pieces: where each flies, as an angle, so the CSS needs no list. */
const pieces = Array.from({ length: 12 }, (_, i) => i * 30);

export default function Celebration({ title, stars, sticker, onward, dir, strings }: Props) {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    region.current?.focus();
    playCheer();
  }, []);
  return (
    <div ref={region} className="celebration" tabIndex={-1}>
      <div className="celebration__burst" aria-hidden="true">
        {pieces.map((angle) => (
          <span key={angle} style={{ '--angle': `${angle}deg` } as React.CSSProperties}>
            ★
          </span>
        ))}
      </div>
      <p className="celebration__title" role="status">
        {title}
      </p>
      <p className="celebration__stars" aria-label={format(strings['progress.stars'], { stars }, strings.locale)}>
        {[1, 2, 3].map((n) => (
          <span key={n} aria-hidden="true" className={n <= stars ? 'star is-earned' : 'star'}>
            ★
          </span>
        ))}
      </p>
      {sticker && (
        <figure className="celebration__sticker">
          <img loading="lazy" src={sticker} alt="" width="160" height="160" />
          <figcaption>{strings['celebration.sticker']}</figcaption>
        </figure>
      )}
      <a className="button primary celebration__onward" href={onward.href}>
        <span className="celebration__onward-label">
          {onward.label}
          {onward.detail && <span className="celebration__onward-detail">{onward.detail}</span>}
          {onward.detailBg && (
            <span className="celebration__onward-detail" lang="bg">
              {onward.detailBg}
            </span>
          )}
        </span>
        <span aria-hidden="true" className="celebration__arrow">
          {dir === 'rtl' ? '←' : '→'}
        </span>
      </a>
    </div>
  );
}
