import { describe, expect, it } from 'vitest';
import {
  checkPicturePassword,
  cleanName,
  createProfile,
  deleteProfile,
  listProfiles,
  ProfileError,
  setPicturePassword,
  updateProfile,
} from '../../src/lib/store/profiles';
import { recordAttempt, saveExerciseResult } from '../../src/lib/store/progress';
import { testDatabase } from './db-helpers';

describe('profiles', () => {
  it('creates profiles with a cleaned name, listed in the order they were made', async () => {
    const db = testDatabase();
    await createProfile(db, { name: '  Ана   Мария ', picture: '1F98A' }, 1);
    await createProfile(db, { name: 'Omar', picture: '1F981' }, 2);
    expect((await listProfiles(db)).map((p) => p.name)).toEqual(['Ана Мария', 'Omar']);
  });

  it('refuses an empty or too long name', async () => {
    const db = testDatabase();
    await expect(createProfile(db, { name: '   ', picture: '1F98A' })).rejects.toThrow(ProfileError);
    await expect(createProfile(db, { name: 'x'.repeat(41), picture: '1F98A' })).rejects.toThrow('name-too-long');
  });

  it('refuses a name with nothing visible in it', async () => {
    const db = testDatabase();
    for (const name of ['\u200b\u200b', '\u202e\u2066 \u2069', '\u00ad\u200e', '\u0007\t'])
      await expect(createProfile(db, { name, picture: '1F98A' }), JSON.stringify(name)).rejects.toThrow('empty-name');
  });

  it('strips controls and direction overrides, and keeps the joiners Persian names need', () => {
    expect(cleanName('Ali\u202e evil')).toBe('Ali evil');
    expect(cleanName('\u2067سارا\u2069 ')).toBe('سارا');
    expect(cleanName('محمد\u200cعلی')).toBe('محمد\u200cعلی');
    expect(cleanName('Ана\tМария')).toBe('Ана Мария');
    expect(cleanName('7')).toBe('7');
  });

  it('refuses markup in a name', async () => {
    const db = testDatabase();
    await expect(createProfile(db, { name: '<img src=x onerror=alert(1)>', picture: '1F98A' })).rejects.toThrow('name-has-markup');
  });

  it('renames and changes the picture', async () => {
    const db = testDatabase();
    const { id } = await createProfile(db, { name: 'Ана', picture: '1F98A' }, 1);
    await updateProfile(db, id, { name: 'Анна', picture: '1F984' }, 5);
    expect(await db.profiles.get(id)).toMatchObject({ name: 'Анна', picture: '1F984', updatedAt: 5 });
  });

  it('deletes a child with everything recorded about them, and nobody else’s', async () => {
    const db = testDatabase();
    const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' });
    const omar = await createProfile(db, { name: 'Omar', picture: '1F981' });
    for (const p of [ana, omar]) {
      await recordAttempt(db, { profileId: p.id, lessonId: 'l/x', exerciseId: 'l/x#a', wordId: 'zdravey', correct: true, ms: 1000 });
      await saveExerciseResult(db, { profileId: p.id, lessonId: 'l/x', exerciseId: 'l/x#a', score: 1, lessonExercises: ['l/x#a'] });
    }
    await deleteProfile(db, ana.id);
    expect(await db.profiles.count()).toBe(1);
    expect(await db.answers.where('profileId').equals(ana.id).count()).toBe(0);
    expect(await db.cards.where('profileId').equals(ana.id).count()).toBe(0);
    expect(await db.lessonProgress.where('profileId').equals(omar.id).count()).toBe(1);
  });
});

describe('picture password', () => {
  it('admits only the right three pictures in the right order', async () => {
    const db = testDatabase();
    const { id } = await createProfile(db, { name: 'Ана', picture: '1F98A' });
    await setPicturePassword(db, id, ['1F34E', '1F436', '2B50']);
    const profile = (await db.profiles.get(id))!;
    expect(profile.picturePassword?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await checkPicturePassword(profile, ['1F34E', '1F436', '2B50'])).toBe(true);
    expect(await checkPicturePassword(profile, ['1F436', '1F34E', '2B50'])).toBe(false);
    expect(await checkPicturePassword(profile, ['1F34E', '1F436'])).toBe(false);
  });

  it('needs exactly three pictures, and can be removed', async () => {
    const db = testDatabase();
    const { id } = await createProfile(db, { name: 'Ана', picture: '1F98A' });
    await expect(setPicturePassword(db, id, ['1F34E'])).rejects.toThrow('picture-password-needs-three');
    await setPicturePassword(db, id, ['1F34E', '1F436', '2B50']);
    await setPicturePassword(db, id, undefined);
    expect(await checkPicturePassword((await db.profiles.get(id))!, [])).toBe(true);
  });
});
