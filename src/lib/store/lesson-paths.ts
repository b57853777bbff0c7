/** The tutor's own lesson paths on this computer: save (new or changed), delete, list. */
import type { LessonPath, ZdraveiDb } from './db';
import { ProfileError, cleanName } from './profiles';
import { maxPathDescriptionLength, maxPathNameLength } from '../paths/path-code';

export interface PathInput {
  /** The path to change; a new path when absent. */
  id?: string;
  title: string;
  description?: string;
  /** `track/slug` of each lesson, in order; a lesson listed twice is kept once. */
  lessons: readonly string[];
  /** The ready-made path (id in content/paths/) it started from. */
  basedOn?: string;
}

/** Saves a path: a new one gets an id; a changed one keeps its id and when it was made. */
export async function savePath(db: ZdraveiDb, input: PathInput, now = Date.now()): Promise<LessonPath> {
  const title = cleanName(input.title, maxPathNameLength);
  if (!title) throw new ProfileError('empty-name');
  if ((input.description?.length ?? 0) > maxPathDescriptionLength) throw new ProfileError('name-too-long');
  return db.transaction('rw', db.paths, async () => {
    const previous = input.id ? await db.paths.get(input.id) : undefined;
    const description = input.description?.trim();
    const path: LessonPath = {
      id: input.id ?? crypto.randomUUID(),
      title,
      ...(description ? { description } : {}),
      ...(input.basedOn ? { basedOn: input.basedOn } : {}),
      lessons: [...new Set(input.lessons)],
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    await db.paths.put(path);
    return path;
  });
}

/** Removes a path and every assignment of it. */
export async function deletePath(db: ZdraveiDb, id: string): Promise<void> {
  await db.transaction('rw', db.paths, db.assignments, async () => {
    await db.assignments.where('pathId').equals(id).delete();
    await db.paths.delete(id);
  });
}

/** Every saved path, the last changed first. */
export async function listPaths(db: ZdraveiDb): Promise<LessonPath[]> {
  return (await db.paths.toArray()).sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function getPath(db: ZdraveiDb, id: string): Promise<LessonPath | undefined> {
  return db.paths.get(id);
}
