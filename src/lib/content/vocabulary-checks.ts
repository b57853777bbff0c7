/**
 * Checks on a word-bank entry that a schema cannot express: the stressed form must be
 * the written form plus stress marks, each word of two or more syllables carries exactly
 * one mark, and the transliteration follows the official system.
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
  return problems;
}
