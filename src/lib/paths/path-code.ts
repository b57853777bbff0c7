/**
 * A lesson path written into a link's fragment (`#path=v1.…`), so a tutor can carry it to
 * another computer with no server: the fragment never leaves the browser.
 *
 * Format, version 1: `v1.` then the base64url (RFC 4648 §5, no padding) of the UTF-8 of
 * the JSON array `[name, description, by, lessons]`, where `description` and `by` are ""
 * when absent, `by` is a calendar day (YYYY-MM-DD) and `lessons` is one string: the lesson
 * ids in order, separated by spaces, each `track/slug` of a known track written as the
 * track's capital letter followed by the slug (`alphabet/first-letters` → `Afirst-letters`),
 * any other id written out whole.
 *
 * Lesson ids are written out, not as positions in this site's catalogue: a link made before
 * a lesson was added or removed must still name the same lessons, and the lessons that no
 * longer exist must be named to the tutor. An array, not an object, so a hostile link has no
 * keys (`__proto__`) to smuggle in; every field is checked with zod before it is used.
 */
// zod's mini build (lib/zod-mini.ts), as in lib/store/records.ts: one small zod in the browser.
import { z } from '../zod-mini';

/** The prefix of this version; a link with another `v<n>.` prefix is refused as unknown. */
export const pathCodeVersion = 1;
/** Longer codes are refused before they are read: a 100-lesson path with a long description fits. */
export const maxPathCodeLength = 4096;
export const maxPathLessons = 100;
export const maxPathNameLength = 100;
export const maxPathDescriptionLength = 500;

/**
 * The tracks' one-letter codes. Part of the format: a letter is never reused or reordered;
 * a new track gets a new letter (an id of a track without one is written out whole).
 */
const trackCodes: Readonly<Record<string, string>> = {
  alphabet: 'A',
  language: 'L',
  school: 'S',
  nature: 'N',
  history: 'H',
  traditions: 'T',
};
const trackOfCode = new Map(Object.entries(trackCodes).map(([track, code]) => [code, track]));

/** A lesson id as the catalogue writes it: `track/slug`, lower-case letters, digits and hyphens. */
export const lessonIdPattern = /^[a-z0-9-]{1,60}\/[a-z0-9-]{1,100}$/;

/** A lesson path as a link carries it. */
export interface SharedPath {
  /** The path's name, as the tutor wrote it (shown as text only). */
  name: string;
  /** What the path is for, when the tutor wrote it. */
  description?: string;
  /** Lesson ids (`track/slug`) in the order to take them. */
  lessons: string[];
  /** The calendar day (YYYY-MM-DD) by which the children should have finished, when there is one. */
  by?: string;
}

/** Why a code was refused; the page says each in the tutor's language. */
export type PathCodeError = 'empty' | 'unknown-version' | 'too-long' | 'truncated' | 'not-valid';

export type DecodedPath =
  | {
      ok: true;
      /** The path with only the lessons that exist here (all of them when no known ids were given). */
      path: SharedPath;
      /** The lessons the link names that this site no longer has, in the link's order. */
      missing: string[];
    }
  | { ok: false; error: PathCodeError };

/** Whether a YYYY-MM-DD string names a day of the calendar (2027-02-30 does not). */
export function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

const fieldsSchema = z.tuple([
  z.string().check(z.trim(), z.minLength(1), z.maxLength(maxPathNameLength)),
  z.string().check(z.maxLength(maxPathDescriptionLength)),
  z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine(isRealDay))]),
  z.string().check(z.maxLength(maxPathCodeLength)),
]);

function packLesson(id: string): string {
  const [track, slug] = id.split('/');
  const code = track === undefined ? undefined : trackCodes[track];
  return code ? `${code}${slug}` : id;
}

function unpackLesson(word: string): string {
  const track = trackOfCode.get(word[0] ?? '');
  return track ? `${track}/${word.slice(1)}` : word;
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text, or undefined when the characters are not base64url or the bytes not UTF-8. */
function fromBase64Url(data: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(data) || data.length % 4 === 1) return undefined;
  try {
    const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The code of a path, for `#path=<code>`. Throws on a path no decoder would accept: a caller's mistake. */
export function encodePath(path: SharedPath): string {
  const bad = path.lessons.find((id) => !lessonIdPattern.test(id));
  if (bad !== undefined) throw new Error(`Not a lesson id: ${bad}`);
  if (path.lessons.length > maxPathLessons) throw new Error(`A path has at most ${maxPathLessons} lessons`);
  const fields = [path.name, path.description ?? '', path.by ?? '', path.lessons.map(packLesson).join(' ')];
  if (!fieldsSchema.safeParse(fields).success) throw new Error('Path name, description or date out of bounds');
  const code = `v${pathCodeVersion}.${toBase64Url(JSON.stringify(fields))}`;
  if (code.length > maxPathCodeLength) throw new Error('Path too long for a link');
  return code;
}

/**
 * Reads a code back. Nothing in it is trusted: a code that is too long, cut short,
 * of another version or not a path is refused with the reason. `knownIds`, the lesson ids of
 * this site's catalogue, splits the lessons into those kept and those `missing`.
 */
export function decodePath(code: string, knownIds?: ReadonlySet<string>): DecodedPath {
  const fail = (error: PathCodeError): DecodedPath => ({ ok: false, error });
  if (code.length > maxPathCodeLength) return fail('too-long');
  const text = code.trim();
  if (text === '') return fail('empty');
  const prefix = /^v(\d+)(\.|$)/.exec(text);
  if (!prefix) return fail('not-valid');
  if (prefix[1] !== String(pathCodeVersion)) return fail('unknown-version');
  const data = text.slice(prefix[0].length);
  if (data === '') return fail('truncated');

  const json = fromBase64Url(data);
  if (json === undefined) return fail(/^[A-Za-z0-9_-]*$/.test(data) ? 'truncated' : 'not-valid');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // A code cut short almost always ends in the middle of the JSON.
    return fail(json.trimStart().startsWith('[') && !json.trimEnd().endsWith(']') ? 'truncated' : 'not-valid');
  }
  const fields = fieldsSchema.safeParse(value);
  if (!fields.success) return fail('not-valid');
  const [name, description, by, packed] = fields.data;

  const words = packed === '' ? [] : packed.split(' ');
  if (words.length > maxPathLessons) return fail('not-valid');
  const lessons = words.map(unpackLesson);
  if (!lessons.every((id) => lessonIdPattern.test(id))) return fail('not-valid');
  const { kept, missing } = splitKnown(lessons, knownIds);
  return {
    ok: true,
    path: { name, ...(description ? { description } : {}), lessons: kept, ...(by ? { by } : {}) },
    missing,
  };
}

/**
 * A path's lessons, each once, split into those this site has (`knownIds`) and those it no
 * longer has, both in the path's order. Without `knownIds` every lesson is kept.
 */
export function splitKnown(lessons: readonly string[], knownIds?: ReadonlySet<string>): { kept: string[]; missing: string[] } {
  const unique = [...new Set(lessons)];
  return {
    kept: knownIds ? unique.filter((id) => knownIds.has(id)) : unique,
    missing: knownIds ? unique.filter((id) => !knownIds.has(id)) : [],
  };
}

/** The fragment of a link to a path: `#path=<code>`. */
export function pathFragment(path: SharedPath): string {
  return `#path=${encodePath(path)}`;
}

/** The code in a link's fragment (`location.hash`), or undefined when it has none. */
export function codeInFragment(hash: string): string | undefined {
  const match = /^#?path=(.*)$/s.exec(hash);
  return match ? match[1] : undefined;
}
