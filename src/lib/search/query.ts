/**
 * Turning what a person typed into lunr query clauses. The words are never handed to
 * lunr's query parser (`index.search`), for which `hello:`, `foo^` or `a~` are syntax
 * errors: they are split into words here, each word is analysed the way each field was
 * indexed, and the clauses are given to `index.query()`. Nothing typed can make this throw.
 */
import { analyse, fieldLanguage, searchLanguages, type SearchLanguage } from './analyse';
import { mapLookalikes } from './normalise';
import { tokenise } from './tokenise';

export interface Clause {
  term: string;
  /** The index fields the term is looked up in: those whose language gave this term. */
  fields: string[];
  boost: number;
  /** A prefix match: the word is still being typed. */
  prefix?: true;
  /** Matches words one edit (a letter added, left out, changed or swapped) away. */
  editDistance?: 1;
}

/** More than this is not a search but a pasted text: the rest is ignored. */
export const maxQueryLength = 200;
export const maxQueryWords = 8;
/** Longer "words" are cut: lunr's fuzzy matching grows with the word's length. */
export const maxWordLength = 32;
/**
 * Words at least this long also match with one letter wrong, if their stem keeps at
 * least typoMinStem letters: one letter of three is too much (жаб would find баб).
 */
export const typoMinLength = 5;
export const typoMinStem = 4;
/** The word being typed matches as a prefix once it has this many letters. */
export const prefixMinLength = 2;

export const boosts = { exact: 10, prefix: 2, typo: 1 } as const;

/**
 * Languages a word may be in, from its letters: Cyrillic is Bulgarian or Ukrainian,
 * Arabic script Arabic or Persian, Latin letters English or Bulgarian transliterated.
 * Digits and other scripts are looked up everywhere.
 */
function languagesOf(word: string): readonly SearchLanguage[] {
  if (/\p{Script=Cyrillic}/u.test(word)) return ['bg', 'uk'];
  if (/\p{Script=Arabic}/u.test(word)) return ['ar', 'fa'];
  if (/\p{Script=Latin}/u.test(word)) return ['la', 'en'];
  return searchLanguages;
}

const letterCount = (text: string) => Array.from(text).length;

/**
 * The clauses for a query over the given index fields. Every word matches exactly; the
 * last word, if the text does not end with a space, also as a prefix; words of five or
 * more letters also with one typo. All clauses are optional: a result that matches more
 * of them scores higher.
 */
export function queryClauses(raw: string, fields: readonly string[]): Clause[] {
  const text = String(raw ?? '').slice(0, maxQueryLength);
  const all = tokenise(text);
  const words = all.slice(0, maxQueryWords);
  // The last word is still being typed when nothing follows it: no space, no punctuation.
  const lastIsTyped = all.length > 0 && all.length <= maxQueryWords && all.at(-1)?.end === text.length;
  const byLanguage = new Map<SearchLanguage, string[]>();
  for (const field of fields) byLanguage.set(fieldLanguage(field), [...(byLanguage.get(fieldLanguage(field)) ?? []), field]);

  const clauses = new Map<string, Clause>();
  const add = (clause: Clause) => {
    const key = `${clause.prefix ? '*' : clause.editDistance ? '~' : '='}${clause.term}`;
    const existing = clauses.get(key);
    if (existing) existing.fields = [...new Set([...existing.fields, ...clause.fields])];
    else clauses.set(key, clause);
  };

  words.forEach((token, position) => {
    const word = Array.from(mapLookalikes(token.text)).slice(0, maxWordLength).join('');
    const typed = lastIsTyped && position === words.length - 1;
    for (const language of languagesOf(word)) {
      const languageFields = byLanguage.get(language);
      if (!languageFields) continue;
      for (const term of analyse(word, language)) {
        add({ term, fields: languageFields, boost: boosts.exact });
        if (typed && letterCount(term) >= prefixMinLength) add({ term, fields: languageFields, boost: boosts.prefix, prefix: true });
        if (letterCount(word) >= typoMinLength && letterCount(term) >= typoMinStem)
          add({ term, fields: languageFields, boost: boosts.typo, editDistance: 1 });
      }
    }
  });
  return [...clauses.values()];
}
