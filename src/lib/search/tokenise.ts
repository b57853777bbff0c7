/**
 * Splitting text into words for search, in any script. lunr's own tokenizer splits on
 * white space and hyphens only, and its trimmer (`\W`) deletes every Cyrillic, Arabic and
 * Persian letter; these work on Unicode letter classes instead.
 */

/** A word and where it stands in the text, so a snippet can mark it later. */
export interface WordToken {
  text: string;
  /** Offset of the first UTF-16 unit in the text. */
  start: number;
  /** Offset just after the last UTF-16 unit. */
  end: number;
}

/**
 * A word is a run of letters, combining marks (Bulgarian stress marks, Arabic vowel signs)
 * and digits, held together by what can stand inside a word: the zero-width non-joiner of
 * Persian (می‌خورد), the zero-width joiner, the soft hyphen, and the apostrophe of Ukrainian
 * and English (ім’я, I’m). Hyphens separate words: по-голям is two words.
 */
const word = /[\p{L}\p{M}\p{N}]+(?:(?:\u200C|\u200D|\u00AD|['’ʼ])[\p{L}\p{M}\p{N}]+)*/gu;

export function tokenise(text: string): WordToken[] {
  return Array.from(words(text));
}

/** The words of a text one by one, so a caller looking for the first match can stop early. */
export function* words(text: string): Generator<WordToken> {
  for (const match of text.matchAll(word)) {
    // A match begins and ends with a letter, mark or digit: only a leading mark needs trimming.
    const trimmed = leadingMark.test(match[0]) ? trimWord(match[0]) : match[0];
    if (!trimmed) continue;
    const start = match.index + match[0].length - trimmed.length;
    yield { text: trimmed, start, end: start + trimmed.length };
  }
}

const leadingMark = /^\p{M}/u;

/**
 * Trims what cannot begin or end a word: a combining mark with no letter before it, and
 * anything that is not a letter, digit or mark at either end. A stress mark on the last
 * vowel (благодаря̀) stays: it belongs to the letter before it.
 */
export function trimWord(text: string): string {
  return trimStart(text).replace(/[^\p{L}\p{N}\p{M}]+$/u, '');
}

function trimStart(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+/u, '');
}
