/**
 * This browser's IndexedDB store, opened once per page and shared by whatever needs it:
 * the lesson's recorder (progress-recorder.ts), the learner pages (learner-store.ts).
 * Its own module so that opening the store does not load the FSRS scheduler.
 */
import { openPersistentStore } from './storage';
import type { ZdraveiDb } from './db';

let opened: Promise<ZdraveiDb | undefined> | undefined;

/** The browser's IndexedDB store, opened once; undefined when this browser cannot keep progress. */
export function persistentStore(): Promise<ZdraveiDb | undefined> {
  opened ??= openPersistentStore();
  return opened;
}
