/**
 * A lesson path as a file, for a computer the link cannot reach (a USB stick, a message):
 * JSON with the app's name, the kind of file and a format version, checked whole with zod
 * before anything is used, like a progress backup (lib/store/backup.ts). A file holds the
 * same fields as a link (lib/paths/path-code.ts), within the same bounds.
 */
// zod's mini build (lib/zod-mini.ts), as in lib/store/records.ts: one small zod in the browser.
import { z } from '../zod-mini';
import {
  isRealDay,
  lessonIdPattern,
  maxPathDescriptionLength,
  maxPathLessons,
  maxPathNameLength,
  splitKnown,
  type SharedPath,
} from './path-code';

/** The version this code writes; a file of a newer one is refused with that reason. */
export const pathFileVersion = 1;
/** Larger files are refused before they are read: a 100-lesson path is about 6 KB. */
export const maxPathFileBytes = 64 * 1024;

const pathFileSchema = z.strictObject({
  /** Always "zdravei": a file from another program is refused. */
  app: z.literal('zdravei'),
  /** Always "lesson-path": a progress backup is not a path. */
  kind: z.literal('lesson-path'),
  /** The format's version, {@link pathFileVersion}. */
  version: z.literal(pathFileVersion),
  path: z.strictObject({
    /** The path's name, shown as text only. */
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(maxPathNameLength)),
    /** What the path is for. */
    description: z.optional(z.string().check(z.maxLength(maxPathDescriptionLength))),
    /** The day (YYYY-MM-DD) by which the children should have finished. */
    by: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine(isRealDay))),
    /** Lesson ids (`track/slug`) in order. */
    lessons: z.array(z.string().check(z.regex(lessonIdPattern))).check(z.maxLength(maxPathLessons)),
  }),
});

export type PathFile = z.infer<typeof pathFileSchema>;

/** Why a file was refused; the page says each in the tutor's language. */
export type PathFileError = 'too-large' | 'not-json' | 'not-path' | 'newer-version' | 'not-valid';

export type ReadPathFile = { ok: true; path: SharedPath; missing: string[] } | { ok: false; error: PathFileError };

/** The file of a path, ready for JSON.stringify. */
export function pathFile(path: SharedPath): PathFile {
  const { name, description, by, lessons } = path;
  return {
    app: 'zdravei',
    kind: 'lesson-path',
    version: pathFileVersion,
    path: { name, ...(description ? { description } : {}), ...(by ? { by } : {}), lessons: [...lessons] },
  };
}

/** A file's name for a path: its name in letters and digits of any script, then `.zdravei-path.json`. */
export function pathFileName(name: string): string {
  const stem = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${stem || 'path'}.zdravei-path.json`;
}

/**
 * Reads a file's text back. Nothing in it is trusted: a file that is too large, not JSON,
 * not a Zdravei path, of a newer version or with anything out of bounds is refused with the
 * reason. `knownIds` splits the lessons into those kept and those `missing`, as a link does.
 */
export function readPathFile(text: string, knownIds?: ReadonlySet<string>): ReadPathFile {
  const fail = (error: PathFileError): ReadPathFile => ({ ok: false, error });
  if (new TextEncoder().encode(text).length > maxPathFileBytes) return fail('too-large');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('not-json');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not-path');
  const head = value as Record<string, unknown>;
  if (head.app !== 'zdravei' || head.kind !== 'lesson-path') return fail('not-path');
  if (typeof head.version === 'number' && head.version > pathFileVersion) return fail('newer-version');
  const parsed = pathFileSchema.safeParse(value);
  if (!parsed.success) return fail('not-valid');
  const { name, description, by, lessons } = parsed.data.path;
  const { kept, missing } = splitKnown(lessons, knownIds);
  return { ok: true, path: { name, ...(description ? { description } : {}), ...(by ? { by } : {}), lessons: kept }, missing };
}
