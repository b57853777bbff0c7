/**
 * When an opening of the tutor tools still holds: for session.ts (Dexie) and
 * tutor-gate-raw.ts (without it). Apart from keys.ts, which every page's header script carries.
 */
import { tutorOpenMinutes, type TutorOpening } from './keys';

/** Whether a stored opening of the tutor tools still holds at `now`: used within `tutorOpenMinutes`. */
export function tutorOpeningIsLive(opening: Partial<TutorOpening> | undefined, now: number): boolean {
  const at = opening?.lastActiveAt;
  return typeof at === 'number' && now >= at && now - at <= tutorOpenMinutes * 60_000;
}
