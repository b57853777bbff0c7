/** The children who learn on this computer: create, list, rename, remove. */
import type { IndexableType } from 'dexie';
import type { Profile, ZdraveiDb } from './db';
import { checkRecords, profileFields, type BrokenRecord } from './records';
import { hashSecret, picturePasswordSecret, verifySecret } from './secrets';

export const maxNameLength = 40;

export class ProfileError extends Error {
  override name = 'ProfileError';
}

/**
 * A name as it is kept: controls and invisible format characters removed (a right-to-left
 * override inside a name would turn the text after it around), spaces folded. Zero-width
 * joiners stay: Persian and Arabic names need them. What remains must show at least one
 * letter or digit, so no child gets a name of dots. A child's name may be left empty (a
 * child who cannot write yet starts by picture alone: `emptyAllowed`); a group's or a
 * path's may not.
 */
export function cleanName(name: string, maxLength = maxNameLength, { emptyAllowed = false } = {}): string {
  const clean = name
    .replace(/[\p{Cc}\p{Cf}]/gu, (char) => (char === '\u200c' || char === '\u200d' ? char : char === '\t' || char === '\n' ? ' ' : ''))
    .replace(/\s+/g, ' ')
    .trim();
  if (emptyAllowed && !clean.replace(/[\u200c\u200d\s]/gu, '')) return '';
  if (!/[\p{L}\p{N}]/u.test(clean)) throw new ProfileError('empty-name');
  if (clean.length > maxLength) throw new ProfileError('name-too-long');
  // Names are always rendered as text; angle brackets have no place in a child's name.
  if (/[<>]/.test(clean)) throw new ProfileError('name-has-markup');
  return clean;
}

/** A new child; the name may be empty (see cleanName), the colour is left out when not chosen. */
export async function createProfile(
  db: ZdraveiDb,
  input: { name?: string; picture: string; colour?: string },
  now = Date.now(),
): Promise<Profile> {
  const profile: Profile = {
    id: crypto.randomUUID(),
    name: cleanName(input.name ?? '', maxNameLength, { emptyAllowed: true }),
    picture: input.picture,
    createdAt: now,
    updatedAt: now,
  };
  if (input.colour) profile.colour = input.colour;
  await db.profiles.add(profile);
  return profile;
}

const checkProfiles = (records: readonly unknown[]) =>
  checkRecords<Profile>(profileFields, records, (record) => (record as { id: IndexableType }).id);

/** The stored profiles that are well formed: a malformed one never reaches a component. */
export function validProfiles(records: readonly unknown[]): Profile[] {
  return checkProfiles(records).valid;
}

/** The well-formed children among stored records, oldest first (also for records read without Dexie). */
export function sortedProfiles(records: readonly unknown[]): Profile[] {
  return validProfiles(records).sort((a, b) => a.createdAt - b.createdAt);
}

/** Every well-formed child, oldest first; malformed records are left out (see brokenProfiles). */
export async function listProfiles(db: ZdraveiDb): Promise<Profile[]> {
  return sortedProfiles(await db.profiles.toArray());
}

/** One child, or undefined when there is none or their record is malformed. */
export async function getProfile(db: ZdraveiDb, id: string): Promise<Profile | undefined> {
  return validProfiles([await db.profiles.get(id)].filter(Boolean))[0];
}

/** The malformed profile records, for the tutor to see and remove. */
export async function brokenProfiles(db: ZdraveiDb): Promise<BrokenRecord[]> {
  return checkProfiles(await db.profiles.toArray()).broken;
}

export async function updateProfile(
  db: ZdraveiDb,
  id: string,
  changes: { name?: string; picture?: string },
  now = Date.now(),
): Promise<void> {
  const update: Partial<Profile> = { updatedAt: now };
  if (changes.name !== undefined) update.name = cleanName(changes.name, maxNameLength, { emptyAllowed: true });
  if (changes.picture !== undefined) update.picture = changes.picture;
  await db.profiles.update(id, update);
}

/**
 * Removes a child and everything recorded about them, in one transaction. The id may be
 * any key, so that a malformed record (a number for an id) can be removed too.
 */
export async function deleteProfile(db: ZdraveiDb, id: IndexableType): Promise<void> {
  await db.transaction('rw', [db.profiles, db.answers, db.lessonProgress, db.cards, db.assignments, db.memberships], async () => {
    await db.answers.where('profileId').equals(id).delete();
    await db.memberships.where('profileId').equals(id).delete();
    await db.lessonProgress.where('profileId').equals(id).delete();
    await db.cards.where('profileId').equals(id).delete();
    await db.assignments.where('profileId').equals(id).delete();
    await db.profiles.delete(id as string);
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
