/**
 * A speaker button beside an instruction or a word of feedback: it reads the phrase
 * aloud in the page's help language. The sound is the first that works of: a tutor's
 * recording of the phrase, the generated file (`npm run audio`), the browser's voice for
 * the language. An instruction (`auto`) also plays by itself the first time a child meets
 * it on the page (when it comes into view), unless the tutor turned that off; on a page
 * the child has not touched yet (opened directly, not by a link), at the first tap.
 *
 *   <Say phrase="listen.instruction" text={strings['listen.instruction']} strings={strings} auto />
 *
 * The phrase's key must be in lib/audio/phrase-keys.ts (spokenKeys) to have a file.
 * A text that is not a UI string (a quiz question, authored in a lesson) is given by its
 * generated file's URL instead, found at build time, and has no tutor's recording:
 *
 *   <Say src={question.audio} text="Which one means “thank you”?" strings={strings} auto />
 */
import { useEffect, useRef, useState } from 'react';
import { createSound, type PlaybackState, type Sound } from '../lib/audio/sound';
import { phraseRecordingId, phraseUrl } from '../lib/audio/phrases';
import { autoSpeakAllowed, firstMeeting, forget, playAlone, whenSoundMayStart } from '../lib/audio/phrase-player';
import { tutorRecording } from '../lib/store/exercise-report';
import './styles/say.css';

export interface SayStrings {
  /** The button's name: "Listen to this". */
  'exercise.say': string;
  /** The page's locale, which picked strings carry: the language of the phrase. */
  locale?: string;
}

interface Props {
  /** The UI string's key: names the generated file and the tutor's recording. */
  phrase?: string;
  /** Or the generated file's URL itself (a lesson's own text, such as a quiz question). */
  src?: string;
  /** The text as shown, which the browser's voice reads when no file plays. */
  text: string;
  strings: SayStrings;
  /** An instruction: plays by itself the first time it is seen on this page. */
  auto?: boolean;
}

function pageLocale(strings: SayStrings): string {
  return strings.locale ?? (typeof document === 'undefined' ? 'en' : document.documentElement.lang || 'en');
}

export default function Say({ phrase, src: given, text, strings, auto = false }: Props) {
  const [state, setState] = useState<PlaybackState>('idle');
  const button = useRef<HTMLButtonElement>(null);
  const sound = useRef<Sound | null>(null);
  /** The generated file's URL once looked up (undefined inside: there is none). */
  const found = useRef<{ src: string | undefined } | null>(given === undefined ? null : { src: given });
  const lookup = useRef<Promise<string | undefined> | null>(null);
  const locale = pageLocale(strings);

  const find = () =>
    (lookup.current ??= (given !== undefined || phrase === undefined ? Promise.resolve(given) : phraseUrl(locale, phrase)).then((src) => {
      found.current = { src };
      return src;
    }));

  const start = (src: string | undefined) => {
    sound.current ??= createSound(
      {
        src: src ?? '',
        text,
        lang: locale,
        ...(phrase === undefined ? {} : { recording: () => tutorRecording(phraseRecordingId(locale, phrase)) }),
      },
      setState,
    );
    playAlone(sound.current);
  };

  // Within the tap when the file is known (it is looked up on mount), so that the tap unlocks audio.
  const play = () => (found.current ? start(found.current.src) : void find().then(start));

  useEffect(() => {
    void find();
    const element = button.current;
    let observer: IntersectionObserver | undefined;
    let live = true;
    let stopWaiting: (() => void) | undefined;
    const meet = () => {
      if (!live || !firstMeeting(`${locale}:${phrase ?? given ?? text}`)) return;
      void autoSpeakAllowed().then((allowed) => {
        if (live && allowed) stopWaiting = whenSoundMayStart(play);
      });
    };
    // Seen means in view; without a way to know (no IntersectionObserver), it waits for a tap.
    if (auto && element && typeof IntersectionObserver !== 'undefined') {
      observer = new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer?.disconnect();
          meet();
        }
      });
      observer.observe(element);
    }
    return () => {
      live = false;
      observer?.disconnect();
      stopWaiting?.();
      if (sound.current) {
        forget(sound.current);
        sound.current.unload();
      }
      sound.current = null;
    };
    // One button says one phrase: a new phrase gets a new button through its key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <button
      ref={button}
      type="button"
      className="say"
      data-state={state}
      data-phrase={phrase}
      data-src={phrase === undefined ? given : undefined}
      onClick={play}
      aria-label={strings['exercise.say']}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M4 9v6h4l5 4V5L8 9H4z" fill="currentColor" />
        <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    </button>
  );
}
