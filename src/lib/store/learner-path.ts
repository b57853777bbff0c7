/**
 * The lessons of the path a tutor gave whoever is learning in this browser (their own,
 * their group's, or everyone's: `pathForLearner`). Loaded on demand by the celebration,
 * so Dexie stays off a lesson page's first load.
 */
import { pathForLearner } from './assignments';
import { persistentStore } from './persistent-store';
import { activeLearner } from './session';

/** The assigned path's lesson ids; undefined when nobody is learning, nothing is assigned, or the store fails. */
export async function assignedPathOfActiveLearner(): Promise<readonly string[] | undefined> {
  try {
    const db = await persistentStore();
    const profileId = db && (await activeLearner(db));
    return db && profileId ? (await pathForLearner(db, profileId))?.path.lessons : undefined;
  } catch {
    return undefined;
  }
}
