/**
 * Without IndexedDB (a private window, storage switched off) nothing a child does can be
 * kept. The learner pages' islands say so themselves (StorageNotice); every other page
 * (lessons, guides, the dictionary) says it in the header, so every page tells the truth.
 */
const islandsWithTheirOwnNotice = ['LearnerPicker', 'ChildHome', 'Review', 'TutorPanel'];

export function showStorageOff(root: Document): void {
  const notice = root.querySelector<HTMLElement>('[data-storage-off]');
  const storageMissing = typeof (root.defaultView as { indexedDB?: unknown } | null)?.indexedDB === 'undefined';
  const saysItItself = [...root.querySelectorAll('astro-island')].some((island) =>
    islandsWithTheirOwnNotice.some((name) => island.getAttribute('component-url')?.includes(`/${name}.`)),
  );
  if (notice && storageMissing && !saysItItself) notice.hidden = false;
}
