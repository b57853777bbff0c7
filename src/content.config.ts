/**
 * The collections Astro builds pages from. The schemas themselves live in
 * lib/content/schema.ts so that tests can use them; here they are wired to loaders
 * that report mistakes by file and field, with the same checks as the project's reader
 * for scripts and tests (lib/content/read-files.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection, type z } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { lessonFrontmatter, cultureFrontmatter, pathFile, tutorHelpFrontmatter, vocabularyEntry } from './lib/content/schema';
import { checkContent, readWordBank } from './lib/content/read-files';
import { ContentError } from './lib/content/errors';
import { missingPicture } from './lib/content/openmoji-files';

/**
 * Wraps a glob loader so that a frontmatter mistake is reported with the file's path,
 * the field and what was expected (read-files.ts), before Astro's own (less specific) check;
 * with `checkPictureFile`, also a `picture` whose file does not exist.
 */
function checkedGlob(options: { pattern: string; base: string }, schema: z.ZodTypeAny, checkPictureFile = false): Loader {
  const inner = glob(options);
  return {
    name: `checked-${inner.name}`,
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          // Astro gives the absolute path; messages name it from the project's root.
          const file = props.filePath ? path.relative(fileURLToPath(context.config.root), props.filePath) : `${options.base}/${props.id}`;
          const named = file.split(path.sep).join('/');
          const data = checkContent(named, schema, props.data) as { picture?: string };
          // As for the words' pictures (vocabulary-loader.ts): the file must exist.
          const problem = checkPictureFile && data.picture ? missingPicture(data.picture, fileURLToPath(context.config.root)) : undefined;
          if (problem) throw new ContentError(`${named}: ${problem}`);
          return context.parseData(props);
        },
      }),
  };
}

const vocabulary = defineCollection({
  loader: {
    name: 'vocabulary-yaml',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const { file, entry } of await readWordBank()) {
        const data = await parseData({ id: entry.id, data: entry });
        store.set({ id: entry.id, data, filePath: file });
      }
    },
  },
  schema: vocabularyEntry,
});

const lessons = defineCollection({
  // ZDRAVEI_LESSONS_DIR: another folder of lessons, for the build-time benchmark's
  // generated catalogues (scripts/bench/build-time.ts); unset, content/lessons.
  loader: checkedGlob({ pattern: '**/*.mdx', base: process.env.ZDRAVEI_LESSONS_DIR ?? './content/lessons' }, lessonFrontmatter, true),
  schema: lessonFrontmatter,
});

const culture = defineCollection({
  loader: checkedGlob({ pattern: '**/*.mdx', base: './content/culture' }, cultureFrontmatter),
  schema: cultureFrontmatter,
});

const paths = defineCollection({
  loader: checkedGlob({ pattern: '*.yaml', base: './content/paths' }, pathFile),
  schema: pathFile,
});

/** The tutor's help, one MDX file a help language: `id` is the locale. */
const tutorHelp = defineCollection({
  loader: checkedGlob({ pattern: '*.mdx', base: './content/tutor-help' }, tutorHelpFrontmatter),
  schema: tutorHelpFrontmatter,
});

export const collections = { vocabulary, lessons, culture, paths, tutorHelp };
