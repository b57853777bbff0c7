/**
 * Playing a word's sound through howler.js. Howler's Web Audio mode fetches whole files
 * (which the service worker can cache) and unlocks audio on the first tap, so `play()`
 * must be called from a click handler.
 */
import { Howl } from 'howler';

export type PlaybackState = 'idle' | 'loading' | 'playing' | 'unavailable';

export interface Sound {
  play(): void;
  stop(): void;
  /** Frees the decoded audio; call when the component that made it goes away. */
  unload(): void;
}

export function createSound(src: string, onState: (state: PlaybackState) => void): Sound {
  let failed = false;
  const howl = new Howl({
    src: [src],
    preload: false,
    onload: () => onState('idle'),
    onplay: () => onState('playing'),
    onend: () => onState('idle'),
    onstop: () => onState('idle'),
    onloaderror: () => {
      failed = true;
      onState('unavailable');
    },
    onplayerror: () => {
      failed = true;
      onState('unavailable');
    },
  });
  return {
    play() {
      if (failed) {
        onState('unavailable');
        return;
      }
      if (howl.state() === 'unloaded') {
        onState('loading');
        howl.load();
      }
      howl.stop();
      howl.play();
    },
    stop: () => howl.stop(),
    unload: () => howl.unload(),
  };
}
