/**
 * Showing why a result matched: its title and a short piece of its text with the
 * matching words marked. Words are compared after the same analysis as the index
 * (so мѐчката is marked for a search for мечка), and the text is returned as parts for
 * the page to render, never as HTML.
 */
import { bulgarianSpans } from '../i18n/bulgarian-spans';
import type { Locale } from '../i18n/locales';
import type { StoredText } from './payload';
import { words } from './tokenise';

export interface TextPart {
  text: string;
  /** A word that matched the search. */
  mark?: true;
  /** Bulgarian quoted in a text in another language: shown with lang="bg". */
  bulgarian?: true;
}

/** Whether a word, read in a language, is one the search matched. */
export type WordMatcher = (word: string, language: Locale) => boolean;

interface Segment {
  /** Offsets in the visible text (brackets taken off). */
  start: number;
  end: number;
  bulgarian: boolean;
}

/** A stored text as it is shown: [brackets] taken off, in segments of one language. */
function layout(text: string): { visible: string; segments: Segment[] } {
  let visible = '';
  const segments = bulgarianSpans(text).map((span) => {
    const start = visible.length;
    visible += span.text;
    return { start, end: visible.length, bulgarian: span.bulgarian };
  });
  return { visible, segments };
}

/** Parts for the visible text between two offsets, marking the matching words in it. */
function parts(
  { visible, segments }: ReturnType<typeof layout>,
  language: Locale,
  matches: WordMatcher,
  from = 0,
  to = visible.length,
): TextPart[] {
  const out: TextPart[] = [];
  const push = (text: string, mark: boolean, bulgarian: boolean) => {
    if (!text) return;
    const part: TextPart = { text, ...(mark ? { mark: true as const } : {}), ...(bulgarian ? { bulgarian: true as const } : {}) };
    const last = out.at(-1);
    if (last && last.mark === part.mark && last.bulgarian === part.bulgarian) last.text += text;
    else out.push(part);
  };
  for (const segment of segments) {
    const start = Math.max(from, segment.start);
    const end = Math.min(to, segment.end);
    if (start >= end) continue;
    // On Bulgarian pages everything is Bulgarian: no need to say so part by part.
    const bulgarian = segment.bulgarian && language !== 'bg';
    const piece = visible.slice(start, end);
    let at = 0;
    for (const word of words(piece)) {
      if (!matches(word.text, segment.bulgarian ? 'bg' : language)) continue;
      push(piece.slice(at, word.start), false, bulgarian);
      push(word.text, true, bulgarian);
      at = word.end;
    }
    push(piece.slice(at), false, bulgarian);
  }
  return out;
}

/** The text as parts, [brackets] taken off Bulgarian words, and matching words marked. */
export function markText(text: string, language: Locale, matches: WordMatcher): TextPart[] {
  return parts(layout(text), language, matches);
}

/**
 * Where to cut a text of `total` characters to about `maxLength` around an offset: a third
 * of the window before it, the rest after, moved to the nearest spaces.
 */
export function windowAround(visible: string, at: number, maxLength: number): [number, number] {
  const total = visible.length;
  if (total <= maxLength) return [0, total];
  let start = Math.max(0, Math.min(at - Math.floor(maxLength / 3), total - maxLength));
  if (start > 0) {
    const space = visible.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  let end = Math.min(total, start + maxLength);
  if (end < total) {
    const space = visible.lastIndexOf(' ', end);
    end = space > Math.max(start, at) ? space : end;
  }
  return [start, end];
}

/** Where the first matching word of a laid-out text starts. */
function firstMatch(laid: ReturnType<typeof layout>, language: Locale, matches: WordMatcher): number | undefined {
  for (const segment of laid.segments) {
    for (const word of words(laid.visible.slice(segment.start, segment.end))) {
      if (matches(word.text, segment.bulgarian ? 'bg' : language)) return segment.start + word.start;
    }
  }
  return undefined;
}

function cut(laid: ReturnType<typeof layout>, language: Locale, matches: WordMatcher, at: number, maxLength: number): TextPart[] {
  const [start, end] = windowAround(laid.visible, at, maxLength);
  return [
    ...(start > 0 ? [{ text: '… ' }] : []),
    ...parts(laid, language, matches, start, end),
    ...(end < laid.visible.length ? [{ text: ' …' }] : []),
  ];
}

/**
 * A piece of about `maxLength` characters of the text around its first matching word,
 * with the matching words in it marked and an ellipsis where text was left out;
 * undefined when no word matches. Reading stops at the first match and marking stays
 * inside the piece, so a long text costs little.
 */
export function excerpt(text: string, language: Locale, matches: WordMatcher, maxLength = 160): TextPart[] | undefined {
  const laid = layout(text);
  const first = firstMatch(laid, language, matches);
  return first === undefined ? undefined : cut(laid, language, matches, first, maxLength);
}

/** The beginning of a text, cut like an excerpt, with any matching word in it marked. */
export function beginning(text: string, language: Locale, matches: WordMatcher, maxLength = 160): TextPart[] {
  return cut(layout(text), language, matches, 0, maxLength);
}

/**
 * The first text with a matching word, cut around it; or the first text's beginning.
 * Only texts that show a matched field are read (a lesson's text can be long, and
 * twenty results are shown at once); a match in Latin letters (`_la`) is shown in the
 * Bulgarian text it was transliterated from.
 */
export function snippet(
  texts: readonly StoredText[],
  matches: WordMatcher,
  matchedFields: ReadonlySet<string>,
  maxLength = 160,
): { language: Locale; parts: TextPart[] } | undefined {
  const shows = (fields: readonly string[]) => fields.some((f) => matchedFields.has(f) || matchedFields.has(f.replace(/_bg$/, '_la')));
  for (const [language, text, fields] of texts) {
    if (!text || !shows(fields)) continue;
    const shown = excerpt(text, language, matches, maxLength);
    if (shown) return { language, parts: shown };
  }
  const first = texts.find(([, text]) => text);
  return first && { language: first[0], parts: beginning(first[1], first[0], matches, maxLength) };
}
