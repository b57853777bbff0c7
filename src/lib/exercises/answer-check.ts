/**
 * Checks a word a child typed after hearing it. Forgiving where a beginner's mistake is
 * not about the word: stress marks may be typed or not, capitals do not matter, Latin
 * letters that look like Cyrillic ones (a, e, o, p, c, x …) count as their twins, and a
 * word typed on a Latin keyboard by the phonetic layout counts too. One wrong, missing
 * or extra letter in a word of three letters or more is "close": accepted, with the
 * right spelling shown gently.
 */
import { toCyrillic } from './phonetic-keyboard';

/** Latin letters that look like Cyrillic ones, as a child copying a word might type them. */
const lookAlikes: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  k: 'к',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};

export function foldLookAlikes(text: string): string {
  return Array.from(text, (char) => lookAlikes[char] ?? char).join('');
}

/**
 * The letters that matter: lower case, without stress marks (U+0300, U+0301 only: й
 * keeps its breve), without punctuation, with one space between words.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300\u0301]/g, '')
    .normalize('NFC')
    .toLocaleLowerCase('bg')
    .replace(/[-–—]/g, ' ')
    .replace(/[^\p{L}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export type Verdict = 'right' | 'close' | 'wrong';

export interface CheckResult {
  verdict: Verdict;
  /** Where the first difference is in the expected word (normalised), when close or wrong. */
  at?: number;
}

/** Edit distance, stopping early once it is over `limit`. */
function distance(a: string[], b: string[], limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** Words shorter than this must be typed exactly: one letter changes да into до. */
export const forgivingFrom = 3;

function compare(typed: string, expected: string): CheckResult {
  if (typed === expected) return { verdict: 'right' };
  const a = Array.from(typed);
  const b = Array.from(expected);
  let at = 0;
  while (at < b.length && a[at] === b[at]) at++;
  const letters = b.filter((c) => c !== ' ').length;
  if (typed !== '' && letters >= forgivingFrom && distance(a, b, 1) === 1) return { verdict: 'close', at };
  return { verdict: 'wrong', at };
}

const rank: Record<Verdict, number> = { right: 2, close: 1, wrong: 0 };

/**
 * `typed` is what the child typed, key for key (see phonetic-keyboard.ts `editRaw`), so a
 * Latin letter can be read both ways; `expected` the word with or without stress marks.
 */
export function checkAnswer(typed: string, expected: string): CheckResult {
  const target = normalise(expected);
  const readings = [foldLookAlikes(typed), toCyrillic(typed)].map((reading) => compare(normalise(reading), target));
  return readings.reduce((best, next) => (rank[next.verdict] > rank[best.verdict] ? next : best));
}

/**
 * The expected word cut around the letter a "close" answer got wrong, for showing the
 * correction: `at` counts letters and spaces as `normalise` does; stress marks stay with
 * their letter. When `at` is past the end, nothing is marked.
 */
export function splitAt(word: string, at: number): [string, string, string] {
  const chars = Array.from(word.normalize('NFC'));
  let count = -1;
  let start = -1;
  let end = chars.length;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    if (/[\p{L}\s]/u.test(char) && !(/\s/.test(char) && /\s/.test(chars[i - 1] ?? ''))) count++;
    else continue;
    if (count === at) start = i;
    else if (count === at + 1) {
      end = i;
      break;
    }
  }
  if (start < 0) return [word, '', ''];
  // Keep the marks that follow the letter (добро̀: о and its accent), but not punctuation after it.
  let stop = start + 1;
  while (stop < end && /\p{M}/u.test(chars[stop] as string)) stop++;
  return [chars.slice(0, start).join(''), chars.slice(start, stop).join(''), chars.slice(stop).join('')];
}
