/**
 * What the learner pages show first, read with the browser's IndexedDB API alone (as
 * active-learner-raw.ts reads the header's learner), so that the first screen does not wait
 * for the store's code (Dexie): the "Who is learning?" cards, the child's home, the words
 * due for review (a locked tutor page: tutor-gate-raw.ts, which needs no zod). Each read
 * answers "nothing stored" when the browser never opened the site (no database yet: the
 * store's code then waits for the first touch too), and undefined when storage is unusable
 * or a database from before version 3 lacks what it reads: the page then opens the store at
 * once, as it always did. Nothing is created or upgraded. Apart from active-learner-raw.ts,
 * whose reads every page's header script carries, and profiles-raw.ts, the cards' read,
 * with which the learners page's first script draws them without this module's zod.
 */
import { request, withExisting } from './active-learner-raw';
import { databaseName, sessionIsLive, settingKeys, withDefaults, type ComputerSettings, type Session } from './keys';
import type { Assignment, LessonPath, Membership } from './db';
import { choosePath } from './assignments';
import type { HomeData } from './child-home-data';
import { validProfiles } from './profiles';
import { streakOf } from './progress-reads';
import { checkedProgress } from './records';

/** The active learner's id, by the session rule of keys.ts; undefined when nobody is learning. */
async function activeLearnerIn(settings: IDBObjectStore, now: number): Promise<string | undefined> {
  const session = ((await request(settings.get(settingKeys.session))) as { value?: Session } | undefined)?.value;
  const computer = ((await request(settings.get(settingKeys.computer))) as { value?: Partial<ComputerSettings> } | undefined)?.value;
  return sessionIsLive(session, withDefaults(computer), now) ? session.profileId : undefined;
}

/** Who is learning, and their word cards due by `now` (unchecked, unordered: see due-words.ts), for the review round. */
export interface DueCardsRaw {
  profileId: string | undefined;
  cards: unknown[];
}

/** A browser that never opened the site: nobody is learning, nothing is due. */
const nobodyDue: DueCardsRaw = { profileId: undefined, cards: [] };

export function readDueCardsRaw(now = Date.now(), name = databaseName): Promise<DueCardsRaw | undefined> {
  return withExisting(
    name,
    async (db) => {
      if (!db.objectStoreNames.contains('settings') || !db.objectStoreNames.contains('cards')) return undefined;
      const tx = db.transaction(['settings', 'cards'], 'readonly');
      const cards = tx.objectStore('cards');
      if (!cards.indexNames.contains('[profileId+due]')) return undefined;
      const profileId = await activeLearnerIn(tx.objectStore('settings'), now);
      if (!profileId) return { profileId, cards: [] };
      const due = await request(cards.index('[profileId+due]').getAll(IDBKeyRange.bound([profileId, -Infinity], [profileId, now])));
      return { profileId, cards: due };
    },
    nobodyDue,
  );
}

/** The keys of an index (not the records' primary keys) within a range, as Dexie's `where(…).keys()` gives them. */
function indexKeys(index: IDBIndex, range: IDBKeyRange): Promise<IDBValidKey[]> {
  return new Promise((resolve, reject) => {
    const keys: IDBValidKey[] = [];
    const req = index.openKeyCursor(range);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(keys);
      keys.push(cursor.key);
      cursor.continue();
    };
    req.onerror = () => reject(req.error);
  });
}

/** The stores and indexes the home reads: a database without one of them is left to Dexie (it upgrades it). */
const homeIndexes: Record<string, readonly string[]> = {
  settings: [],
  profiles: [],
  lessonProgress: ['profileId'],
  answers: ['[profileId+day]'],
  cards: ['[profileId+due]'],
  assignments: ['profileId', 'groupId'],
  memberships: ['profileId'],
  paths: [],
};

/**
 * A child's home as child-home-data.ts reads it, without Dexie: `data` is null when nobody
 * is learning. The same checks and rules (records.ts, streakOf, choosePath).
 */
export function readHomeRaw(now = Date.now(), name = databaseName): Promise<{ data: HomeData | null } | undefined> {
  return withExisting(
    name,
    async (db) => {
      const names = Object.keys(homeIndexes);
      if (!names.every((store) => db.objectStoreNames.contains(store))) return undefined;
      const tx = db.transaction(names, 'readonly');
      const store = (storeName: string) => tx.objectStore(storeName);
      if (!names.every((storeName) => homeIndexes[storeName]!.every((index) => store(storeName).indexNames.contains(index))))
        return undefined;
      const profileId = await activeLearnerIn(store('settings'), now);
      if (!profileId) return { data: null };
      const of = <T>(storeName: string, index: string, key: IDBValidKey) =>
        request(store(storeName).index(index).getAll(key)) as Promise<T[]>;
      const [profileRecord, progress, dayKeys, due, memberships, own, all] = await Promise.all([
        request(store('profiles').get(profileId)),
        of<unknown>('lessonProgress', 'profileId', profileId),
        indexKeys(store('answers').index('[profileId+day]'), IDBKeyRange.bound([profileId, ''], [profileId, '\uffff'], false, true)),
        request(
          store('cards')
            .index('[profileId+due]')
            .count(IDBKeyRange.bound([profileId, -Infinity], [profileId, now])),
        ),
        of<Membership>('memberships', 'profileId', profileId),
        of<Assignment>('assignments', 'profileId', profileId),
        request(store('assignments').getAll()) as Promise<Assignment[]>,
      ]);
      const ofGroups = (await Promise.all(memberships.map((m) => of<Assignment>('assignments', 'groupId', m.groupId)))).flat();
      const assigned = await choosePath(
        own,
        ofGroups,
        all.filter((a) => a.everyone === true),
        (id) => request(store('paths').get(id)) as Promise<LessonPath | undefined>,
      );
      const profile = validProfiles(profileRecord === undefined ? [] : [profileRecord])[0];
      if (!profile) return { data: null };
      const days = dayKeys.map((key) => (key as [string, string])[1]);
      return { data: { profile, progress: checkedProgress(progress), streak: streakOf(days, now), due, assigned } };
    },
    { data: null },
  );
}
