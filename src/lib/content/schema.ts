/**
 * The content contract: what authors may write in `content/`. The build checks every
 * file against these schemas, and a mistake fails it naming the file and the field.
 * Plain zod (the same major version as `astro:content`), so tests can use it without Astro.
 */
import { z } from 'zod';
import { glossLocales, locales } from '../i18n/locales';

/** Text in every help language, Bulgarian included: titles and objectives. */
export const localizedText = z.object(
  Object.fromEntries(locales.map((l) => [l, z.string().trim().min(1)])) as Record<(typeof locales)[number], z.ZodString>,
);

/** A word's meaning in each help language other than Bulgarian. */
export const gloss = z.object(
  Object.fromEntries(glossLocales.map((l) => [l, z.string().trim().min(1)])) as Record<(typeof glossLocales)[number], z.ZodString>,
);

/**
 * Bulgarian letters, spaces and sentence punctuation, with optional stress marks.
 * Normalised to NFC, so ѐ typed as one character or as е + U+0300 is the same text.
 */
const bulgarianText = z
  .string()
  .trim()
  .min(1)
  .regex(/^(?:[\u0400-\u045F ,.!?:;\-–—„“"'…]|\u0300|\u0301)+$/u, 'expected Bulgarian (Cyrillic) text')
  .transform((text) => text.normalize('NFC'));

/**
 * A picture: an OpenMoji code such as 1F43B (node_modules/openmoji/data/openmoji.json),
 * `/pictures/<name>.svg` for one drawn in content/pictures/, or a path under public/.
 * The loaders check that the file exists (openmoji-files.ts `missingPicture`).
 */
export const picture = z.preprocess(
  // YAML reads an all-digit code such as 2705 as a number.
  (value) => (typeof value === 'number' ? String(value).padStart(4, '0') : value),
  z
    .string()
    .regex(
      /^([0-9A-F]{4,6}(-[0-9A-F]{4,6})*|\/.+\.(svg|png|webp))$/,
      'expected an OpenMoji code such as 1F43B or a path such as /pictures/x.svg',
    ),
);

export const vocabularyEntry = z
  .object({
    /** Stable ASCII id: exercises and progress refer to it, so it never changes. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case ASCII words joined by "-"'),
    /** The word or phrase as it is written, without stress marks. */
    bg: bulgarianText,
    /** The same with a grave accent (U+0300) on the stressed vowel of each word of two or more syllables, e.g. мѐчка. */
    stressed: bulgarianText,
    /** Part of speech. `phrase` is a fixed expression such as добро утро; `letter` a letter of the alphabet. */
    pos: z.enum([
      'noun',
      'verb',
      'adjective',
      'adverb',
      'pronoun',
      'numeral',
      'phrase',
      'interjection',
      'particle',
      'preposition',
      'conjunction',
      'letter',
    ]),
    /** Grammatical gender, for nouns. */
    gender: z.enum(['m', 'f', 'n']).optional(),
    /** Plural form with its stress mark, for nouns that have one. */
    plural: bulgarianText.optional(),
    /**
     * Why a noun has no `plural`: `uncountable` (вода, свобода, a school subject), `name`
     * (a place, a person, a feast, a month), `plural-only` (дънки, пари: the word is
     * already plural), `same` (фламинго, метро: the plural is written the same).
     */
    noPlural: z.enum(['uncountable', 'name', 'plural-only', 'same']).optional(),
    /** Meaning in each help language other than Bulgarian. */
    gloss,
    /** Latin letters by the official streamlined system; the build checks it against the word. */
    translit: z.string().trim().min(1),
    /** An OpenMoji code such as 1F43B; `/pictures/<name>.svg` for one drawn in content/pictures/; or a path under public/. */
    picture: picture.optional(),
    /** Audio file under public/, when a human recording replaces the generated one. */
    audio: z
      .string()
      .regex(/^\/audio\/.+\.(mp3|ogg)$/, 'expected a path such as /audio/words/x.mp3')
      .optional(),
    /** A short sentence that uses the word, with its stress marks and glosses. */
    example: z
      .object({
        /** The sentence with stress marks. */
        stressed: bulgarianText,
        /** Its meaning in each help language other than Bulgarian. */
        gloss,
      })
      .optional(),
  })
  .strict();
export type VocabularyEntry = z.infer<typeof vocabularyEntry>;

/** A vocabulary file: a list of entries on one topic. */
export const vocabularyFile = z.array(vocabularyEntry).min(1);

/** Where a fact comes from: an encyclopaedia, an official site, a book. */
export const source = z
  .object({
    /** The title of the article, page or book. */
    title: z.string().trim().min(1),
    /** Who published it. */
    publisher: z.string().trim().min(1),
    /** Where to read it: every fact can be checked by following its link. */
    url: z
      .string({ required_error: 'every source needs a link (url) where the fact can be checked' })
      .url()
      .regex(/^https?:\/\//, 'expected a web link (https:// or http://)'),
  })
  .strict();

export const tracks = ['alphabet', 'language', 'school', 'nature', 'history', 'traditions'] as const;
export type Track = (typeof tracks)[number];
/** Tracks that state facts about the country, which must name their sources. */
const factualTracks: ReadonlySet<Track> = new Set(['nature', 'history', 'traditions']);

export const levels = ['A0', 'A1.1', 'A1.2', 'A2'] as const;

export const lessonFrontmatter = z
  .object({
    /** The lesson's title in every help language. */
    title: localizedText,
    /** The track it belongs to; it must match the folder under content/lessons/. */
    track: z.enum(tracks),
    /** CEFR-style level, from A0 (first contact) to A2. */
    level: z.enum(levels),
    /** Position within its track, from 1. */
    order: z.number().int().positive(),
    /** How long a child takes, in minutes. */
    minutes: z.number().int().min(5).max(30),
    /**
     * The lesson's picture on its card in the catalogue and on a child's path, for children
     * who cannot read the title: often the picture of one of its words.
     */
    picture,
    /** Ids from the word bank (content/vocabulary/*.yaml) that the lesson teaches. */
    vocabulary: z.array(z.string()).min(1),
    /** What the child can do afterwards, in every help language. */
    objectives: z.array(localizedText).min(1),
    /** Where the facts come from: required for nature, history and traditions. */
    sources: z.array(source).default([]),
  })
  .strict()
  .superRefine((lesson, ctx) => {
    if (factualTracks.has(lesson.track) && lesson.sources.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: `a ${lesson.track} lesson must name at least one source` });
    }
  });
export type LessonFrontmatter = z.infer<typeof lessonFrontmatter>;

export const cultureFrontmatter = z
  .object({
    /** The module's title in this file's language. */
    title: z.string().trim().min(1),
    /** One or two sentences shown in the list of modules. */
    summary: z.string().trim().min(1),
    /** Position in the list of modules, from 1; the same in every language. */
    order: z.number().int().positive(),
    /** Word-bank ids of the Bulgarian words the module teaches, shown with audio. */
    vocabulary: z.array(z.string()).default([]),
    /** Where the facts come from. */
    sources: z.array(source).min(1),
  })
  .strict();

/** The tutor's help page, one file a help language (content/tutor-help/<locale>.mdx). */
export const tutorHelpFrontmatter = z
  .object({
    /** The page's title in this file's language. */
    title: z.string().trim().min(1),
    /** One or two sentences under the title. */
    summary: z.string().trim().min(1),
    /** The heading of the list of sections at the top ("Contents"). */
    contents: z.string().trim().min(1),
  })
  .strict();

export const pathFile = z
  .object({
    /** The path's name in every help language. */
    title: localizedText,
    /** Who it is for and what it covers, in every help language. */
    description: localizedText,
    /** Lesson ids (track/slug, as in the lesson's URL) in the order to take them. */
    lessons: z.array(z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/, 'expected a lesson id such as language/greetings')).min(1),
  })
  .strict();
