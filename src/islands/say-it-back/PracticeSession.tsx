/**
 * The pronunciation practice once a child has pressed "record" (SayItBack.tsx shows the
 * button until then, and loads this at that press): it records at once, then plays the
 * child's take and the model one after the other (the tutor's recording when there is one,
 * else the generated file), as often as they like. Nothing is scored, kept or sent: the
 * take is an object URL in memory, freed by the next take and when the card goes away
 * (lib/audio/practice.ts); it is never written to IndexedDB. A refused microphone hides
 * the buttons, and a line tells the tutor why.
 */
import { useEffect, useRef, useState } from 'react';
import type { Recorder } from '../../lib/audio/recorder';
import { inTurn, microphoneProblem, practiceMaxMs, takeHolder, type MicrophoneProblem, type Step } from '../../lib/audio/practice';
import { createSound, type PlaybackState, type Sound } from '../../lib/audio/sound';
import { exercisePicture } from '../../lib/exercises/pictures';
import { loadOnce } from '../../lib/browser/load-once';
import { tutorRecording } from '../../lib/store/exercise-report';
import type { SayItBackStrings } from '../say-it-back-strings';

interface Props {
  /** The model's file, and its text for the browser's voice when the file cannot play. */
  src: string;
  text: string;
  /** The word-bank id: a tutor's recording of it is the model when there is one. */
  wordId?: string;
  strings: SayItBackStrings;
}

/** The child's take, played by the browser from its object URL. */
function playTake(url: string): Step {
  return (next) => {
    const audio = new Audio(url);
    audio.onended = next;
    audio.onerror = next;
    void Promise.resolve(audio.play()).catch(next);
    return () => {
      audio.onended = null;
      audio.onerror = null;
      audio.pause();
    };
  };
}

/** The microphone's code comes with the first press of "record", not with the lesson. */
const loadRecorder = loadOnce(() => import('../../lib/audio/recorder'));

export default function PracticeSession({ src, text, wordId, strings }: Props) {
  const [microphone, setMicrophone] = useState<'usable' | MicrophoneProblem>('usable');
  const [recorder, setRecorder] = useState<Recorder>();
  const [hasTake, setHasTake] = useState(false);
  const [playing, setPlaying] = useState(false);
  const [level, setLevel] = useState(0);
  const [take] = useState(takeHolder);
  const model = useRef<Sound | null>(null);
  const onModelState = useRef<((state: PlaybackState) => void) | undefined>(undefined);
  const stopPlaying = useRef<(() => void) | undefined>(undefined);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    // Shown by the press of "record": recording starts at once.
    void record();
    // Leaving the card: stop the sound, drop the microphone, free the take.
    return () => {
      live.current = false;
      stopPlaying.current?.();
      model.current?.unload();
      model.current = null;
      take.clear();
    };
  }, [take]);

  useEffect(() => {
    if (!recorder) return;
    let frame = 0;
    const tick = () => {
      setLevel(recorder.level());
      frame = requestAnimationFrame(tick);
    };
    tick();
    // A child who forgets to stop: the take ends by itself.
    const timer = setTimeout(() => void stop(recorder), practiceMaxMs);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      recorder.cancel();
    };
    // stop is the same function each render in effect: it reads only refs and setters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [recorder]);

  /** The model: done when it has played to its end, or when no sound could play. */
  const playModel: Step = (next) => {
    let started = false;
    onModelState.current = (state) => {
      if (state === 'playing') started = true;
      else if ((state === 'idle' && started) || state === 'unavailable') next();
    };
    model.current ??= createSound({ src, text, ...(wordId ? { recording: () => tutorRecording(wordId) } : {}) }, (state) =>
      onModelState.current?.(state),
    );
    model.current.play();
    return () => {
      onModelState.current = undefined;
      model.current?.stop();
    };
  };

  const playBoth = () => {
    const url = take.url;
    if (!url) return;
    stopPlaying.current?.();
    setPlaying(true);
    stopPlaying.current = inTurn([playTake(url), playModel], () => live.current && setPlaying(false));
  };

  const record = async () => {
    stopPlaying.current?.();
    setPlaying(false);
    // The microphone's code could not be fetched (offline, not kept): the tap does nothing,
    // and the next one tries again, rather than telling the tutor of a false problem.
    const recorderCode = await loadRecorder().catch(() => undefined);
    if (!recorderCode) return;
    try {
      const started = await recorderCode.startRecording();
      if (live.current) setRecorder(started);
      else started.cancel();
    } catch (error) {
      if (live.current) setMicrophone(microphoneProblem(error));
    }
  };

  async function stop(current: Recorder) {
    setRecorder(undefined);
    const blob = await current.stop();
    // Gone while the take was being finished: nothing to keep it for.
    if (!live.current) return;
    take.set(blob);
    setHasTake(true);
    playBoth();
  }

  if (microphone !== 'usable') {
    return (
      <p className="say-it-back__tutor-note" data-testid="practice-unavailable">
        {strings[microphone === 'refused' ? 'practice.refused' : 'practice.noMicrophone']}
      </p>
    );
  }

  return (
    <div className="say-it-back" data-state={recorder ? 'recording' : playing ? 'playing' : hasTake ? 'ready' : 'idle'}>
      {recorder ? (
        <>
          <meter className="say-it-back__meter" min={0} max={1} value={level} aria-label={strings['practice.level']} />
          <button type="button" className="button say-it-back__button is-recording" onClick={() => void stop(recorder)}>
            <img loading="lazy" src={exercisePicture('stop')} alt="" width="40" height="40" />
            {strings['practice.stop']}
          </button>
        </>
      ) : (
        <>
          <button type="button" className="button say-it-back__button" onClick={() => void record()}>
            <img loading="lazy" src={exercisePicture('record')} alt="" width="40" height="40" />
            {hasTake ? strings['practice.again'] : strings['practice.record']}
          </button>
          {hasTake && (
            <button type="button" className="button primary say-it-back__button" onClick={playBoth}>
              <img loading="lazy" src={exercisePicture('listen')} alt="" width="40" height="40" />
              {strings['practice.listen']}
            </button>
          )}
        </>
      )}
    </div>
  );
}
