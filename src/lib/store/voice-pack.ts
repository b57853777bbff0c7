/**
 * Voice packs: a tutor's recordings moved to another computer as one JSON file, the audio
 * in base64. A pack is checked whole before anything is written; recordings of words
 * this site no longer has are skipped and named, the rest are imported.
 */
// zod's mini build (lib/zod-mini.ts), as in records.ts: the tutor pages then carry one zod, the small one.
import { z } from '../zod-mini';
import type { ZdraveiDb } from './db';
import { fromBase64, toBase64 } from './base64';

/** The version this code writes and reads. */
export const voicePackVersion = 1;
/** Larger files are refused before they are read: a whole site voiced is far smaller. */
export const maxVoicePackBytes = 50 * 1024 * 1024;

const voicePackSchema = z.strictObject({
  /** Says what the file is, so a backup or another JSON file is refused by name. */
  format: z.literal('zdravei-voice-pack'),
  /** The pack format's version: an unknown one is refused, not guessed at. */
  version: z.int(),
  /** When the pack was made, ms since 1970. */
  createdAt: z.number().check(z.nonnegative()),
  recordings: z.array(
    z.strictObject({
      /** The `recordings` key: word id, `example:<wordId>` or `phrase:<locale>:<key>`. */
      key: z.string().check(z.minLength(1), z.maxLength(200)),
      /** The text that was read, for a person looking at the file. */
      text: z.string().check(z.maxLength(2000)),
      /** When it was recorded, ms since 1970. */
      recordedAt: z.number().check(z.nonnegative()),
      /** The audio's MIME type (audio/wav, audio/webm;codecs=opus …). */
      mime: z.string().check(z.regex(/^audio\/[\w.+-]+(;.*)?$/)),
      /** The audio, base64. */
      audio: z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
    }),
  ),
});

export type VoicePack = z.infer<typeof voicePackSchema>;
export type VoicePackProblem = 'too-large' | 'not-a-pack' | 'wrong-version';

export type CheckedPack =
  { ok: true; pack: VoicePack; importable: VoicePack['recordings']; skipped: string[] } | { ok: false; problem: VoicePackProblem };

/** The pack of these recordings (keys the table has not are left out); `texts` gives what was read. */
export async function exportVoicePack(db: ZdraveiDb, texts: ReadonlyMap<string, string>, now = Date.now()): Promise<VoicePack> {
  const found = (await db.recordings.bulkGet([...texts.keys()])).filter((r) => !!r);
  return {
    format: 'zdravei-voice-pack',
    version: voicePackVersion,
    createdAt: now,
    recordings: await Promise.all(
      found.map(async (r) => ({
        key: r.wordId,
        text: texts.get(r.wordId) ?? '',
        recordedAt: r.updatedAt,
        mime: r.audio.type || 'audio/webm',
        audio: toBase64(new Uint8Array(await r.audio.arrayBuffer())),
      })),
    ),
  };
}

/** Checks a pack's text whole; `known` are the keys this site can play. */
export function checkVoicePack(text: string, known: ReadonlySet<string>): CheckedPack {
  if (text.length > maxVoicePackBytes) return { ok: false, problem: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-a-pack' };
  }
  const version = (data as { version?: unknown } | null)?.version;
  if ((data as { format?: unknown } | null)?.format === 'zdravei-voice-pack' && version !== voicePackVersion) {
    return { ok: false, problem: 'wrong-version' };
  }
  const parsed = voicePackSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: 'not-a-pack' };
  const pack = parsed.data;
  return {
    ok: true,
    pack,
    importable: pack.recordings.filter((r) => known.has(r.key)),
    skipped: pack.recordings.filter((r) => !known.has(r.key)).map((r) => r.key),
  };
}

/** Writes the importable recordings of a checked pack, all or none. */
export async function importVoicePack(db: ZdraveiDb, recordings: VoicePack['recordings']): Promise<number> {
  const rows = recordings.map((r) => ({
    wordId: r.key,
    audio: new Blob([fromBase64(r.audio)], { type: r.mime }),
    updatedAt: r.recordedAt,
  }));
  await db.transaction('rw', db.recordings, () => db.recordings.bulkPut(rows));
  return rows.length;
}
