/**
 * Things that say their word when tapped, for children who cannot read yet: the cards of
 * the pre-reader pairs, the chips of the pre-reader word order. One sound per source,
 * made during the tap (howler unlocks audio on that very tap), the tutor's recording
 * first, and all of them unloaded when the island goes. A text without a file of its own
 * (a word of a sentence that the word bank does not have) is spoken by the browser's
 * Bulgarian voice, when there is one.
 */
import { useCallback, useEffect, useRef } from 'react';
import { createSound, type Sound } from '../../lib/audio/sound';
import { speakBulgarian } from '../../lib/audio/speech';
import { tutorRecording } from '../../lib/store/exercise-report';

/** What a tap says: a file (with the word-bank id whose recording takes precedence), or only a text. */
export interface Spoken {
  text: string;
  src?: string | undefined;
  wordId?: string | undefined;
}

const silent = () => {};

function spokenOnly(text: string): Sound {
  return {
    play: () => void speakBulgarian(text, { onstart: silent, onend: silent }),
    stop: silent,
    unload: silent,
  };
}

/** `say(spoken)` plays it and stops whatever else this island was saying. */
export function useSpeaker(): (spoken: Spoken) => void {
  const sounds = useRef(new Map<string, Sound>());
  useEffect(() => {
    const made = sounds.current;
    return () => {
      for (const sound of made.values()) sound.unload();
      made.clear();
    };
  }, []);
  return useCallback(({ text, src, wordId }: Spoken) => {
    const key = src ?? `say:${text}`;
    let sound = sounds.current.get(key);
    if (!sound) {
      sound = src ? createSound({ src, text, ...(wordId ? { recording: () => tutorRecording(wordId) } : {}) }, silent) : spokenOnly(text);
      sounds.current.set(key, sound);
    }
    for (const [other, playing] of sounds.current) if (other !== key) playing.stop();
    sound.play();
  }, []);
}

/** True once the child has tapped or pressed a key on this page: sound may then start by itself. */
export function mayPlayAtOnce(): boolean {
  return typeof navigator !== 'undefined' && navigator.userActivation?.hasBeenActive === true;
}

/** A speaker, drawn as the audio buttons draw it: the face of a card that speaks. */
export function SpeakerIcon() {
  return (
    <svg className="speaker-icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" focusable="false">
      <path d="M4 9v6h4l5 4V5L8 9H4z" fill="currentColor" />
      <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
