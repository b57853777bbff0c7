/**
 * What a locked tutor page shows first, read with the browser's IndexedDB API alone (as
 * learner-reads-raw.ts reads the learner pages), so its PIN field does not wait for the
 * store's code (Dexie). Apart from learner-reads-raw.ts, which checks records with zod:
 * the tutor gate reads only settings.
 */
import { request, withExisting } from './active-learner-raw';
import { databaseName, settingKeys, type TutorOpening } from './keys';
import { tutorOpeningIsLive } from './tutor-opening';
import { throttled, throttleKey, waitFrom } from './throttle';

/** What a tutor page shows first (TutorGate): whether a PIN is set, the tools still open, and the wait after wrong PINs. */
export interface TutorGateState {
  pinSet: boolean;
  open: boolean;
  waitMs: number;
}

/**
 * The tutor gate's state without Dexie, so a locked tutor page shows its PIN field before
 * the store's code loads (it loads at the first touch). In a browser that never opened the
 * site, no PIN is set yet. Undefined when storage is unusable: the page then opens the
 * store at once, as it always did.
 */
export function readTutorGateRaw(now = Date.now(), name = databaseName): Promise<TutorGateState | undefined> {
  return withExisting(
    name,
    async (db) => {
      if (!db.objectStoreNames.contains('settings')) return undefined;
      const settings = db.transaction('settings', 'readonly').objectStore('settings');
      const read = (key: string) => request(settings.get(key)) as Promise<{ value?: unknown } | undefined>;
      const [pin, opening, failures] = await Promise.all([
        read(settingKeys.tutorPin),
        read(settingKeys.tutorOpen),
        read(throttleKey(throttled.tutorPin)),
      ]);
      const pinSet = pin !== undefined;
      return {
        pinSet,
        open: pinSet && tutorOpeningIsLive(opening?.value as Partial<TutorOpening> | undefined, now),
        waitMs: waitFrom(failures?.value, now),
      };
    },
    noPinYet,
  );
}

/** A browser that never opened the site: the first visit creates the PIN. */
const noPinYet: TutorGateState = { pinSet: false, open: false, waitMs: 0 };
