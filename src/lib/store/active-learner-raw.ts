/**
 * The active learner read with the browser's IndexedDB API alone, for the header badge:
 * pages without exercises ship a few lines of plain script instead of Dexie. It uses the
 * same names and session rule as the Dexie code (./keys), and never creates or upgrades
 * the database. The few other reads a page needs before anyone answers (settings, a
 * tutor's recording) are here too, for the same reason.
 */
import type { Profile, Recording } from './db';
import { databaseName, sessionEndsAt, sessionIsLive, settingKeys, withDefaults, type ComputerSettings, type Session } from './keys';

/** The learner the header shows, and when their session runs out without activity. */
export type ActiveLearner = Pick<Profile, 'name' | 'picture' | 'colour'> & { endsAt: number };

/** One IndexedDB request as a promise. */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * What openExisting answers when storage works but the database was never created: nothing
 * has been stored on this computer yet, so a read can answer "nothing" without the store.
 */
export const neverStored = 'never-stored';

/** The database if it exists, never created or upgraded here; undefined when storage is unusable. */
export function openExisting(name: string): Promise<IDBDatabase | typeof neverStored | undefined> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(name);
    } catch {
      return resolve(undefined);
    }
    let absent = false;
    // No database yet: do not create an empty one behind Dexie's back (an aborted first
    // upgrade removes the database it was making).
    req.onupgradeneeded = () => {
      absent = true;
      req.transaction?.abort();
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => resolve(absent ? neverStored : undefined);
    req.onblocked = () => resolve(undefined);
  });
}

/**
 * Runs `use` on the database if it exists, and closes it after. Answers `whenNeverStored`
 * when storage works but nothing was ever stored (a browser that never opened the site),
 * and undefined when storage is unusable or `use` fails. Every raw read and write here goes
 * through it.
 */
export async function withExisting<T>(
  name: string,
  use: (db: IDBDatabase) => Promise<T | undefined>,
  whenNeverStored?: T,
): Promise<T | undefined> {
  const db = await openExisting(name);
  if (db === neverStored) return whenNeverStored;
  if (!db) return undefined;
  try {
    return await use(db);
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

/** The active learner's name, picture and colour; undefined when there is none or storage is unusable. */
export function readActiveLearner(now = Date.now(), name = databaseName): Promise<ActiveLearner | undefined> {
  return withExisting(name, async (db) => {
    if (!db.objectStoreNames.contains('settings') || !db.objectStoreNames.contains('profiles')) return undefined;
    const tx = db.transaction(['settings', 'profiles'], 'readonly');
    const settings = tx.objectStore('settings');
    const session = (await request(settings.get(settingKeys.session)))?.value as Session | undefined;
    const computer = (await request(settings.get(settingKeys.computer)))?.value as Partial<ComputerSettings> | undefined;
    const rules = withDefaults(computer);
    if (!sessionIsLive(session, rules, now)) return undefined;
    const profile = (await request(tx.objectStore('profiles').get(session.profileId))) as Profile | undefined;
    if (!profile) return undefined;
    const learner: ActiveLearner = { name: profile.name, picture: profile.picture, endsAt: sessionEndsAt(session, rules) };
    if (typeof profile.colour === 'string') learner.colour = profile.colour;
    return learner;
  });
}

/** This computer's settings, for islands that need only them (spoken instructions); the defaults when storage is unusable. */
export async function readSettingsRaw(name = databaseName): Promise<ComputerSettings> {
  const stored = await withExisting(name, async (db) => {
    if (!db.objectStoreNames.contains('settings')) return undefined;
    return request(db.transaction('settings', 'readonly').objectStore('settings').get(settingKeys.computer));
  });
  return withDefaults((stored as { value?: Partial<ComputerSettings> } | undefined)?.value);
}

/**
 * Ends the current session ("Switch learner"): the next child chooses, and nobody reaches
 * the previous child's page without choosing them again. False when storage is unusable.
 */
export async function endSessionRaw(name = databaseName): Promise<boolean> {
  const ended = await withExisting(name, async (db) => {
    if (!db.objectStoreNames.contains('settings')) return false;
    const tx = db.transaction('settings', 'readwrite');
    tx.objectStore('settings').delete(settingKeys.session);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('session not ended'));
    });
    return true;
  });
  return ended ?? false;
}

/**
 * Tutors' recordings of words or phrases (the `recordings` table, by key), for the audio
 * buttons of a lesson: looked up as the page opens, all in one transaction, without
 * loading Dexie. Keys without a recording are left out; none when storage is unusable.
 */
export async function readRecordingsRaw(keys: readonly string[], name = databaseName): Promise<Map<string, Blob>> {
  const found = await withExisting(name, async (db) => {
    if (!db.objectStoreNames.contains('recordings')) return undefined;
    const store = db.transaction('recordings', 'readonly').objectStore('recordings');
    const records = await Promise.all(keys.map((key) => request(store.get(key)) as Promise<Recording | undefined>));
    return new Map(records.flatMap((record) => (record?.audio ? [[record.wordId, record.audio] as const] : [])));
  });
  return found ?? new Map();
}
