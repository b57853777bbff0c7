/**
 * The active learner read with the browser's IndexedDB API alone, for the header badge:
 * pages without exercises ship a few lines of plain script instead of Dexie. It uses the
 * same names and session rule as the Dexie code (./keys), and never creates or upgrades
 * the database.
 */
import type { Profile } from './db';
import { databaseName, sessionIsLive, settingKeys, withDefaults, type ComputerSettings, type Session } from './keys';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openExisting(name: string): Promise<IDBDatabase | undefined> {
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

/** The active learner's name and picture; undefined when there is none or storage is unusable. */
export async function readActiveLearner(now = Date.now(), name = databaseName): Promise<Pick<Profile, 'name' | 'picture'> | undefined> {
  const db = await openExisting(name);
  if (!db) return undefined;
  try {
    if (!db.objectStoreNames.contains('settings') || !db.objectStoreNames.contains('profiles')) return undefined;
    const tx = db.transaction(['settings', 'profiles'], 'readonly');
    const settings = tx.objectStore('settings');
    const session = (await request(settings.get(settingKeys.session)))?.value as Session | undefined;
    const computer = (await request(settings.get(settingKeys.computer)))?.value as Partial<ComputerSettings> | undefined;
    if (!sessionIsLive(session, withDefaults(computer), now)) return undefined;
    const profile = (await request(tx.objectStore('profiles').get(session.profileId))) as Profile | undefined;
    return profile ? { name: profile.name, picture: profile.picture } : undefined;
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}
