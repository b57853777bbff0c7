/** Backups with or without the tutor's recordings (format version 3), and their sizes said before saving. */
import { describe, expect, it } from 'vitest';
import { Blob as NodeBlob } from 'node:buffer';
import {
  backupBytes,
  backupSizes,
  exportProgress,
  importBackup,
  ImportError,
  parseBackup,
  withRecordings,
  type BackupFile,
} from '../../src/lib/store/backup';
import { createProfile } from '../../src/lib/store/profiles';
import { recordAttempt } from '../../src/lib/store/progress';
import type { ZdraveiDb } from '../../src/lib/store/db';
import { testDatabase } from './db-helpers';

/** Node's Blob: IndexedDB keeps Blobs by structured clone, which knows Node's Blob. */
const audio = (bytes: number[], type: string) => new NodeBlob([new Uint8Array(bytes)], { type }) as Blob;
const bytesOf = async (blob: Blob | undefined) => [...new Uint8Array(await blob!.arrayBuffer())];

/** A computer with one child's answer and two of the tutor's recordings. */
async function voicedClassroom(db: ZdraveiDb) {
  const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' }, 1000);
  await recordAttempt(db, { profileId: ana.id, lessonId: 'l/a', exerciseId: 'l/a#1', wordId: 'kotka', correct: true, ms: 500 }, 2000);
  await db.recordings.put({ wordId: 'kotka', audio: audio([1, 2, 250, 7], 'audio/wav'), updatedAt: 3000 });
  await db.recordings.put({
    wordId: 'example:kotka',
    audio: audio(
      Array.from({ length: 5000 }, (_, i) => i % 256),
      '',
    ),
    updatedAt: 4000,
  });
  return ana;
}

describe('a backup without recordings', () => {
  it('is the default, and leaves this computer’s recordings alone when loaded elsewhere', async () => {
    const db = testDatabase();
    await voicedClassroom(db);
    const file = parseBackup(JSON.stringify(await exportProgress(db)));
    expect(file.version).toBe(3);
    expect(file).not.toHaveProperty('recordings');
    const other = testDatabase();
    await other.recordings.put({ wordId: 'kuche', audio: audio([9], 'audio/wav'), updatedAt: 1 });
    expect(await importBackup(other, file)).toMatchObject({ profilesAdded: 1, attemptsAdded: 1, recordingsAdded: 0 });
    expect(await other.recordings.count()).toBe(1);
  });
});

describe('a backup with recordings', () => {
  it('carries each recording, its date and its type to another computer', async () => {
    const db = testDatabase();
    await voicedClassroom(db);
    const file = await withRecordings(db, await exportProgress(db));
    expect(file.recordings?.map((r) => [r.key, r.recordedAt, r.mime])).toEqual([
      ['example:kotka', 4000, 'audio/webm'],
      ['kotka', 3000, 'audio/wav'],
    ]);
    const other = testDatabase();
    expect(await importBackup(other, parseBackup(JSON.stringify(file)))).toMatchObject({ profilesAdded: 1, recordingsAdded: 2 });
    const kotka = await other.recordings.get('kotka');
    expect(kotka).toMatchObject({ updatedAt: 3000 });
    expect(kotka?.audio.type).toBe('audio/wav');
    expect(await bytesOf(kotka?.audio)).toEqual([1, 2, 250, 7]);
    expect((await bytesOf((await other.recordings.get('example:kotka'))?.audio)).length).toBe(5000);
  });

  it('keeps the newer recording of a word, and loaded twice adds nothing twice', async () => {
    const db = testDatabase();
    await voicedClassroom(db);
    const text = JSON.stringify(await withRecordings(db, await exportProgress(db)));
    const other = testDatabase();
    await other.recordings.put({ wordId: 'kotka', audio: audio([42], 'audio/wav'), updatedAt: 9000 });
    expect(await importBackup(other, parseBackup(text))).toMatchObject({ recordingsAdded: 1 });
    expect(await bytesOf((await other.recordings.get('kotka'))?.audio)).toEqual([42]);
    expect(await importBackup(other, parseBackup(text))).toMatchObject({ recordingsAdded: 0 });
  });

  it('leaves out a damaged recording row, so that the file always loads again', async () => {
    const db = testDatabase();
    await voicedClassroom(db);
    await db.recordings.put({ wordId: 'broken', audio: 'not a blob' as unknown as Blob, updatedAt: 5 });
    const file = await withRecordings(db, await exportProgress(db));
    expect(file.recordings?.map((r) => r.key)).not.toContain('broken');
    expect(() => parseBackup(JSON.stringify(file))).not.toThrow();
  });
});

describe('a damaged recording in a file', () => {
  async function fileAndEmptyComputer() {
    const source = testDatabase();
    await voicedClassroom(source);
    return { file: await withRecordings(source, await exportProgress(source)), target: testDatabase() };
  }
  const refused = async (target: ZdraveiDb, file: unknown, problem: string) => {
    let error: unknown;
    try {
      await importBackup(target, parseBackup(JSON.stringify(file)));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problem).toBe(problem);
    // Validated whole before anything was written: not even the child came in.
    expect(await target.profiles.count()).toBe(0);
    expect(await target.recordings.count()).toBe(0);
  };

  it('refuses the whole file when one recording’s audio is not base64', async () => {
    const { file, target } = await fileAndEmptyComputer();
    const broken = { ...file, recordings: file.recordings!.map((r, i) => (i === 1 ? { ...r, audio: 'AAA' } : r)) };
    await refused(target, broken, 'invalid');
  });

  it('refuses a file listing one recording twice, or a type that is not audio', async () => {
    const { file, target } = await fileAndEmptyComputer();
    await refused(target, { ...file, recordings: [file.recordings![0]!, file.recordings![0]!] }, 'duplicate');
    await refused(target, { ...file, recordings: file.recordings!.map((r) => ({ ...r, mime: 'text/html' })) }, 'invalid');
  });

  it('refuses recordings in a file that says it is of version 2, which had none', async () => {
    const { file, target } = await fileAndEmptyComputer();
    await refused(target, { ...file, version: 2 }, 'invalid');
  });
});

describe('older backups', () => {
  it('of version 2, as the app wrote them before recordings, still load', async () => {
    const db = testDatabase();
    await voicedClassroom(db);
    const { version, ...rest } = await exportProgress(db);
    expect(version).toBe(3);
    const version2: Omit<BackupFile, 'version'> & { version: 2 } = { ...rest, version: 2 };
    const parsed = parseBackup(JSON.stringify(version2));
    expect(parsed.version).toBe(3);
    const other = testDatabase();
    expect(await importBackup(other, parsed)).toMatchObject({ profilesAdded: 1, attemptsAdded: 1, recordingsAdded: 0 });
  });
});

describe('the sizes said before saving', () => {
  it('are the sizes of the files that are then saved, with and without recordings', async () => {
    const db = testDatabase();
    await voicedClassroom(db);
    const sizes = await backupSizes(db, 10_000);
    const progress = await exportProgress(db, undefined, 10_000);
    expect(sizes.recordings).toBe(2);
    expect(sizes.progress).toBe(backupBytes(progress));
    expect(sizes.withRecordings).toBe(backupBytes(await withRecordings(db, progress)));
    // The audio is most of it: 5,004 bytes of sound as base64.
    expect(sizes.withRecordings - sizes.progress).toBeGreaterThan(6_672);
  });

  it('count the bytes of the text as saved, not its characters', async () => {
    const db = testDatabase();
    await voicedClassroom(db);
    const progress = await exportProgress(db);
    expect(backupBytes(progress)).toBe(Buffer.byteLength(JSON.stringify(progress, null, 1)));
    expect(backupBytes(progress)).toBeGreaterThan(JSON.stringify(progress, null, 1).length);
  });

  it('are the same with and without recordings on a computer that has none', async () => {
    const db = testDatabase();
    await createProfile(db, { name: 'Omar', picture: '1F981' }, 1000);
    const sizes = await backupSizes(db);
    expect(sizes.recordings).toBe(0);
    // Only the empty list `"recordings": []` apart.
    expect(sizes.withRecordings - sizes.progress).toBeLessThan(25);
  });
});
