/**
 * The learner pages' store (Dexie, and fake-indexeddb when IndexedDB fails), imported on
 * demand: what a page shows first is read with the browser's own IndexedDB API
 * (lib/store/active-learner-raw.ts), and the store's code loads at the first touch.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ZdraveiDb } from '../lib/store/db';
import type { OpenedStore } from '../lib/store/storage';
import { onStoreChange } from '../lib/store/store-changes';
import { loadOnce } from '../lib/browser/load-once';

const storeModule = () => import('../lib/store/learner-store');

/** The opened store; a failed load (code that could not be fetched) is tried again next time. */
export const loadLearnerStore: () => Promise<OpenedStore> = loadOnce(() => storeModule().then(({ learnerStore }) => learnerStore()));

/**
 * The store for an island that shows its first screen without it: `load` opens it (at the
 * first touch, or at once when the first screen needs it), `opened` is set once it is, and
 * `failed` once its code could not load (the island then shows LoadFailed).
 */
export function useLazyStore(): { opened: OpenedStore | undefined; failed: boolean; load: () => Promise<OpenedStore> } {
  const [opened, setOpened] = useState<OpenedStore>();
  const [failed, setFailed] = useState(false);
  const load = useCallback(
    () =>
      loadLearnerStore().then(
        (store) => {
          setOpened(store);
          return store;
        },
        (error: unknown) => {
          setFailed(true);
          throw error;
        },
      ),
    [],
  );
  return { opened, failed, load };
}

/**
 * A read of the store that follows its changes, like dexie-react-hooks' useLiveQuery, for
 * islands that load the store on demand: undefined until the store is open and has answered.
 * A failed read is thrown during render, for the island's error boundary.
 */
export function useLiveRead<T>(
  opened: OpenedStore | undefined,
  read: (db: ZdraveiDb) => Promise<T>,
  deps: readonly unknown[],
): T | undefined {
  const [value, setValue] = useState<{ of: readonly unknown[]; value: T }>();
  const [failure, setFailure] = useState<{ error: unknown }>();
  const key = [opened, ...deps];
  useEffect(() => {
    if (!opened) return;
    let live = true;
    let stop: (() => void) | undefined;
    void storeModule().then(({ watchStore }) => {
      if (!live) return;
      stop = watchStore(
        () => read(opened.db),
        (next) => setValue({ of: key, value: next }),
        (error) => setFailure({ error }),
      );
    });
    return () => {
      live = false;
      stop?.();
    };
    // The caller's deps, as with useLiveQuery.
  }, key);
  if (failure) throw failure.error;
  return value && value.of.every((item, index) => Object.is(item, key[index])) ? value.value : undefined;
}

/**
 * A read without the store's code (learner-reads-raw.ts): undefined while reading, null
 * when only the store can tell. Read again after any write to the store, in this tab or
 * another (onStoreChange), and when the page is shown again from the back-forward cache,
 * as a live query would. `read` must be the same function on every render.
 */
export function useRawRead<T>(read: () => Promise<T | undefined>): T | null | undefined {
  const [value, setValue] = useState<T | null>();
  useEffect(() => {
    let live = true;
    const again = () =>
      void read().then((next) => {
        if (live) setValue(next ?? null);
      });
    const shownAgain = (event: PageTransitionEvent) => event.persisted && again();
    again();
    const stop = onStoreChange(again);
    window.addEventListener('pageshow', shownAgain);
    return () => {
      live = false;
      stop();
      window.removeEventListener('pageshow', shownAgain);
    };
  }, [read]);
  return value;
}
