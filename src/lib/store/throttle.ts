/**
 * Guessing limited: after a few wrong PINs or picture passwords in a row, each further try
 * waits longer (5 s, 10 s, 20 s … up to 5 minutes). Kept in the `settings` table, so a
 * reload does not reset it; a right answer does.
 */
import { settingKeys } from './keys';
import type { ZdraveiDb } from './db';

/** Wrong answers in a row allowed before the first wait. */
export const freeTries = 3;
const firstWait = 5_000;
const longestWait = 5 * 60_000;

interface Failures {
  /** Wrong answers in a row. */
  count: number;
  /** No new try is taken before this time (ms since 1970). */
  until: number;
}

/** The `settings` key of a subject's wrong answers (read without Dexie by active-learner-raw.ts too). */
export const throttleKey = (subject: string) => `${settingKeys.throttlePrefix}${subject}`;
const settingKey = throttleKey;

/** Milliseconds still to wait, from a subject's stored record (malformed or absent: none). */
export function waitFrom(stored: unknown, now: number): number {
  const until = (stored as Partial<Failures> | undefined)?.until;
  return typeof until === 'number' ? Math.max(0, until - now) : 0;
}

/** How long to wait after this many wrong answers in a row. */
export function waitAfter(failures: number): number {
  return failures < freeTries ? 0 : Math.min(firstWait * 2 ** (failures - freeTries), longestWait);
}

/** Milliseconds still to wait before `subject` may be tried again; 0 when it may now. */
export async function waitLeft(db: ZdraveiDb, subject: string, now = Date.now()): Promise<number> {
  return waitFrom((await db.settings.get(settingKey(subject)))?.value, now);
}

/** Counts a wrong answer and returns the wait it brings (0 for the first few). */
export async function noteWrong(db: ZdraveiDb, subject: string, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.settings, async () => {
    const previous = (await db.settings.get(settingKey(subject)))?.value as Failures | undefined;
    const count = (previous?.count ?? 0) + 1;
    const wait = waitAfter(count);
    await db.settings.put({ key: settingKey(subject), value: { count, until: now + wait } satisfies Failures });
    return wait;
  });
}

/** A right answer: the count starts again. */
export async function noteRight(db: ZdraveiDb, subject: string): Promise<void> {
  await db.settings.delete(settingKey(subject));
}

/** The subjects the site throttles. */
export const throttled = {
  tutorPin: 'tutor-pin',
  picturePassword: (profileId: string) => `picture-password:${profileId}`,
};
