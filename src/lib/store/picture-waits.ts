/**
 * Which children are waiting after too many wrong secret pictures in a row: the tutor
 * sees them, so a child stuck at the hourglass gets help instead of guessing on.
 */
import type { Profile, ZdraveiDb } from './db';
import { listProfiles } from './profiles';
import { throttled, waitLeft } from './throttle';

/** The learners who may not try their pictures again yet, at `now`. */
export async function learnersWaiting(db: ZdraveiDb, now = Date.now()): Promise<Profile[]> {
  const profiles = await listProfiles(db);
  const waits = await Promise.all(profiles.map((profile) => waitLeft(db, throttled.picturePassword(profile.id), now)));
  return profiles.filter((_, i) => (waits[i] ?? 0) > 0);
}
