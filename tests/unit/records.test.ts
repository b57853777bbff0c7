import { describe, expect, it } from 'vitest';
import { checkRecords, profileFields } from '../../src/lib/store/records';
import { brokenProfiles, createProfile, deleteProfile, getProfile, listProfiles } from '../../src/lib/store/profiles';
import { exportProgress, parseBackup } from '../../src/lib/store/backup';
import { recordAttempt } from '../../src/lib/store/progress';
import type { Profile } from '../../src/lib/store/db';
import { testDatabase } from './db-helpers';

const good = { id: 'p1', name: 'Ана', picture: '1F98A', createdAt: 1, updatedAt: 1 };

describe('checkRecords', () => {
  it.each([
    ['a name that is a number', { ...good, name: 42 }, 'name'],
    ['no name', { ...good, name: undefined }, 'name'],
    ['a blank name', { ...good, name: '   ' }, 'name'],
    ['markup in the name', { ...good, name: '<img src=x onerror=alert(1)>' }, 'name'],
    ['a picture that is an object', { ...good, picture: { evil: true } }, 'picture'],
    ['a time that is a string', { ...good, createdAt: 'yesterday' }, 'createdAt'],
    ['a password that is not hex', { ...good, picturePassword: { salt: 'zz', hash: '00' } }, 'picturePassword.salt'],
    ['an id that is a number', { ...good, id: 7 }, 'id'],
  ])('rejects a profile with %s, naming the field', (_, record, field) => {
    const { valid, broken } = checkRecords<Profile>(profileFields, [good, record], (r) => (r as Profile).id);
    expect(valid).toEqual([good]);
    expect(broken).toEqual([{ key: (record as { id: IDBValidKey }).id, field }]);
  });

  it('passes a well-formed record on as it is stored, keys the database added included', () => {
    const stored = { ...good, picturePassword: { salt: 'ab12', hash: 'cd34' }, extra: 'kept' };
    expect(checkRecords(profileFields, [stored], () => 'p1').valid[0]).toBe(stored);
  });
});

describe('profiles read from IndexedDB', () => {
  async function withBrokenRecord() {
    const db = testDatabase();
    const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' }, 1);
    const omar = await createProfile(db, { name: 'Omar', picture: '1F981' }, 3);
    // Written past the app's own checks, as a bug or developer tools could.
    await db.profiles.put({ id: 'broken', name: 42, picture: '1F436', createdAt: 2, updatedAt: 2 } as unknown as Profile);
    await recordAttempt(db, { profileId: 'broken', lessonId: 'l/a', exerciseId: 'l/a#1', correct: true, ms: 1 }, 5);
    return { db, ana, omar };
  }

  it('skips a malformed record: the others are listed, and it is not found by id', async () => {
    const { db } = await withBrokenRecord();
    expect((await listProfiles(db)).map((p) => p.name)).toEqual(['Ана', 'Omar']);
    expect(await getProfile(db, 'broken')).toBeUndefined();
  });

  it('lists a malformed record for the tutor, who can remove it with what was kept about it', async () => {
    const { db } = await withBrokenRecord();
    expect(await brokenProfiles(db)).toEqual([{ key: 'broken', field: 'name' }]);
    await deleteProfile(db, 'broken');
    expect(await brokenProfiles(db)).toEqual([]);
    expect(await db.answers.where('profileId').equals('broken').count()).toBe(0);
    expect(await listProfiles(db)).toHaveLength(2);
  });

  it('leaves a malformed record out of a backup, so the file can be loaded again', async () => {
    const { db } = await withBrokenRecord();
    const file = await exportProgress(db);
    expect(file.profiles.map((p) => p.name).sort()).toEqual(['Omar', 'Ана']);
    expect(parseBackup(JSON.stringify(file)).profiles).toHaveLength(2);
  });
});
