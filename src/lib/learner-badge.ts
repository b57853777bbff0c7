/**
 * The current learner's picture and name in the header of every page, in a few lines of
 * plain script instead of React and Dexie (pages without exercises ship almost no
 * JavaScript). Reads the `settings` and `profiles` stores that lib/db.ts defines; never
 * creates or upgrades the database. When nobody is learning, or the tutor's time-out
 * has passed, the badge simply stays as the "Who is learning?" link.
 */
import type { Profile } from './db';
import type { ComputerSettings, Session } from './session';

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

/** The active learner, read without Dexie; undefined when there is none or storage is unusable. */
export async function readActiveLearner(now = Date.now(), name = 'zdravei'): Promise<Pick<Profile, 'name' | 'picture'> | undefined> {
  const db = await openExisting(name);
  if (!db) return undefined;
  try {
    if (!db.objectStoreNames.contains('settings') || !db.objectStoreNames.contains('profiles')) return undefined;
    const tx = db.transaction(['settings', 'profiles'], 'readonly');
    const settings = tx.objectStore('settings');
    const session = (await request(settings.get('session')))?.value as Session | undefined;
    if (!session) return undefined;
    const computer = (await request(settings.get('computer')))?.value as Partial<ComputerSettings> | undefined;
    const minutes = computer?.inactivityMinutes ?? 15;
    if (now - session.lastActiveAt > minutes * 60_000) return undefined;
    const profile = (await request(tx.objectStore('profiles').get(session.profileId))) as Profile | undefined;
    return profile ? { name: profile.name, picture: profile.picture } : undefined;
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

/** Fills the header badge: picture and name as text, linking to the child's page. */
export async function showLearnerBadge(root: Document): Promise<void> {
  const badge = root.querySelector<HTMLElement>('[data-learner-badge]');
  if (!badge || typeof indexedDB === 'undefined') return;
  const learner = await readActiveLearner();
  if (!learner) return;
  const link = badge.querySelector<HTMLAnchorElement>('[data-learner-home]');
  const picture = badge.querySelector<HTMLImageElement>('img');
  const label = badge.querySelector<HTMLElement>('[data-learner-name]');
  if (!link || !picture || !label) return;
  picture.src = `/pictures/${encodeURIComponent(learner.picture)}.svg`;
  label.textContent = learner.name;
  badge.hidden = false;
}
