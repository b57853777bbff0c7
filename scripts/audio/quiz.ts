/**
 * The spoken quiz questions `npm run audio` makes: the prompt of every <Quiz> question in
 * a lesson at level A0 (the pre-reader lessons, lib/exercises/form.ts), in every help
 * language, named as lib/audio/quiz-audio.ts says. Shared by scripts/generate-audio.ts
 * and tests/unit/quiz-audio-files.test.ts, so that the test looks for exactly the file the
 * generator makes and the quiz's wrapper links to. The questions are read from the MDX
 * tree (remark-mdx, as lib/search/mdx-text.ts does), never with regular expressions.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { readLessons } from '../../src/lib/content/read-files';
import { locales, type Locale } from '../../src/lib/i18n/locales';
import { quizAudio, type QuizAudio } from '../../src/lib/audio/quiz-audio';

/** The level whose quizzes are spoken. */
export const spokenQuizLevel = 'A0';

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

interface Estree {
  type: string;
  body?: Estree[];
  expression?: Estree;
  elements?: (Estree | null)[];
  properties?: Estree[];
  key?: Estree & { name?: string };
  value?: unknown;
  computed?: boolean;
  expressions?: Estree[];
  quasis?: { value: { cooked?: string | null } }[];
}

/** A literal value of the estree (objects, arrays, strings, numbers, booleans); anything computed is undefined. */
function literal(node: Estree | null | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'Program':
      return literal(node.body?.[0]);
    case 'ExpressionStatement':
      return literal(node.expression);
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      return node.expressions?.length === 0 ? (node.quasis?.[0]?.value.cooked ?? undefined) : undefined;
    case 'ArrayExpression':
      return (node.elements ?? []).map(literal);
    case 'ObjectExpression':
      return Object.fromEntries(
        (node.properties ?? [])
          .filter((property) => property.type === 'Property' && !property.computed)
          .map((property) => [property.key?.name ?? String(property.key?.value), literal(property.value as Estree)]),
      );
    default:
      return undefined;
  }
}

export type Localized = Partial<Record<Locale, string>>;

export interface QuizQuestionTexts {
  prompt: Localized;
  hint?: Localized;
}

/** The texts of each question of each <Quiz> in an MDX body, in order. */
export function quizQuestionTexts(body: string): QuizQuestionTexts[] {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as Node;
  const questions: QuizQuestionTexts[] = [];
  const visit = (node: Node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Quiz') {
      const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'questions');
      const value = attribute?.value as { data?: { estree?: Estree } } | undefined;
      const list = literal(value?.data?.estree);
      for (const question of Array.isArray(list) ? list : []) {
        const { prompt, hint } = (question ?? {}) as { prompt?: Localized; hint?: Localized };
        if (prompt) questions.push({ prompt, ...(hint ? { hint } : {}) });
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return questions;
}

export interface QuizJob extends QuizAudio {
  locale: Locale;
  /** For messages: `language/greetings question 1 prompt (ar)`. */
  id: string;
}

/** Every spoken prompt of every A0 lesson's quiz in every help language, each file once. */
export async function quizJobs(root = process.cwd()): Promise<QuizJob[]> {
  const lessons = await readLessons(root);
  const jobs = new Map<string, QuizJob>();
  for (const lesson of lessons.filter((l) => l.data.level === spokenQuizLevel)) {
    quizQuestionTexts(lesson.body).forEach((question, q) => {
      for (const locale of locales) {
        const written = question.prompt[locale];
        if (!written) continue;
        const audio = quizAudio(locale, written);
        if (!jobs.has(audio.file)) jobs.set(audio.file, { ...audio, locale, id: `${lesson.id} question ${q + 1} prompt (${locale})` });
      }
    });
  }
  return [...jobs.values()];
}
