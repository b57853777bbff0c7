/**
 * A generated catalogue for the search benchmark: as many lessons as asked, with titles,
 * objectives and help texts in the five languages, flashcards from a word bank of the
 * real words plus made-up ones, and culture modules. Text is drawn from the real
 * content's own words first and a long tail of made-up words after them, in the
 * proportions of natural text (Zipf), so the index has a realistic vocabulary.
 * Seeded: every run builds the same catalogue.
 */
import type { VocabularyEntry } from '../../src/lib/content/schema';
import { glossLocales, locales, type Locale } from '../../src/lib/i18n/locales';
import { tracks } from '../../src/lib/content/schema';
import type { SearchContent } from '../../src/lib/search/documents';
import { mdxText } from '../../src/lib/search/mdx-text';
import { tokenise } from '../../src/lib/search/tokenise';
import { transliterate } from '../../src/lib/i18n/translit';
import { randomFrom } from '../../src/lib/exercises/shuffle';

const letters: Record<Locale | 'en-syllables', { consonants: string[]; vowels: string[] }> = {
  bg: { consonants: [...'бвгджзклмнпрстфхцчшщ'], vowels: [...'аеиоуъя'] },
  en: { consonants: [...'bcdfghklmnprstvw'], vowels: [...'aeiou'] },
  'en-syllables': { consonants: [...'bdgklmnprst'], vowels: [...'aeio'] },
  uk: { consonants: [...'бвгґджзклмнпрстфхцчшщ'], vowels: [...'аеиіїоуюяє'] },
  ar: { consonants: [...'بتثجحخدذرزسشصضطظعغفقكلمنهوي'], vowels: [...'اوي'] },
  fa: { consonants: [...'بپتجچخدرزژسشفقکگلمنوهی'], vowels: [...'اوی'] },
};

export interface GeneratedCatalogue {
  content: SearchContent;
  /** Made-up words that the benchmark's queries can look for. */
  sampleWords: VocabularyEntry[];
}

export function generateCatalogue(real: SearchContent, lessonCount: number, seed = 20_240_301): GeneratedCatalogue {
  // The site's own seeded generator (mulberry32), so the catalogue is the same on every run.
  const random = randomFrom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  const madeUpWord = (locale: Locale | 'en-syllables', syllables = between(2, 4)) => {
    const { consonants, vowels } = letters[locale];
    let word = '';
    for (let i = 0; i < syllables; i++) word += pick(consonants) + pick(vowels);
    // Persian compounds are written with a non-joiner now and then.
    if (locale === 'fa' && random() < 0.05) word += `\u200C${pick(consonants)}${pick(vowels)}`;
    return word;
  };

  // Each language's vocabulary: the real content's words first (the common ones), then made-up words.
  const realText: Record<Locale, string[]> = { bg: [], en: [], ar: [], fa: [], uk: [] };
  for (const lesson of real.lessons) {
    const body = mdxText(lesson.body);
    for (const locale of locales) {
      realText[locale].push(lesson.data.title[locale], ...lesson.data.objectives.map((o) => o[locale]));
      realText[locale].push(...body.localized.flatMap((texts) => texts[locale] ?? []));
    }
  }
  for (const module of real.culture) {
    const locale = module.id.split('/')[0] as Locale;
    realText[locale]?.push(module.data.title, module.data.summary, ...mdxText(module.body).prose);
  }
  const vocabulary = Object.fromEntries(
    locales.map((locale) => {
      const known = [...new Set(realText[locale].flatMap((text) => tokenise(text.replace(/[[\]]/g, '')).map((t) => t.text.toLowerCase())))];
      const tail = Array.from({ length: 12_000 }, () => madeUpWord(locale));
      return [locale, [...known, ...tail]];
    }),
  ) as Record<Locale, string[]>;
  // Zipf: the word of rank r comes up in proportion to 1/r.
  const zipf = (words: readonly string[]) => {
    const harmonic = Math.log(words.length) + 0.5772;
    return () => words[Math.min(words.length - 1, Math.floor(Math.exp(random() * harmonic)) - 1)] ?? words[0] ?? '';
  };
  const draw = Object.fromEntries(locales.map((l) => [l, zipf(vocabulary[l])])) as Record<Locale, () => string>;
  const sentence = (locale: Locale, words: number) => {
    const text = Array.from({ length: words }, () => draw[locale]()).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const everyLocale = (make: (locale: Locale) => string) => Object.fromEntries(locales.map((l) => [l, make(l)])) as Record<Locale, string>;

  // The word bank: the real words and three made-up ones for every lesson.
  const madeUpWords: VocabularyEntry[] = Array.from({ length: lessonCount * 3 }, (_, i) => {
    const bg = madeUpWord('bg');
    const plural = `${bg}и`;
    const stress = (word: string) => word.replace(/([аеиоуъя])/u, '$1\u0300');
    return {
      id: `generated-${i}`,
      bg,
      stressed: stress(bg),
      pos: 'noun',
      gender: pick(['m', 'f', 'n'] as const),
      plural: stress(plural),
      gloss: Object.fromEntries(
        glossLocales.map((l) => [l, l === 'en' ? madeUpWord('en-syllables') : madeUpWord(l)]),
      ) as VocabularyEntry['gloss'],
      translit: transliterate(bg),
      picture: pick(real.words.flatMap((w) => w.picture ?? [])),
    };
  });
  const words = [...real.words, ...madeUpWords];

  const lessons: SearchContent['lessons'] = Array.from({ length: lessonCount }, (_, i) => {
    const lessonWords = [...madeUpWords.slice(i * 3, i * 3 + 3), ...Array.from({ length: between(5, 13) }, () => pick(words))];
    const ids = [...new Set(lessonWords.map((w) => w.id))];
    const helpTexts = Array.from({ length: between(2, 3) }, () => {
      const quoted = pick(lessonWords).bg;
      const props = locales.map(
        (l) => `${l}="${sentence(l, between(12, 25))} ${l === 'bg' ? quoted : `[${quoted}]`} ${sentence(l, between(8, 20))}"`,
      );
      return `<HelpText ${props.join(' ')} />`;
    });
    const body = [
      ...helpTexts.flatMap((help, n) => [help, `<Flashcards words={${JSON.stringify(ids.slice(n * 4, n * 4 + 8))}} />`]),
      '',
    ].join('\n\n');
    return {
      id: `${tracks[i % tracks.length]}/generated-${i}`,
      data: {
        title: everyLocale((l) => sentence(l, between(2, 5)).slice(0, -1)),
        track: tracks[i % tracks.length] ?? 'language',
        order: Math.floor(i / tracks.length) + 1,
        vocabulary: ids,
        objectives: Array.from({ length: between(1, 3) }, () => everyLocale((l) => sentence(l, between(6, 14)))),
      },
      body,
    };
  });

  // One culture module for every ten lessons, in each help language.
  const culture: SearchContent['culture'] = Array.from({ length: Math.ceil(lessonCount / 10) }, (_, i) => {
    const moduleWords = Array.from({ length: between(3, 8) }, () => pick(words));
    return locales.map((locale) => ({
      id: `${locale}/generated-${i}`,
      data: {
        title: sentence(locale, between(3, 6)).slice(0, -1),
        summary: sentence(locale, between(15, 30)),
        order: i + 1,
        vocabulary: moduleWords.map((w) => w.id),
      },
      body: Array.from(
        { length: between(4, 8) },
        () => `${sentence(locale, between(20, 40))} <Word id="${pick(moduleWords).id}" /> ${sentence(locale, between(10, 30))}`,
      ).join('\n\n'),
    }));
  }).flat();

  return { content: { lessons, culture: [...real.culture, ...culture], words }, sampleWords: madeUpWords.slice(0, 5) };
}
