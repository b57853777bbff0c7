/**
 * A light stemmer for Bulgarian, after the one Jacques Savoy published and measured for
 * search ("Searching strategies for the Bulgarian language", Information Retrieval 10,
 * 2007). It removes the definite article (мечката → мечка), the common plural endings
 * (мечки → мечк) and the final vowel of nouns and adjectives, so that the forms of one
 * word meet in one stem. It does not try to be a grammar: it only has to turn a word
 * the same way when it is indexed and when it is searched.
 *
 * Two of the paper's plural rules are left out, because here they join fewer forms
 * than they split: -си → -х (монаси → монах) also turned автобуси into "автобух", away
 * from автобус; and -е?и → -я? (големи → голям) also turned червени into "червян", away
 * from червен. The word bank lists each noun's plural, and it is indexed too, so a
 * plural the rules miss is still found.
 *
 * Input: a lower-case word without stress marks (see analyse.ts).
 */
import { transliterate } from '../i18n/translit';

interface Rule {
  /** The ending to remove. */
  suffix: string;
  /** What to put in its place. */
  replacement: string;
  /** The rule applies only to words longer than this, to keep short words whole. */
  longerThan: number;
}

interface RuleSet {
  /** Augmentative plural (-ища); when it applies, the word is done. */
  augmentative: Rule[];
  /** Definite articles; the first rule that applies wins. */
  article: Rule[];
  /** Plural endings; the first rule that applies wins. */
  plural: Rule[];
  /** Final -я, then a final -а, -о or -е. */
  finalSoft: Rule[];
  finalVowel: Rule[];
  /** -ен → -н (червен, червена, червени all end in -н). */
  en: Rule[];
  /** Removes ъ before the last letter (сладък → сладк, like сладка). */
  dropYer: boolean;
}

const rule = (suffix: string, replacement: string, longerThan: number): Rule => ({ suffix, replacement, longerThan });

export const cyrillicRules: RuleSet = {
  augmentative: [rule('ища', '', 5)],
  article: [
    rule('ият', '', 6),
    rule('ът', '', 5),
    rule('то', '', 5),
    rule('те', '', 5),
    rule('та', '', 5),
    rule('ия', '', 5),
    rule('ят', '', 4),
  ],
  plural: [
    rule('овци', 'о', 6),
    rule('ове', '', 6),
    rule('еве', 'й', 6),
    rule('ища', '', 5),
    rule('та', '', 5),
    rule('ци', 'к', 5),
    rule('зи', 'г', 5),
    rule('и', '', 4),
  ],
  finalSoft: [rule('я', '', 3)],
  finalVowel: [rule('а', '', 3), rule('о', '', 3), rule('е', '', 3)],
  en: [rule('ен', 'н', 4)],
  dropYer: true,
};

function applyFirst(word: string, rules: readonly Rule[]): { word: string; applied: boolean } {
  for (const r of rules) {
    if (word.length > r.longerThan && word.endsWith(r.suffix)) {
      return { word: word.slice(0, word.length - r.suffix.length) + r.replacement, applied: true };
    }
  }
  return { word, applied: false };
}

export function stemWith(rules: RuleSet, input: string): string {
  // Savoy's rules count letters and leave words of three letters or fewer alone.
  if (input.length < 4) return input;
  const augmentative = applyFirst(input, rules.augmentative);
  if (augmentative.applied) return augmentative.word;
  let word = applyFirst(input, rules.article).word;
  word = applyFirst(word, rules.plural).word;
  word = applyFirst(word, rules.finalSoft).word;
  word = applyFirst(word, rules.finalVowel).word;
  word = applyFirst(word, rules.en).word;
  if (rules.dropYer && word.length > 5 && word.at(-2) === 'ъ') word = word.slice(0, -2) + word.slice(-1);
  return word;
}

export function stemBulgarian(word: string): string {
  return stemWith(cyrillicRules, word);
}

/**
 * The same rules for Bulgarian written in Latin letters by the official system
 * (mechkata → mechk, as мечката → мечк): each ending transliterated. Both the index and
 * the query go through these Latin rules, so they agree with each other, not
 * necessarily with the Cyrillic stem. The ъ rule is left out: in Latin letters ъ is
 * "a", and dropping every a before the last letter would join unrelated words.
 */
const toLatin = (rules: readonly Rule[]): Rule[] =>
  rules.map((r) => rule(transliterate(r.suffix), transliterate(r.replacement), r.longerThan));

export const latinRules: RuleSet = {
  augmentative: toLatin(cyrillicRules.augmentative),
  article: toLatin(cyrillicRules.article),
  plural: toLatin(cyrillicRules.plural),
  finalSoft: toLatin(cyrillicRules.finalSoft),
  finalVowel: toLatin(cyrillicRules.finalVowel),
  en: toLatin(cyrillicRules.en),
  dropYer: false,
};

export function stemBulgarianLatin(word: string): string {
  return stemWith(latinRules, word);
}
