/**
 * Shuffling with a seed. An island renders once on the server and again in the browser;
 * both must put the options in the same order, so the order comes from a seed made from
 * the exercise id, never from Math.random. "Play again" moves to the next seed.
 */

/** A 32-bit seed from a text (FNV-1a). */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A small, fast generator of numbers in [0, 1) (mulberry32): the same seed gives the same numbers. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates); the list itself is left as it was. */
export function shuffle<T>(list: readonly T[], seed: number | (() => number)): T[] {
  const random = typeof seed === 'number' ? randomFrom(seed) : seed;
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/**
 * A shuffled copy that differs from the original order wherever that is possible (two or
 * more different items), so a puzzle never starts solved. `same` decides which items
 * count as equal, for lists with repeated words.
 */
export function shuffleAway<T>(list: readonly T[], seed: number, same: (a: T, b: T) => boolean = Object.is): T[] {
  const random = randomFrom(seed);
  const unchanged = (order: T[]) => order.every((item, i) => same(item, list[i] as T));
  let order = shuffle(list, random);
  for (let tries = 0; unchanged(order) && tries < 20; tries++) order = shuffle(list, random);
  // Still in order (a list of equal items, or bad luck with two): rotate by one.
  if (unchanged(order) && list.length > 1) order = [...list.slice(1), list[0] as T];
  return order;
}
