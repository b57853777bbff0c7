/**
 * What every exercise wrapper works out at build time: the page's locale and direction,
 * the lesson file (for error messages), and the exercise's stable id
 * `track/slug#<id>`. Two exercises with the same id in one lesson fail the build, since
 * their progress would mix.
 */
import type { AstroGlobal } from 'astro';
import { textDirection, type Locale } from '../../lib/i18n/locales';
import { routes } from '../../lib/routes';
import { ContentError } from '../../lib/content/errors';
import type { VocabularyEntry } from '../../lib/content/schema';

export interface ExerciseContext {
  locale: Locale;
  lessonId: string;
  /** The lesson's file, for messages: content/lessons/<track>/<slug>.mdx. */
  file: string;
  exerciseId: string;
  dir: 'ltr' | 'rtl';
  learnersUrl: string;
}

type Locals = { exerciseIds?: Set<string> };

export function exerciseContext(Astro: AstroGlobal, id: string | undefined, derived: string): ExerciseContext {
  const locale = Astro.params.locale as Locale;
  const lessonId = `${Astro.params.track}/${Astro.params.slug}`;
  const file = `content/lessons/${lessonId}.mdx`;
  const own = id ?? derived;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(own)) {
    throw new ContentError(`${file}: exercise id "${own}" (expected lower-case ASCII words joined by "-", such as listen-greetings)`);
  }
  const exerciseId = `${lessonId}#${own}`;
  const locals = Astro.locals as Locals;
  locals.exerciseIds ??= new Set();
  if (locals.exerciseIds.has(exerciseId)) {
    throw new ContentError(`${file}: two exercises have the id "${own}" (give one of them its own id="…")`);
  }
  locals.exerciseIds.add(exerciseId);
  return { locale, lessonId, file, exerciseId, dir: textDirection(locale), learnersUrl: routes.learners(locale) };
}

/** Fails the build unless an exercise lists enough words. */
export function requireCount(file: string, field: string, ids: readonly string[] | undefined, min: number): void {
  if (!Array.isArray(ids) || ids.length < min) {
    throw new ContentError(`${file}: field ${field}: expected a list of at least ${min} word ids, found ${ids?.length ?? 'none'}`);
  }
}

/** Fails the build when a word lacks what the exercise shows (a picture, an example sentence). */
export function requireEach(
  file: string,
  field: string,
  entries: readonly VocabularyEntry[],
  has: (entry: VocabularyEntry) => boolean,
  what: string,
): void {
  const problems = entries.flatMap((entry, i) => (has(entry) ? [] : [`${file}: field ${field}[${i}]: word "${entry.id}" has no ${what}`]));
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
}
