/**
 * A button that plays one Bulgarian word or sentence: the tutor's own recording when
 * there is one, else the generated file, else the browser's Bulgarian voice. It shows
 * when the sound is loading or playing, and says so in words when the sound cannot
 * play, instead of failing silently.
 */
import { useEffect, useRef, useState } from 'react';
import { createSound, type PlaybackState, type Sound } from '../lib/audio/sound';
import { tutorRecording } from '../lib/store/exercise-report';
import { format } from '../lib/i18n/format';

export interface AudioButtonStrings {
  'audio.play': string;
  'audio.loading': string;
  'audio.playing': string;
  'audio.unavailable': string;
  /** The mark beside a button that plays a tutor's own recording. */
  'audio.humanVoice'?: string;
}

interface Props {
  src: string;
  /** The Bulgarian text, for the button's accessible name and the speech fallback. */
  text: string;
  strings: AudioButtonStrings;
  size?: 'normal' | 'large';
  /** The word-bank id: a tutor's recording of it plays instead of the file. */
  wordId?: string;
  /** An accessible name that does not give the answer away ("Listen to the word"). */
  label?: string;
  /** Plays as soon as it appears: the right answer after a wrong one (the tap before unlocked audio). */
  autoPlay?: boolean;
}

/** Whether a tutor's recording of this word exists on this computer: shown as a small mark. */
function useHumanVoice(wordId: string | undefined): boolean {
  const [found, setFound] = useState(false);
  useEffect(() => {
    if (!wordId) return;
    let live = true;
    void Promise.resolve(tutorRecording(wordId)).then((blob) => live && setFound(!!blob));
    return () => {
      live = false;
    };
  }, [wordId]);
  return found;
}

export default function AudioButton({ src, text, strings, size = 'normal', wordId, label, autoPlay = false }: Props) {
  const [state, setState] = useState<PlaybackState>('idle');
  const sound = useRef<Sound | null>(null);
  const humanVoice = useHumanVoice(wordId);

  const play = () => {
    sound.current ??= createSound({ src, text, ...(wordId ? { recording: () => tutorRecording(wordId) } : {}) }, setState);
    sound.current.play();
  };

  // One button plays one file: give it a `key` of its src where the src can change.
  useEffect(() => {
    if (autoPlay) play();
    return () => {
      sound.current?.unload();
      sound.current = null;
    };
    // Only on mount: a new word gets a new button through its key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const status = state === 'loading' ? strings['audio.loading'] : state === 'unavailable' ? strings['audio.unavailable'] : '';

  return (
    <span className={`audio-button audio-button--${size}`} data-state={state} data-voice={humanVoice ? 'person' : undefined}>
      <button
        type="button"
        className="audio-button__play"
        onClick={play}
        aria-label={label ?? format(strings['audio.play'], { word: text })}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 9v6h4l5 4V5L8 9H4z" fill="currentColor" />
          <path
            className="audio-button__waves"
            d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
      </button>
      {humanVoice && (
        <span className="audio-button__voice" role="img" aria-label={strings['audio.humanVoice'] ?? ''} title={strings['audio.humanVoice']}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="12" cy="8" r="4" fill="currentColor" />
            <path d="M4 21a8 8 0 0 1 16 0z" fill="currentColor" />
          </svg>
        </span>
      )}
      <span className="audio-button__status" role="status">
        {status}
      </span>
    </span>
  );
}
