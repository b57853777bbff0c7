/**
 * The page's rules for spoken phrases: one sound at a time (a new phrase stops the one
 * before), an instruction plays by itself only the first time a child meets it on this
 * page (per page load, per key), only while the tutor's setting allows it, and not before
 * the browser lets the page make sound (whenSoundMayStart).
 */
import { readSettingsRaw } from '../store/active-learner-raw';
import type { Sound } from './sound';

let current: Sound | undefined;
const met = new Set<string>();
let allowed: Promise<boolean> | undefined;

/** Plays a phrase's sound, stopping the phrase that was playing. */
export function playAlone(sound: Sound): void {
  if (current !== sound) current?.stop();
  current = sound;
  sound.play();
}

/** Forgets a sound that went away, so that nothing stops it later. */
export function forget(sound: Sound): void {
  if (current === sound) current = undefined;
}

/** True the first time a key is met on this page, false every time after. */
export function firstMeeting(key: string): boolean {
  if (met.has(key)) return false;
  met.add(key);
  return true;
}

/** Whether instructions may play by themselves: the tutor's setting, read once a page. */
export function autoSpeakAllowed(): Promise<boolean> {
  allowed ??= readSettingsRaw()
    .then((settings) => settings.speakInstructions)
    .catch(() => true);
  return allowed;
}

/**
 * Runs `play` now if the page may start a sound by itself, else at the child's first tap or
 * key press; returns a function that cancels the wait. Browsers hold sound back until a
 * page has been touched (following a link within the site counts, so most pages may play
 * at once). A phrase started before that would only wait inside howler, and on the way
 * make the audio context: a blocking task of a few hundred milliseconds on an old computer
 * (about 300 ms in Lighthouse's mobile run of the learners page), spent for a sound no one
 * hears yet. The first tap is listened for before the page's own handlers, so that a tap
 * on another speaker button still wins (playAlone stops this phrase for it).
 */
export function whenSoundMayStart(play: () => void): () => void {
  const activation = typeof navigator === 'undefined' ? undefined : navigator.userActivation;
  // A browser without the API (older Safari): try at once, as before.
  if (!activation || activation.hasBeenActive) {
    play();
    return () => undefined;
  }
  const touched = () => {
    stop();
    play();
  };
  const stop = () => {
    for (const type of activationEvents) window.removeEventListener(type, touched, true);
  };
  for (const type of activationEvents) window.addEventListener(type, touched, true);
  return stop;
}

/** Events after which a page may start sound (they follow the browser's user activation). */
const activationEvents = ['click', 'keydown'] as const;

/** For tests: a new page. */
export function resetPhrasePlayer(): void {
  current = undefined;
  met.clear();
  allowed = undefined;
}
