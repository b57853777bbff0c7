import { describe, expect, it } from 'vitest';
import { testDatabase } from './db-helpers';
import { deleteRecording, recordingsOf, saveRecording } from '../../src/lib/store/recordings';
import { exampleRecordingId, phraseRecordingId } from '../../src/lib/audio/recording-keys';

describe('recordings store', () => {
  it('keeps a word’s, an example’s and a phrase’s recording apart, and deletes one', async () => {
    const db = testDatabase();
    const keys = ['kotka', exampleRecordingId('kotka'), phraseRecordingId('en', 'exercise.right')];
    for (const [i, key] of keys.entries()) await saveRecording(db, key, new Blob([String(i)], { type: 'audio/wav' }), 1000 + i);
    expect([...(await recordingsOf(db, [...keys, 'kuche'])).keys()]).toEqual(keys);
    await deleteRecording(db, 'kotka');
    const left = await recordingsOf(db, keys);
    expect(left.has('kotka')).toBe(false);
    expect(left.get('example:kotka')?.updatedAt).toBe(1001);
  });

  it('replaces a redone recording', async () => {
    const db = testDatabase();
    await saveRecording(db, 'kotka', new Blob(['a']), 1);
    await saveRecording(db, 'kotka', new Blob(['bb']), 2);
    const recording = (await recordingsOf(db, ['kotka'])).get('kotka');
    expect(recording?.updatedAt).toBe(2);
    expect(await db.recordings.count()).toBe(1);
  });
});
