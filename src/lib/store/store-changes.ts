/**
 * Told when the store changes, without Dexie: Dexie 4 announces every write as a DOM event
 * on this window and on a BroadcastChannel to the site's other tabs, both named
 * `x-storagemutated-1` (dexie.mjs; the names its live queries listen to). Pages that read
 * with the browser's IndexedDB API (learner-reads-raw.ts) read again then, so they follow
 * changes as a live query would. Tested through the child's home (ChildHome.test.tsx).
 */
const dexieChangeEvent = 'x-storagemutated-1';

/** Calls `changed` after any write to the store, here or in another tab, at most once per turn of the event loop. */
export function onStoreChange(changed: () => void): () => void {
  let pending = false;
  const notify = () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      changed();
    });
  };
  addEventListener(dexieChangeEvent, notify);
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(dexieChangeEvent);
  channel?.addEventListener('message', notify);
  return () => {
    removeEventListener(dexieChangeEvent, notify);
    channel?.close();
  };
}
