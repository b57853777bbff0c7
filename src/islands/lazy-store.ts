/**
 * The learner pages' store (Dexie, and fake-indexeddb when IndexedDB fails), imported on
 * demand: what a page shows first is read with the browser's own IndexedDB API
 * (lib/store/active-learner-raw.ts), and the store's code loads at the first touch.
 */
import type { OpenedStore } from '../lib/store/storage';

let loading: Promise<OpenedStore> | undefined;

/** The opened store; a failed load (code that could not be fetched) is tried again next time. */
export function loadLearnerStore(): Promise<OpenedStore> {
  loading ??= import('../lib/store/learner-store')
    .then(({ learnerStore }) => learnerStore())
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
