import { serialize } from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportProgress, importBackup, ImportError, isQuotaError, parseBackup, type BackupFile } from '../../src/lib/store/backup';
import { createProfile } from '../../src/lib/store/profiles';
import { recordAttempt, saveExerciseResult } from '../../src/lib/store/progress';
import { setTutorPin } from '../../src/lib/store/session';
import type { ZdraveiDb } from '../../src/lib/store/db';
import { testDatabase } from './db-helpers';

afterEach(() => vi.restoreAllMocks());

/** Every record of every table, serialised as IndexedDB would clone it: equal buffers mean an unchanged store. */
async function dump(db: ZdraveiDb): Promise<Buffer> {
  return serialize(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])));
}

/** A computer with one child (Mira) and some of her progress. */
async function computerWithMira() {
  const db = testDatabase();
  const mira = await createProfile(db, { name: 'Mira', picture: '1F98A' }, 1000);
  await recordAttempt(db, { profileId: mira.id, lessonId: 'l/a', exerciseId: 'l/a#1', wordId: 'zdravey', correct: true, ms: 500 }, 2000);
  await setTutorPin(db, '2468');
  return { db, mira };
}

/** A backup file from another computer: Ana, with answers, a lesson and word cards. */
async function fileWithAna(): Promise<BackupFile> {
  const source = testDatabase();
  const ana = await createProfile(source, { name: 'Ана', picture: '1F981' }, 5000);
  for (const [at, wordId] of [[6000, 'chao'] as const, [7000, 'zdravey'] as const]) {
    await recordAttempt(source, { profileId: ana.id, lessonId: 'l/a', exerciseId: 'l/a#1', wordId, correct: true, ms: 700 }, at);
  }
  await saveExerciseResult(source, { profileId: ana.id, lessonId: 'l/a', exerciseId: 'l/a#1', score: 1, lessonExercises: ['l/a#1'] }, 7000);
  return exportProgress(source);
}

function refusal(text: string): ImportError {
  try {
    parseBackup(text);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('a file that lists something twice is refused whole, saying what', () => {
  it.each([
    [
      'the same child',
      (f: BackupFile) => ({ ...f, profiles: [...f.profiles, { ...f.profiles[0]!, name: 'Другa' }] }),
      /^profiles\[0\] = profiles\[1\] \(id /,
    ],
    [
      'the same answer',
      (f: BackupFile) => ({ ...f, answers: [...f.answers, { ...f.answers[0]!, correct: false }] }),
      /^answers\[0\] = answers\[2\] \(l\/a#1, /,
    ],
    [
      'the same lesson',
      (f: BackupFile) => ({ ...f, lessonProgress: [...f.lessonProgress, f.lessonProgress[0]!] }),
      /^lessonProgress\[0\] = lessonProgress\[1\] \(l\/a\)$/,
    ],
    ['the same word card', (f: BackupFile) => ({ ...f, cards: [f.cards[0]!, ...f.cards] }), /^cards\[0\] = cards\[1\] \(chao\)$/],
  ])('%s', async (_, twice, where) => {
    const error = refusal(JSON.stringify(twice(await fileWithAna())));
    expect(error.problem).toBe('duplicate');
    expect(error.where).toMatch(where);
  });

  it('accepts a file where every record is listed once', async () => {
    expect(parseBackup(JSON.stringify(await fileWithAna())).profiles).toHaveLength(1);
  });
});

describe('a child in the file with the id of a different child here', () => {
  it('is refused, naming both, and nobody is renamed', async () => {
    const { db, mira } = await computerWithMira();
    const file = await fileWithAna();
    // Same id as Mira, but another child: created at another moment, with another name.
    const clash: BackupFile = {
      ...file,
      profiles: [{ ...file.profiles[0]!, id: mira.id, updatedAt: 99_999 }],
      answers: [],
      lessonProgress: [],
      cards: [],
    };
    const before = await dump(db);
    const error = await importBackup(db, parseBackup(JSON.stringify(clash))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problem).toBe('collision');
    expect((error as ImportError).where).toBe('profiles[0] “Ана” ≠ “Mira”');
    expect((await db.profiles.get(mira.id))?.name).toBe('Mira');
    expect(await dump(db)).toEqual(before);
  });

  it('is still the same child when only the name changed since (a rename made on the other computer wins)', async () => {
    const { db, mira } = await computerWithMira();
    const file = await exportProgress(db, [mira.id]);
    const renamed: BackupFile = { ...file, profiles: [{ ...file.profiles[0]!, name: 'Mira K.', updatedAt: 9000 }] };
    expect(await importBackup(db, renamed)).toMatchObject({ profilesUpdated: 1 });
    expect((await db.profiles.get(mira.id))?.name).toBe('Mira K.');
  });
});

describe('all or nothing', () => {
  it('an import that fails halfway leaves every table byte for byte as it was', async () => {
    const { db } = await computerWithMira();
    const file = await fileWithAna();
    const before = await dump(db);
    // Ana and her answers are written first; the failure comes at her word cards.
    const profilesPut = vi.spyOn(db.profiles, 'put');
    const answersAdded = vi.spyOn(db.answers, 'bulkAdd');
    vi.spyOn(db.cards, 'put').mockImplementation(() => {
      throw new Error('the disk went away');
    });
    await expect(importBackup(db, file)).rejects.toThrow('the disk went away');
    expect(profilesPut).toHaveBeenCalledTimes(1);
    expect(answersAdded).toHaveBeenCalledTimes(1);
    expect(await dump(db)).toEqual(before);
  });

  it('a full computer (QuotaExceededError inside the transaction) is said so, and nothing half-written remains', async () => {
    const { db } = await computerWithMira();
    const file = await fileWithAna();
    const before = await dump(db);
    // The browser's own error, raised by IndexedDB itself when an answer is written.
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await importBackup(db, file).catch((e: unknown) => e);
    expect(add).toHaveBeenCalled();
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problem).toBe('storage-full');
    expect(await dump(db)).toEqual(before);
  });
});

describe('isQuotaError', () => {
  const quota = new DOMException('full', 'QuotaExceededError');
  it.each([
    ['the browser’s error', quota, true],
    ['wrapped by Dexie in an aborted transaction', { name: 'AbortError', inner: quota }, true],
    ['wrapped twice', { name: 'BulkError', inner: { name: 'AbortError', inner: quota } }, true],
    ['another error', new Error('closed'), false],
    ['nothing', undefined, false],
  ])('%s', (_, error, expected) => expect(isQuotaError(error)).toBe(expected));
});
