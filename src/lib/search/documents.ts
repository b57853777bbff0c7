/**
 * What the search index holds for one help language: a document per lesson, per culture
 * module in that language and per word in the word bank, each as index fields (text in
 * one language per field, see analyse.ts) and as the little a result needs to be shown.
 *
 * A Bulgarian query must find a page in any help language (a parent types the word they
 * heard at school), so every document also carries its Bulgarian: titles, words, the
 * Bulgarian help texts, and the same again in Latin letters. Words carry their glosses
 * in every language, so a Ukrainian mother on the English pages still finds ведмідь.
 */
import { pictureUrl, routes, wordAudioUrl } from '../routes';
import type { LessonFrontmatter, VocabularyEntry } from '../content/schema';
import { groupByTrack } from '../content/catalogue';
import { bulgarianSpans } from '../i18n/bulgarian-spans';
import { cultureLocale, cultureSlug } from '../content/culture';
import { glossLocales, type Locale } from '../i18n/locales';
import { foldStress } from '../i18n/translit';
import { mdxText, type MdxText } from './mdx-text';
import type { StoredDoc, StoredText } from './payload';

/** The content search reads, as plain data, so the build and the benchmark can both provide it. */
export interface SearchContent {
  lessons: { id: string; data: Pick<LessonFrontmatter, 'title' | 'objectives' | 'vocabulary' | 'track' | 'order'>; body: string }[];
  /** Culture modules; `id` is `<locale>/<slug>`. */
  culture: { id: string; data: { title: string; summary: string; order: number; vocabulary: string[] }; body: string }[];
  /** The word bank; `topic` is the word's picture-dictionary topic (its vocabulary file). */
  words: (VocabularyEntry & { topic?: string })[];
}

export interface FieldSpec {
  name: string;
  /** How much a match in this field counts, against a match in the body text (1). */
  boost: number;
}

/**
 * The index fields for one help language, `<role>_<language>`. Titles count most, then
 * the words a page teaches and their meanings, then running text.
 */
export function searchFields(locale: Locale): FieldSpec[] {
  const other = glossLocales.filter((l) => l !== locale);
  return [
    { name: `title_${locale}`, boost: 10 },
    ...(locale === 'bg' ? [] : [{ name: 'title_bg', boost: 8 }]),
    { name: 'title_la', boost: 6 },
    { name: 'words_bg', boost: 4 },
    { name: 'words_la', boost: 3 },
    ...(locale === 'bg' ? [] : [{ name: `gloss_${locale}`, boost: 4 }]),
    ...other.map((l) => ({ name: `gloss_${l}`, boost: 2 })),
    { name: `text_${locale}`, boost: 1 },
    ...(locale === 'bg' ? [] : [{ name: 'text_bg', boost: 1 }]),
  ];
}

export interface SearchDocument {
  /** Field name → text; fields a document does not have are left out. */
  fields: Record<string, string>;
  stored: StoredDoc;
}

const join = (parts: readonly (string | undefined)[]) => parts.filter(Boolean).join('\n');

/**
 * Help-language text split into its own words and the [Bulgarian] words quoted in it,
 * which are indexed as Bulgarian. On Bulgarian pages both are Bulgarian.
 */
function splitQuoted(text: string, locale: Locale): { own: string; bulgarian: string } {
  const parts = bulgarianSpans(text);
  if (locale === 'bg') return { own: parts.map((p) => p.text).join(''), bulgarian: '' };
  return {
    own: parts
      .filter((p) => !p.bulgarian)
      .map((p) => p.text)
      .join(' '),
    bulgarian: parts
      .filter((p) => p.bulgarian)
      .map((p) => p.text)
      .join(' '),
  };
}

/** A word's written forms: the word and its plural, without stress marks. */
const forms = (entry: VocabularyEntry) => join([entry.bg, entry.plural && foldStress(entry.plural)]);

/**
 * Parsed bodies, kept per content object: the site builds the index once per help
 * language from the same content, and parsing MDX is the slow part.
 */
const parsedBodies = new WeakMap<SearchContent, Map<string, MdxText>>();

export function searchDocuments(content: SearchContent, locale: Locale): SearchDocument[] {
  const bank = new Map(content.words.map((w) => [w.id, w]));
  if (!parsedBodies.has(content)) parsedBodies.set(content, new Map());
  const parsed = parsedBodies.get(content) as Map<string, MdxText>;
  const parse = (body: string) => {
    let text = parsed.get(body);
    if (!text) {
      // A <Word> reads as the Bulgarian word, marked as Bulgarian.
      text = mdxText(body, (id) => (bank.has(id) ? `[${bank.get(id)?.stressed}]` : undefined));
      parsed.set(body, text);
    }
    return text;
  };
  const resolve = (ids: readonly string[]) => [...new Set(ids)].flatMap((id) => bank.get(id) ?? []);
  const wordsList = (entries: readonly VocabularyEntry[]): StoredText[] =>
    entries.length === 0
      ? []
      : [
          ['bg', entries.map((w) => w.stressed).join(' · '), ['words_bg']],
          ...(locale === 'bg' ? [] : [[locale, entries.map((w) => w.gloss[locale]).join(' · '), [`gloss_${locale}`]] as StoredText]),
        ];
  const wordFields = (entries: readonly VocabularyEntry[]) => ({
    words_bg: join(entries.map(forms)),
    words_la: join(entries.map(forms)),
    ...(locale === 'bg' ? {} : { [`gloss_${locale}`]: join(entries.map((w) => w.gloss[locale])) }),
  });
  const docs: SearchDocument[] = [];
  /** A text in the help language shows its own matches and those of the [Bulgarian] quoted in it. */
  const ownFields = locale === 'bg' ? ['text_bg'] : [`text_${locale}`, 'text_bg'];
  /** The first lesson (in catalogue order), else the first guide, that teaches each word. */
  const taughtIn = new Map<string, string>();

  for (const { lessons } of groupByTrack(content.lessons)) {
    for (const lesson of lessons) {
      const body = parse(lesson.body);
      const words = resolve([...lesson.data.vocabulary, ...body.wordIds]);
      const url = routes.lesson(locale, lesson.id);
      // A lesson teaches the words of its frontmatter (its "Words in this lesson"); an
      // exercise may use others, as a quiz's wrong answers, which it does not teach.
      lesson.data.vocabulary.forEach((id) => taughtIn.has(id) || taughtIn.set(id, url));
      const objectives = (l: Locale) => lesson.data.objectives.map((o) => o[l]);
      const helpText = (l: Locale) => body.localized.flatMap((texts) => texts[l] ?? []);
      const own = join([...objectives(locale), ...helpText(locale), ...body.prose]);
      const quoted = splitQuoted(own, locale);
      const bulgarian = locale === 'bg' ? '' : join([...objectives('bg'), ...helpText('bg')]);
      docs.push({
        fields: {
          [`title_${locale}`]: lesson.data.title[locale],
          ...(locale === 'bg' ? {} : { title_bg: lesson.data.title.bg }),
          title_la: lesson.data.title.bg,
          ...wordFields(words),
          [`text_${locale}`]: quoted.own,
          ...(locale === 'bg' ? {} : { text_bg: join([bulgarian, quoted.bulgarian]) }),
        },
        stored: {
          kind: 'lesson',
          url,
          title: [locale, lesson.data.title[locale]],
          ...(locale === 'bg' ? {} : { titleBg: lesson.data.title.bg }),
          texts: [[locale, own, ownFields], ...(bulgarian ? [['bg', bulgarian, ['text_bg']] as StoredText] : []), ...wordsList(words)],
        },
      });
    }
  }

  const bulgarianModules = new Map(content.culture.filter((m) => cultureLocale(m.id) === 'bg').map((m) => [cultureSlug(m.id), m]));
  const modules = content.culture.filter((m) => cultureLocale(m.id) === locale).sort((a, b) => a.data.order - b.data.order);
  for (const module of modules) {
    const slug = cultureSlug(module.id);
    const inBulgarian = bulgarianModules.get(slug);
    const body = parse(module.body);
    const words = resolve([...module.data.vocabulary, ...body.wordIds]);
    const url = routes.cultureModule(locale, slug);
    words.forEach((w) => taughtIn.has(w.id) || taughtIn.set(w.id, url));
    const own = join([module.data.summary, ...body.prose]);
    const quoted = splitQuoted(own, locale);
    const bulgarianSummary = locale === 'bg' ? '' : (inBulgarian?.data.summary ?? '');
    docs.push({
      fields: {
        [`title_${locale}`]: module.data.title,
        ...(locale === 'bg' ? {} : { title_bg: inBulgarian?.data.title ?? '' }),
        title_la: locale === 'bg' ? module.data.title : (inBulgarian?.data.title ?? ''),
        ...wordFields(words),
        [`text_${locale}`]: quoted.own,
        ...(locale === 'bg' ? {} : { text_bg: join([bulgarianSummary, quoted.bulgarian]) }),
      },
      stored: {
        kind: 'culture',
        url,
        title: [locale, module.data.title],
        ...(locale !== 'bg' && inBulgarian ? { titleBg: inBulgarian.data.title } : {}),
        texts: [[locale, own, ownFields], ...wordsList(words)],
      },
    });
  }

  // A word leads to the first lesson that teaches it, else a guide that uses it, else its
  // page of the picture dictionary.
  const url = (entry: SearchContent['words'][number]) =>
    taughtIn.get(entry.id) ?? (entry.topic ? routes.dictionaryTopic(locale, entry.topic) : undefined);
  for (const entry of content.words) {
    const otherGlosses = glossLocales.filter((l) => l !== locale);
    docs.push({
      fields: {
        ...(locale === 'bg' ? {} : { [`title_${locale}`]: entry.gloss[locale] }),
        title_bg: forms(entry),
        title_la: forms(entry),
        ...Object.fromEntries(otherGlosses.map((l) => [`gloss_${l}`, entry.gloss[l]])),
        ...(locale === 'bg' ? {} : { [`text_${locale}`]: entry.example?.gloss[locale] ?? '' }),
        text_bg: entry.example?.stressed ?? '',
      },
      stored: {
        kind: 'word',
        ...(url(entry) ? { url: url(entry) } : {}),
        title: locale === 'bg' ? ['bg', entry.stressed] : [locale, entry.gloss[locale]],
        ...(locale === 'bg' ? {} : { titleBg: entry.stressed }),
        translit: entry.translit,
        ...(entry.picture ? { picture: pictureUrl(entry.picture) } : {}),
        audio: wordAudioUrl(entry),
        texts: [
          ...(entry.example && locale !== 'bg' ? [[locale, entry.example.gloss[locale], [`text_${locale}`]] as StoredText] : []),
          ...(entry.example ? [['bg', entry.example.stressed, ['text_bg']] as StoredText] : []),
          ...(entry.plural ? [['bg', entry.plural, ['title_bg']] as StoredText] : []),
          ...otherGlosses.map((l) => [l, entry.gloss[l], [`gloss_${l}`]] as StoredText),
        ],
      },
    });
  }
  return docs;
}
