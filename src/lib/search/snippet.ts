/**
 * Showing why a result matched: its title and a short piece of its text with the
 * matching words marked. Words are compared after the same analysis as the index
 * (so мѐчката is marked for a search for мечка), and the text is returned as parts for
 * the page to render, never as HTML.
 */
import { bulgarianSpans } from '../bulgarian-spans';
import type { Locale } from '../locales';
import type { StoredText } from './payload';
import { tokenise } from './tokenise';

export interface TextPart {
  text: string;
  /** A word that matched the search. */
  mark?: true;
  /** Bulgarian quoted in a text in another language: shown with lang="bg". */
  bulgarian?: true;
}

/** Whether a word, read in a language, is one the search matched. */
export type WordMatcher = (word: string, language: Locale) => boolean;

/** The text as parts, [brackets] taken off Bulgarian words, and matching words marked. */
export function markText(text: string, language: Locale, matches: WordMatcher): TextPart[] {
  const parts: TextPart[] = [];
  const push = (part: TextPart) => {
    if (!part.text) return;
    const last = parts.at(-1);
    if (last && last.mark === part.mark && last.bulgarian === part.bulgarian) last.text += part.text;
    else parts.push(part);
  };
  for (const span of bulgarianSpans(text)) {
    const bulgarian = span.bulgarian && language !== 'bg' ? ({ bulgarian: true } as const) : {};
    let last = 0;
    for (const word of tokenise(span.text)) {
      if (!matches(word.text, span.bulgarian ? 'bg' : language)) continue;
      push({ text: span.text.slice(last, word.start), ...bulgarian });
      push({ text: word.text, mark: true, ...bulgarian });
      last = word.end;
    }
    push({ text: span.text.slice(last), ...bulgarian });
  }
  return parts;
}

const length = (parts: readonly TextPart[]) => parts.reduce((sum, p) => sum + p.text.length, 0);

/** The parts between two offsets of their joined text. */
function sliceParts(parts: readonly TextPart[], from: number, to: number): TextPart[] {
  const out: TextPart[] = [];
  let offset = 0;
  for (const part of parts) {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + part.text.length);
    if (start < end) out.push({ ...part, text: part.text.slice(start - offset, end - offset) });
    offset += part.text.length;
  }
  return out;
}

/**
 * A piece of about `maxLength` characters around the first marked word, cut at spaces,
 * with an ellipsis where text was left out.
 */
export function cutAround(parts: readonly TextPart[], maxLength = 160): TextPart[] {
  const total = length(parts);
  if (total <= maxLength) return [...parts];
  const text = parts.map((p) => p.text).join('');
  const firstMark = parts.findIndex((p) => p.mark);
  const markAt = firstMark < 0 ? 0 : length(parts.slice(0, firstMark));
  let start = Math.max(0, Math.min(markAt - Math.floor(maxLength / 3), total - maxLength));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < markAt ? space + 1 : start;
  }
  let end = Math.min(total, start + maxLength);
  if (end < total) {
    const space = text.lastIndexOf(' ', end);
    end = space > Math.max(start, markAt) ? space : end;
  }
  return [...(start > 0 ? [{ text: '… ' }] : []), ...sliceParts(parts, start, end), ...(end < total ? [{ text: ' …' }] : [])];
}

/** The first text with a marked word, cut to a window; or the first text's beginning. */
export function snippet(
  texts: readonly StoredText[],
  matches: WordMatcher,
  maxLength = 160,
): { language: Locale; parts: TextPart[] } | undefined {
  let first: { language: Locale; parts: TextPart[] } | undefined;
  for (const [language, text] of texts) {
    const parts = markText(text, language, matches);
    if (parts.length === 0) continue;
    if (parts.some((p) => p.mark)) return { language, parts: cutAround(parts, maxLength) };
    first ??= { language, parts };
  }
  return first && { language: first.language, parts: cutAround(first.parts, maxLength) };
}
