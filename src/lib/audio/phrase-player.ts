/**
 * The page's rules for spoken phrases: one sound at a time (a new phrase stops the one
 * before), an instruction plays by itself only the first time a child meets it on this
 * page (per page load, per key), and only while the tutor's setting allows it.
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

/** For tests: a new page. */
export function resetPhrasePlayer(): void {
  current = undefined;
  met.clear();
  allowed = undefined;
}
