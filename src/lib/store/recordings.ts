/**
 * A tutor's recordings on this computer (the `recordings` table): keyed by word id,
 * `example:<wordId>` or `phrase:<locale>:<key>` (lib/audio/recording-keys.ts).
 */
import type { Recording, ZdraveiDb } from './db';

export async function saveRecording(db: ZdraveiDb, key: string, audio: Blob, now = Date.now()): Promise<void> {
  await db.recordings.put({ wordId: key, audio, updatedAt: now });
}

export async function deleteRecording(db: ZdraveiDb, key: string): Promise<void> {
  await db.recordings.delete(key);
}

/** The recordings of these keys that exist, by key. */
export async function recordingsOf(db: ZdraveiDb, keys: readonly string[]): Promise<Map<string, Recording>> {
  const found = await db.recordings.bulkGet([...keys]);
  return new Map(found.filter((r): r is Recording => !!r).map((r) => [r.wordId, r]));
}
