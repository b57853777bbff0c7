/**
 * What every exercise wrapper works out at build time: the page's locale and direction,
 * the lesson file (for error messages), the exercise's stable id `track/slug#<id>`, its
 * props checked against its schema (lib/content/exercise-props.ts) and its UI strings.
 * Two exercises with the same id in one lesson fail the build, since their progress
 * would mix.
 */
import type { AstroGlobal } from 'astro';
import type { z } from 'astro/zod';
import { pickStrings, type UIKey } from '../../i18n';
import { textDirection, type Locale } from '../../lib/i18n/locales';
import { routes } from '../../lib/routes';
import { ContentError, describeIssue, fieldPath } from '../../lib/content/errors';
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

/** How a wrapper words its props' mistakes, one line each. */
export type IssueWording = (file: string, tag: string, error: z.ZodError) => string;

/** `<file>: field <Tag> <prop>: <what was expected>`, as for an unknown word id. */
export const fieldIssues: IssueWording = (file, tag, error) =>
  error.issues.map((issue) => `${file}: field ${tag} ${fieldPath(issue.path)}: ${describeIssue(issue)}`).join('\n');

/** An exercise's props checked against its schema; a mistake fails the build, naming the file and the prop. */
export function checkProps<Schema extends z.ZodTypeAny>(
  file: string,
  tag: string,
  schema: Schema,
  props: unknown,
  wording: IssueWording = fieldIssues,
): z.output<Schema> {
  const parsed = schema.safeParse(props);
  if (parsed.success) return parsed.data;
  throw new ContentError(wording(file, tag, parsed.error));
}

/**
 * What every exercise wrapper starts with: its context, its props checked, its UI
 * strings, and what its island receives besides its content (`island`, to spread).
 * `derivedId` is the id when the author gives none.
 */
export function exerciseSetup<Schema extends z.ZodTypeAny, Key extends UIKey>(
  Astro: AstroGlobal,
  tag: string,
  schema: Schema,
  stringKeys: readonly Key[],
  derivedId: string,
  wording?: IssueWording,
) {
  const context = exerciseContext(Astro, Astro.props.id, derivedId);
  const props = checkProps(context.file, tag, schema, Astro.props, wording);
  const strings = pickStrings(context.locale, stringKeys);
  return { context, props, island: { exerciseId: context.exerciseId, strings, dir: context.dir, learnersUrl: context.learnersUrl } };
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
