/**
 * Code fetched on demand (the store, the practice, the end of an exercise, the
 * microphone): `load` runs once and its promise is kept for every later call. A failed
 * load (offline, and the code not kept) is forgotten, so the next call tries again
 * instead of failing for the rest of the page's life.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
