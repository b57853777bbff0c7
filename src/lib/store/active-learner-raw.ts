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

/** The database if it exists, never created or upgraded here; undefined when storage is unusable. */
export function openExisting(name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(name);
    } catch {
      return resolve(undefined);
    }
    // No database yet: do not create an empty one behind Dexie's back.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => resolve(undefined);
    req.onblocked = () => resolve(undefined);
  });
}

/** The active learner's name, picture and colour; undefined when there is none or storage is unusable. */
export async function readActiveLearner(now = Date.now(), name = databaseName): Promise<ActiveLearner | undefined> {
  const db = await openExisting(name);
  if (!db) return undefined;
  try {
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
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

/** This computer's settings, for islands that need only them (spoken instructions); the defaults when storage is unusable. */
export async function readSettingsRaw(name = databaseName): Promise<ComputerSettings> {
  const db = await openExisting(name);
  try {
    if (!db?.objectStoreNames.contains('settings')) return withDefaults(undefined);
    const stored = await request(db.transaction('settings', 'readonly').objectStore('settings').get(settingKeys.computer));
    return withDefaults((stored as { value?: Partial<ComputerSettings> } | undefined)?.value);
  } catch {
    return withDefaults(undefined);
  } finally {
    db?.close();
  }
}

/**
 * Ends the current session ("Switch learner"): the next child chooses, and nobody reaches
 * the previous child's page without choosing them again. False when storage is unusable.
 */
export async function endSessionRaw(name = databaseName): Promise<boolean> {
  const db = await openExisting(name);
  if (!db) return false;
  try {
    if (!db.objectStoreNames.contains('settings')) return false;
    const tx = db.transaction('settings', 'readwrite');
    tx.objectStore('settings').delete(settingKeys.session);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('session not ended'));
    });
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/**
 * Tutors' recordings of words or phrases (the `recordings` table, by key), for the audio
 * buttons of a lesson: looked up as the page opens, all in one transaction, without
 * loading Dexie. Keys without a recording are left out; none when storage is unusable.
 */
export async function readRecordingsRaw(keys: readonly string[], name = databaseName): Promise<Map<string, Blob>> {
  const found = new Map<string, Blob>();
  const db = await openExisting(name);
  if (!db) return found;
  try {
    if (!db.objectStoreNames.contains('recordings')) return found;
    const store = db.transaction('recordings', 'readonly').objectStore('recordings');
    const records = await Promise.all(keys.map((key) => request(store.get(key)) as Promise<Recording | undefined>));
    for (const record of records) if (record?.audio) found.set(record.wordId, record.audio);
    return found;
  } catch {
    return found;
  } finally {
    db.close();
  }
}
