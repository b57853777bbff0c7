/**
 * Pronunciation practice under a word: the child records themself, then hears their take
 * and the model one after the other (say-it-back/PracticeSession.tsx). What a card shows
 * from the start is only the "record" button, or the line that tells the tutor why there
 * is none: the practice's own code (recording, playing in turn, the level meter) loads at
 * the first press, so that a lesson opens without it, and the button stays where it is
 * while it loads (the buttons around it never move under a child's finger).
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { canRecord } from '../lib/audio/can-record';
import { loadOnce } from '../lib/browser/load-once';
import { hasMicrophone, type MicrophoneProblem } from '../lib/audio/practice';
import { exercisePicture } from '../lib/exercises/pictures';
import type { SayItBackStrings } from './say-it-back-strings';
import './styles/say-it-back.css';

/** The strings the practice shows; an island that shows it adds these keys to its list. */
export { sayItBackStringKeys, type SayItBackStrings } from './say-it-back-strings';

interface Props {
  /** The model's file, and its text for the browser's voice when the file cannot play. */
  src: string;
  text: string;
  /** The word-bank id: a tutor's recording of it is the model when there is one. */
  wordId?: string;
  strings: SayItBackStrings;
}

/** Unknown until the page has looked (the server renders nothing, so hydration matches). */
type Microphone = 'unknown' | 'usable' | MicrophoneProblem;

/** Whether the practice can be offered here, asked without a permission prompt. */
async function lookForMicrophone(): Promise<Microphone> {
  if (!canRecord()) return 'unsupported';
  return (await hasMicrophone(navigator.mediaDevices)) === false ? 'missing' : 'usable';
}

/** Fetched once; a fetch that failed (offline, not kept) is tried again at the next press. */
const loadSession = loadOnce(() => import('./say-it-back/PracticeSession'));

const PracticeSession = lazy(loadSession);

export default function SayItBack(props: Props) {
  const { strings } = props;
  const [microphone, setMicrophone] = useState<Microphone>('unknown');
  const [pressed, setPressed] = useState(false);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    lookForMicrophone().then(
      (found) => live && setMicrophone(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const press = () => {
    setPressed(true);
    loadSession().then(
      () => setReady(true),
      () => setPressed(false),
    );
  };

  if (microphone === 'unknown') return null;
  if (microphone !== 'usable') {
    return (
      <p className="say-it-back__tutor-note" data-testid="practice-unavailable">
        {strings[microphone === 'refused' ? 'practice.refused' : 'practice.noMicrophone']}
      </p>
    );
  }
  const button = (
    <div className="say-it-back" data-state="idle">
      <button type="button" className="button say-it-back__button" aria-busy={pressed} onClick={pressed ? undefined : press}>
        <img loading="lazy" src={exercisePicture('record')} alt="" width="40" height="40" />
        {strings['practice.record']}
      </button>
    </div>
  );
  if (!ready) return button;
  return (
    <Suspense fallback={button}>
      <PracticeSession {...props} />
    </Suspense>
  );
}
