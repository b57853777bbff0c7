/**
 * The "Who is learning?" cards' read with the browser's own IndexedDB API, in a module of
 * its own: the learners page's first script draws the cards with it before React and
 * Dexie (islands/learners-early.ts), and without zod (learner-reads-raw.ts checks what
 * it reads) or the header's reads, which every page carries (active-learner-raw.ts).
 */
import { request, withExisting } from './active-learner-raw';
import { databaseName } from './keys';

/**
 * Every stored profile record, unchecked (profiles.ts `sortedProfiles` checks them), for
 * the "Who is learning?" cards before Dexie loads; none in a browser that never opened the
 * site. Undefined when storage is unusable: the page then opens the store at once.
 */
export function readProfilesRaw(name = databaseName): Promise<unknown[] | undefined> {
  return withExisting(
    name,
    async (db) => {
      if (!db.objectStoreNames.contains('profiles')) return undefined;
      return await request(db.transaction('profiles', 'readonly').objectStore('profiles').getAll());
    },
    [],
  );
}
