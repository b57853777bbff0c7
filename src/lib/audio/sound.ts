/**
 * Playing a word's sound, in the order DESIGN.md gives: the tutor's own recording of the
 * word or phrase (kept in this browser), then the generated file, then the browser's speech
 * synthesis with a voice of the text's language; when none works, the state says so. Playback is
 * howler.js, whose Web Audio mode fetches whole files (which the service worker can
 * cache) and unlocks audio on the first tap, so `play()` must be called from a click.
 *
 * howler (11 KB gzipped) is not in the page's up-front JavaScript: it is fetched when the
 * first sound is made (an audio button or exercise mounting), while the child looks at the
 * page, so it is there by the first tap; a tap before it arrives plays once it has. If it
 * cannot be fetched (offline, and not cached), the browser's voice speaks instead.
 */
import type { Howl } from 'howler';
import { speakIn } from './speech';

type HowlConstructor = typeof Howl;
let HowlClass: HowlConstructor | undefined;
let howlerLoading: Promise<HowlConstructor> | undefined;

/** Fetches howler once; resolves to its Howl class. */
export function loadHowler(): Promise<HowlConstructor> {
  howlerLoading ??= import('howler').then((module) => (HowlClass = module.Howl));
  return howlerLoading;
}

export type PlaybackState = 'idle' | 'loading' | 'playing' | 'unavailable';

export interface Sound {
  play(): void;
  stop(): void;
  /** Frees the decoded audio; call when the component that made it goes away. */
  unload(): void;
}

export interface SoundOptions {
  /** The generated or shipped file. */
  src: string;
  /** The text, spoken by the browser when no file plays. */
  text?: string;
  /** The language of `text` for the browser's voice: Bulgarian unless said (a help-language phrase). */
  lang?: string;
  /**
   * Finds a tutor's recording of this word: the Blob, undefined when there is none, or a
   * promise of either while the lookup runs.
   */
  recording?: () => Blob | undefined | Promise<Blob | undefined>;
}

/** How long the first tap waits for the tutor's recording before playing the file. */
export const recordingWaitMs = 400;

/** howler needs the format of a blob: URL, which has no file extension to go by. */
export function formatOfMime(mime: string): string {
  const type = mime.split(';')[0]?.trim().toLowerCase() ?? '';
  const known: Record<string, string> = {
    'audio/mpeg': 'mp3',
    'audio/mp4': 'm4a',
    'audio/x-m4a': 'm4a',
    'audio/wave': 'wav',
    'audio/x-wav': 'wav',
  };
  return known[type] ?? (type.startsWith('audio/') ? type.slice(6) : 'webm');
}

export function createSound(options: SoundOptions | string, onState: (state: PlaybackState) => void): Sound {
  const { src, text, lang = 'bg', recording } = typeof options === 'string' ? ({ src: options } as SoundOptions) : options;
  let howl: Howl | undefined;
  let objectUrl: string | undefined;
  let gone = false;
  /** Undefined until the source is known; then whether a play is waiting for it. */
  let choosing: Promise<void> | undefined;
  let chosen = !recording;

  const speakInstead = () => {
    howl?.unload();
    howl = undefined;
    if (gone) return;
    void (text ? speakIn(lang, text, { onstart: () => onState('playing'), onend: () => onState('idle') }) : Promise.resolve(false)).then(
      (speaking) => speaking || gone || onState('unavailable'),
    );
  };

  const load = (url: string, format?: string, onFail: () => void = speakInstead) => {
    howl?.unload();
    if (!HowlClass) return;
    howl = new HowlClass({
      src: [url],
      ...(format ? { format: [format] } : {}),
      preload: false,
      onload: () => onState('idle'),
      onplay: () => onState('playing'),
      onend: () => onState('idle'),
      onstop: () => onState('idle'),
      onloaderror: onFail,
      onplayerror: onFail,
    });
  };

  const start = () => {
    if (gone) return;
    if (!howl) return speakInstead();
    if (howl.state() === 'unloaded') {
      onState('loading');
      howl.load();
    }
    howl.stop();
    howl.play();
  };

  const useRecording = (blob: Blob | undefined) => {
    chosen = true;
    if (!blob || gone || typeof URL.createObjectURL !== 'function') return;
    objectUrl = URL.createObjectURL(blob);
    // A recording that does not play gives way to the generated file.
    load(objectUrl, formatOfMime(blob.type ?? ''), () => {
      load(src);
      start();
    });
  };

  // Fetch howler now, so that it is there by the first tap.
  loadHowler().catch(() => undefined);

  const play = () => {
    if (gone) return;
    if (!HowlClass) {
      onState('loading');
      loadHowler().then(play, speakInstead);
      return;
    }
    // Made during the tap, so that howler's unlock of audio catches this very tap.
    if (!howl) load(src);
    if (chosen) return start();
    if (!choosing) {
      const found = recording?.();
      if (!(found instanceof Promise)) {
        useRecording(found);
        return start();
      }
      onState('loading');
      const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, recordingWaitMs));
      choosing = Promise.race([found.catch(() => undefined), timeout]).then(useRecording);
    }
    void choosing.then(start);
  };

  return {
    play,
    stop: () => howl?.stop(),
    unload: () => {
      gone = true;
      howl?.unload();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    },
  };
}
