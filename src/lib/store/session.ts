/**
 * Who is learning now on this computer, and since when nobody touched it. Kept in the
 * `settings` table; after the tutor's time-out without activity the next child is asked
 * who is learning.
 */
import type { ZdraveiDb } from './db';
import { hashSecret, verifySecret, type SecretHash } from './secrets';
import { defaultSettings, sessionIsLive, settingKeys, withDefaults, type ComputerSettings, type Session, type TutorOpening } from './keys';
import { tutorOpeningIsLive } from './tutor-opening';

export type { ComputerSettings, Session };
export { defaultSettings };

const sessionKey = settingKeys.session;
const settingsKey = settingKeys.computer;
const pinKey = settingKeys.tutorPin;
const tutorOpenKey = settingKeys.tutorOpen;

export async function computerSettings(db: ZdraveiDb): Promise<ComputerSettings> {
  return withDefaults((await db.settings.get(settingsKey))?.value as Partial<ComputerSettings> | undefined);
}

export async function saveComputerSettings(db: ZdraveiDb, changes: Partial<ComputerSettings>): Promise<ComputerSettings> {
  const next = { ...(await computerSettings(db)), ...changes };
  if (!(next.inactivityMinutes >= 1 && next.inactivityMinutes <= 240)) throw new RangeError('inactivityMinutes must be between 1 and 240');
  await db.settings.put({ key: settingsKey, value: next });
  return next;
}

/** A child starts learning: the tutor has handed the computer over, so the tutor tools close. */
export async function startSession(db: ZdraveiDb, profileId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: sessionKey, value: { profileId, lastActiveAt: now } satisfies Session });
    await db.settings.delete(tutorOpenKey);
  });
}

export async function endSession(db: ZdraveiDb): Promise<void> {
  await db.settings.delete(sessionKey);
}

/** The current learner's id, or undefined when nobody chose or the time-out passed. */
export async function activeLearner(db: ZdraveiDb, now = Date.now()): Promise<string | undefined> {
  const session = (await db.settings.get(sessionKey))?.value as Session | undefined;
  return sessionIsLive(session, await computerSettings(db), now) ? session.profileId : undefined;
}

/** Sets `lastActiveAt` of a stored session or opening to now; nothing when it is not stored (a touch never starts one). */
async function markActive(db: ZdraveiDb, key: string, now: number): Promise<void> {
  await db.settings
    .where('key')
    .equals(key)
    .modify((setting) => {
      (setting.value as Session | TutorOpening).lastActiveAt = now;
    });
}

/** Marks activity, so the time-out counts from now. */
export async function touchSession(db: ZdraveiDb, now = Date.now()): Promise<void> {
  await markActive(db, sessionKey, now);
}

export async function hasTutorPin(db: ZdraveiDb): Promise<boolean> {
  return (await db.settings.get(pinKey)) !== undefined;
}

export async function setTutorPin(db: ZdraveiDb, pin: string): Promise<void> {
  if (!/^\d{4,8}$/.test(pin)) throw new RangeError('The PIN is 4 to 8 digits');
  await db.settings.put({ key: pinKey, value: await hashSecret(pin) });
}

export async function checkTutorPin(db: ZdraveiDb, pin: string): Promise<boolean> {
  const stored = (await db.settings.get(pinKey))?.value as SecretHash | undefined;
  return stored ? verifySecret(pin, stored) : true;
}

/** The right PIN was given: the tutor tools open on every tutor page until `tutorOpenMinutes` pass unused. */
export async function openTutorTools(db: ZdraveiDb, now = Date.now()): Promise<void> {
  await db.settings.put({ key: tutorOpenKey, value: { lastActiveAt: now } satisfies TutorOpening });
}

/** Whether the tutor tools are open now, without asking the PIN again. */
export async function tutorToolsOpen(db: ZdraveiDb, now = Date.now()): Promise<boolean> {
  return tutorOpeningIsLive((await db.settings.get(tutorOpenKey))?.value as TutorOpening | undefined, now);
}

/** The tutor used the tools: the time-out counts from now (only while they are open). */
export async function touchTutorTools(db: ZdraveiDb, now = Date.now()): Promise<void> {
  await markActive(db, tutorOpenKey, now);
}

/** "Lock": the next tutor page asks for the PIN. */
export async function closeTutorTools(db: ZdraveiDb): Promise<void> {
  await db.settings.delete(tutorOpenKey);
}

/**
 * The documented way back in when the PIN is forgotten: the PIN and this computer's tutor
 * settings go; every child, their secret pictures and all progress stay.
 */
export async function resetTutor(db: ZdraveiDb): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.bulkDelete([pinKey, settingsKey, tutorOpenKey]);
    await db.settings.where('key').startsWith(settingKeys.throttlePrefix).delete();
  });
}
