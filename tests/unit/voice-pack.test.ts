import { describe, expect, it } from 'vitest';
import { Blob as NodeBlob } from 'node:buffer';
import { testDatabase } from './db-helpers';
import { checkVoicePack, exportVoicePack, importVoicePack, maxVoicePackBytes } from '../../src/lib/store/voice-pack';

const known = new Set(['kotka', 'example:kotka', 'kuche']);
const texts = new Map([
  ['kotka', 'котка'],
  ['example:kotka', 'Котката спи.'],
  ['kuche', 'кучѐ'],
]);

async function madePack() {
  const db = testDatabase();
  // Node's Blob: IndexedDB keeps Blobs by structured clone, which knows Node's Blob.
  await db.recordings.put({
    wordId: 'kotka',
    audio: new NodeBlob([new Uint8Array([1, 2, 250])], { type: 'audio/wav' }) as Blob,
    updatedAt: 5,
  });
  await db.recordings.put({
    wordId: 'example:kotka',
    audio: new NodeBlob(['zz'], { type: 'audio/webm;codecs=opus' }) as Blob,
    updatedAt: 6,
  });
  return exportVoicePack(db, texts, 1000);
}

describe('voice packs', () => {
  it('exports a manifest of keys, texts and dates, and a good pack imports whole', async () => {
    const pack = await madePack();
    expect(pack).toMatchObject({ format: 'zdravei-voice-pack', version: 1, createdAt: 1000 });
    expect(pack.recordings.map((r) => [r.key, r.text, r.recordedAt])).toEqual([
      ['kotka', 'котка', 5],
      ['example:kotka', 'Котката спи.', 6],
    ]);
    const checked = checkVoicePack(JSON.stringify(pack), known);
    if (!checked.ok) throw new Error(checked.problem);
    expect(checked.skipped).toEqual([]);
    const other = testDatabase();
    expect(await importVoicePack(other, checked.importable)).toBe(2);
    const audio = (await other.recordings.get('kotka'))?.audio;
    expect(audio?.type).toBe('audio/wav');
    expect([...new Uint8Array(await audio!.arrayBuffer())]).toEqual([1, 2, 250]);
  });

  it('refuses a truncated file', async () => {
    const text = JSON.stringify(await madePack());
    expect(checkVoicePack(text.slice(0, text.length - 20), known)).toEqual({ ok: false, problem: 'not-a-pack' });
  });

  it('refuses another version by name', async () => {
    const pack = { ...(await madePack()), version: 2 };
    expect(checkVoicePack(JSON.stringify(pack), known)).toEqual({ ok: false, problem: 'wrong-version' });
  });

  it('refuses a file that is not a pack, or has a broken recording', async () => {
    expect(checkVoicePack(JSON.stringify({ format: 'zdravei-backup', version: 1 }), known)).toMatchObject({ ok: false });
    const pack = await madePack();
    pack.recordings[0]!.audio = 'not base64!';
    expect(checkVoicePack(JSON.stringify(pack), known)).toEqual({ ok: false, problem: 'not-a-pack' });
  });

  it('imports the words that exist and names those that no longer do', async () => {
    const checked = checkVoicePack(JSON.stringify(await madePack()), new Set(['kotka']));
    if (!checked.ok) throw new Error(checked.problem);
    expect(checked.importable.map((r) => r.key)).toEqual(['kotka']);
    expect(checked.skipped).toEqual(['example:kotka']);
  });

  it('refuses an oversized file before reading it', () => {
    expect(checkVoicePack(' '.repeat(maxVoicePackBytes + 1), known)).toEqual({ ok: false, problem: 'too-large' });
  });
});
