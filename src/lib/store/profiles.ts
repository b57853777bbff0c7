/** The children who learn on this computer: create, list, rename, remove. */
import type { Profile, ZdraveiDb } from './db';
import { hashSecret, picturePasswordSecret, verifySecret } from './secrets';

export const maxNameLength = 40;

export class ProfileError extends Error {
  override name = 'ProfileError';
}

/**
 * A name as it is kept: controls and invisible format characters removed (a right-to-left
 * override inside a name would turn the text after it around), spaces folded. Zero-width
 * joiners stay: Persian and Arabic names need them. What remains must show at least one
 * letter or digit, so no child gets an invisible name.
 */
export function cleanName(name: string): string {
  const clean = name
    .replace(/[\p{Cc}\p{Cf}]/gu, (char) => (char === '\u200c' || char === '\u200d' ? char : char === '\t' || char === '\n' ? ' ' : ''))
    .replace(/\s+/g, ' ')
    .trim();
  if (!/[\p{L}\p{N}]/u.test(clean)) throw new ProfileError('empty-name');
  if (clean.length > maxNameLength) throw new ProfileError('name-too-long');
  // Names are always rendered as text; angle brackets have no place in a child's name.
  if (/[<>]/.test(clean)) throw new ProfileError('name-has-markup');
  return clean;
}

export async function createProfile(db: ZdraveiDb, input: { name: string; picture: string }, now = Date.now()): Promise<Profile> {
  const profile: Profile = { id: crypto.randomUUID(), name: cleanName(input.name), picture: input.picture, createdAt: now, updatedAt: now };
  await db.profiles.add(profile);
  return profile;
}

export async function listProfiles(db: ZdraveiDb): Promise<Profile[]> {
  return (await db.profiles.toArray()).sort((a, b) => a.createdAt - b.createdAt);
}

export async function getProfile(db: ZdraveiDb, id: string): Promise<Profile | undefined> {
  return db.profiles.get(id);
}

export async function updateProfile(
  db: ZdraveiDb,
  id: string,
  changes: { name?: string; picture?: string },
  now = Date.now(),
): Promise<void> {
  const update: Partial<Profile> = { updatedAt: now };
  if (changes.name !== undefined) update.name = cleanName(changes.name);
  if (changes.picture !== undefined) update.picture = changes.picture;
  await db.profiles.update(id, update);
}

/** Removes a child and everything recorded about them, in one transaction. */
export async function deleteProfile(db: ZdraveiDb, id: string): Promise<void> {
  await db.transaction('rw', [db.profiles, db.attempts, db.lessonProgress, db.cards, db.assignments], async () => {
    await db.attempts.where('profileId').equals(id).delete();
    await db.lessonProgress.where('profileId').equals(id).delete();
    await db.cards.where('profileId').equals(id).delete();
    await db.assignments.where('profileId').equals(id).delete();
    await db.profiles.delete(id);
  });
}

/** Sets (three pictures) or clears (undefined) a child's picture password. */
export async function setPicturePassword(
  db: ZdraveiDb,
  id: string,
  pictures: readonly string[] | undefined,
  now = Date.now(),
): Promise<void> {
  if (pictures && pictures.length !== 3) throw new ProfileError('picture-password-needs-three');
  const picturePassword = pictures ? await hashSecret(picturePasswordSecret(pictures)) : undefined;
  await db.profiles.update(id, { picturePassword, updatedAt: now });
}

/** True when the child has no picture password, or the pictures are the right ones in the right order. */
export async function checkPicturePassword(profile: Profile, pictures: readonly string[]): Promise<boolean> {
  if (!profile.picturePassword) return true;
  return verifySecret(picturePasswordSecret(pictures), profile.picturePassword);
}
