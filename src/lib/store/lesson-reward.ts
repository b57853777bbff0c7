/**
 * The sticker a child has just earned: stickers come one per completed lesson, in the
 * order of `stickerPictures`, as the child's page shows them. Loaded on demand by the
 * celebration, so Dexie stays off a lesson page's first load.
 */
import type { ZdraveiDb } from './db';
import { lessonProgressOf } from './progress-reads';
import { persistentStore } from './persistent-store';
import { activeLearner } from './session';
import { stickersFor } from '../learner-pictures';

/** The newest sticker of this child (the one for their latest completed lesson), if any. */
export async function newestSticker(db: ZdraveiDb, profileId: string): Promise<string | undefined> {
  const completed = (await lessonProgressOf(db, profileId)).filter((p) => p.status === 'completed').length;
  return stickersFor(completed).at(-1);
}

/** The same for whoever is learning in this browser; undefined when nobody is or the store fails. */
export async function stickerOfActiveLearner(): Promise<string | undefined> {
  try {
    const db = await persistentStore();
    const profileId = db && (await activeLearner(db));
    return db && profileId ? await newestSticker(db, profileId) : undefined;
  } catch {
    return undefined;
  }
}
