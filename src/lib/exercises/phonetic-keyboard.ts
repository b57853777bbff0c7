/**
 * Typing Bulgarian on a keyboard with Latin letters. Each key gives the Bulgarian letter
 * of the traditional phonetic layout that Bulgarian schools and computers use (q я, w в,
 * y ъ, x ь, c ц, v ж, [ ш, ] щ, \ ю, ` ч, j й …), so a child without a Cyrillic
 * keyboard can still write. A Cyrillic keyboard works as it is.
 */

const lower: Record<string, string> = {
  '`': 'ч',
  q: 'я',
  w: 'в',
  e: 'е',
  r: 'р',
  t: 'т',
  y: 'ъ',
  u: 'у',
  i: 'и',
  o: 'о',
  p: 'п',
  '[': 'ш',
  ']': 'щ',
  '\\': 'ю',
  a: 'а',
  s: 'с',
  d: 'д',
  f: 'ф',
  g: 'г',
  h: 'х',
  j: 'й',
  k: 'к',
  l: 'л',
  z: 'з',
  x: 'ь',
  c: 'ц',
  v: 'ж',
  b: 'б',
  n: 'н',
  m: 'м',
};
const shifted: Record<string, string> = { '~': 'Ч', '{': 'Ш', '}': 'Щ', '|': 'Ю' };

/** The Bulgarian letter a Latin key gives, or the character itself when it is not a Latin key. */
export function phoneticLetter(char: string): string {
  const mapped = lower[char];
  if (mapped) return mapped;
  const fromShifted = shifted[char] ?? lower[char.toLowerCase()];
  if (fromShifted) return fromShifted.toUpperCase();
  return char;
}

/** Text typed on a Latin keyboard as the phonetic layout writes it: `zdravej` → `здравей`. Cyrillic stays. */
export function toCyrillic(text: string): string {
  return Array.from(text, phoneticLetter).join('');
}

/**
 * What the child typed, key for key, after an edit in the text field. The field shows
 * `toCyrillic(raw)`; the edit changed it to `shown`, with the caret at `caret`. Keeping the
 * keys as typed lets the answer checker read a Latin `p` either as the phonetic п or as
 * the look-alike р. Every key gives exactly one character, so positions line up.
 */
export function editRaw(raw: string, shown: string, caret: number = shown.length): string {
  const before = toCyrillic(raw);
  const suffix = Math.min(shown.length - caret, before.length);
  const end = before.length - suffix; // the edit replaced before[start, end) …
  let start = 0;
  while (start < end && start < caret && before[start] === shown[start]) start++;
  // … with shown[start, caret).
  return raw.slice(0, start) + shown.slice(start, caret) + raw.slice(end);
}
