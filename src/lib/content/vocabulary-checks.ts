/**
 * Checks on a word-bank entry that a schema cannot express: the stressed form must be
 * the written form plus stress marks, each word of two or more syllables carries exactly
 * one mark, the transliteration follows the official system, and a noun gives its plural
 * or says why it has none.
 */
import { foldStress, transliterate } from '../i18n/translit';
import type { VocabularyEntry } from './schema';

const vowels = /[аеиоуъюяѐѝ]/giu;
const stressMark = /[\u0300\u0301]/gu;

/** Problems with one word's stress marks, as `field: what is wrong` lines. */
export function stressProblems(stressed: string): string[] {
  const problems: string[] = [];
  for (const word of stressed
    .normalize('NFD')
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean)) {
    const syllables = (foldStress(word).match(vowels) ?? []).length;
    const marks = (word.match(stressMark) ?? []).length;
    const shown = word.normalize('NFC');
    if (syllables >= 2 && marks !== 1) {
      problems.push(`"${shown}" has ${syllables} syllables and needs exactly one stress mark, found ${marks}`);
    } else if (syllables < 2 && marks > 1) {
      problems.push(`"${shown}" has one syllable and at most one stress mark, found ${marks}`);
    }
  }
  return problems;
}

/** A noun says its plural, or why it has none; other words say neither. */
function pluralProblems(entry: VocabularyEntry): string[] {
  if (entry.pos !== 'noun') {
    return entry.noPlural ? [`field noPlural: only nouns have one (this word is a ${entry.pos})`] : [];
  }
  if (entry.plural && entry.noPlural) return [`field noPlural: the noun has a plural ("${entry.plural}"); remove one of the two`];
  if (!entry.plural && !entry.noPlural) {
    return ['field plural: a noun needs its plural with stress marks, or noPlural (uncountable, name, plural-only or same)'];
  }
  if (entry.plural) return stressProblems(entry.plural).map((problem) => `field plural: ${problem}`);
  return [];
}

/** Every problem with an entry beyond its schema, each naming the field. */
export function entryProblems(entry: VocabularyEntry): string[] {
  const problems: string[] = [];
  if (foldStress(entry.stressed) !== entry.bg) {
    problems.push(`field stressed: "${entry.stressed}" without its stress marks should equal bg "${entry.bg}"`);
  }
  for (const problem of stressProblems(entry.stressed)) problems.push(`field stressed: ${problem}`);
  const expected = transliterate(entry.bg);
  if (entry.translit !== expected) {
    problems.push(`field translit: expected "${expected}" (official streamlined system), found "${entry.translit}"`);
  }
  if (entry.example) {
    for (const problem of stressProblems(entry.example.stressed)) problems.push(`field example.stressed: ${problem}`);
  }
  problems.push(...pluralProblems(entry));
  return problems;
}
