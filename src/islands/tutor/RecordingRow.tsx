/**
 * One word or sentence on the recordings page: record (with a level meter), listen back,
 * keep or redo, delete. A new take is only stored when the tutor keeps it.
 */
import { useEffect, useRef, useState } from 'react';
import { startRecording, type Recorder } from '../../lib/audio/recorder';
import type { RecordingStrings } from './recording-strings';

export interface RecordingItem {
  /** The `recordings` key: word id, `example:<wordId>`. */
  key: string;
  /** The text to read. */
  text: string;
  /** Its language, when it is not Bulgarian (a spoken instruction in the help language). */
  lang?: string;
}

interface Props {
  item: RecordingItem;
  strings: RecordingStrings;
  /** The stored recording, if any. */
  saved: Blob | undefined;
  onKeep: (audio: Blob) => Promise<void>;
  onDelete: () => Promise<void>;
  /** Starts recording at once (the "record a lesson" walk). */
  autoStart?: boolean;
  /** On the walk: the take is kept as soon as it stops, and the walk moves on (one tap a word). */
  onWalkStep?: () => void;
}

function play(blob: Blob) {
  const url = URL.createObjectURL(blob);
  const audio = new Audio(url);
  audio.onended = () => URL.revokeObjectURL(url);
  void audio.play().catch(() => URL.revokeObjectURL(url));
}

export default function RecordingRow({ item, strings, saved, onKeep, onDelete, autoStart, onWalkStep }: Props) {
  const [recorder, setRecorder] = useState<Recorder>();
  const [take, setTake] = useState<Blob>();
  const [level, setLevel] = useState(0);
  const [problem, setProblem] = useState<string>();

  const record = async () => {
    setProblem(undefined);
    setTake(undefined);
    try {
      setRecorder(await startRecording());
    } catch {
      setProblem(strings['tutor.rec.noMicrophone']);
    }
  };
  const stop = async () => {
    if (!recorder) return;
    setRecorder(undefined);
    const blob = await recorder.stop();
    if (onWalkStep) {
      await onKeep(blob).then(onWalkStep, () => setProblem(strings['tutor.actionFailed']));
      return;
    }
    setTake(blob);
    play(blob);
  };

  useEffect(() => {
    if (!autoStart) return;
    let live = true;
    startRecording().then(
      (started) => (live ? setRecorder(started) : started.cancel()),
      () => live && setProblem(strings['tutor.rec.noMicrophone']),
    );
    return () => {
      live = false;
    };
    // Only when the walk arrives at this row.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoStart]);

  const frame = useRef(0);
  useEffect(() => {
    if (!recorder) return;
    const tick = () => {
      setLevel(recorder.level());
      frame.current = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(frame.current);
  }, [recorder]);
  useEffect(() => () => recorder?.cancel(), [recorder]);

  return (
    <li className="recording-row" data-key={item.key} data-saved={saved ? 'yes' : 'no'} aria-current={onWalkStep ? 'step' : undefined}>
      <span lang={item.lang ?? 'bg'} dir={item.lang ? undefined : 'ltr'} className="recording-row__text">
        {item.text}
      </span>
      {recorder ? (
        <>
          <meter className="recording-row__meter" min={0} max={1} value={level} aria-label={strings['tutor.rec.level']} />
          <button type="button" className="button" onClick={() => void stop()}>
            {strings['tutor.rec.stop']}
          </button>
        </>
      ) : take ? (
        <>
          <button type="button" className="button" onClick={() => play(take)}>
            {strings['tutor.rec.listen']}
          </button>
          <button
            type="button"
            className="button primary"
            onClick={() =>
              void onKeep(take).then(
                () => setTake(undefined),
                () => setProblem(strings['tutor.actionFailed']),
              )
            }
          >
            {strings['tutor.rec.keep']}
          </button>
          <button type="button" className="button" onClick={() => void record()}>
            {strings['tutor.rec.redo']}
          </button>
        </>
      ) : (
        <>
          <button type="button" className="button" onClick={() => void record()}>
            {saved ? strings['tutor.rec.redo'] : strings['tutor.rec.record']}
          </button>
          {saved && (
            <>
              <button type="button" className="button" onClick={() => play(saved)}>
                {strings['tutor.rec.listen']}
              </button>
              <button type="button" className="button" onClick={() => void onDelete()}>
                {strings['tutor.rec.delete']}
              </button>
            </>
          )}
        </>
      )}
      {problem && <span role="alert">{problem}</span>}
    </li>
  );
}
