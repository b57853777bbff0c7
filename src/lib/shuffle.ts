/**
 * A repeatable shuffle: the same seed gives the same order, so a page renders the same
 * on the server and in the browser, and tests can rely on an order.
 */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const result = [...items];
  let state = hash(seed) || 1;
  const random = () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** The answer and up to `count - 1` other items, shuffled by the answer's key. */
export function choicesFor<T>(answer: T, others: readonly T[], count: number, key: (item: T) => string): T[] {
  const distractors = seededShuffle(
    others.filter((o) => key(o) !== key(answer)),
    key(answer),
  ).slice(0, count - 1);
  return seededShuffle([answer, ...distractors], `${key(answer)}#choices`);
}
