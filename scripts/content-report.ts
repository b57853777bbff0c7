/**
 * `npm run content:report`: how complete the content is. The build already fails on
 * contract errors; this lists what is merely incomplete: lessons per track and level
 * against the curriculum's minimums, words without an example, picture or audio, words
 * never practised in an exercise, lessons with fewer than two exercise kinds, and guides
 * for families missing a language. Always exits 0 on valid content: it informs, it does
 * not gate. Run by scripts/run-ts.mjs; content is read and checked by lib/content/read-files.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { readContent } from '../src/lib/content/read-files';
import { levels, type Track } from '../src/lib/content/schema';
import { glossLocales, locales } from '../src/lib/i18n/locales';

// The second year's curriculum: the survival language, history with its people, traditions and nature grown.
const minimums: Record<Track, number> = { alphabet: 6, language: 26, school: 8, nature: 8, history: 12, traditions: 10 };
const exerciseKinds = ['Flashcards', 'ListenAndChoose', 'MatchPairs', 'Quiz', 'TypeWhatYouHear', 'WordOrder', 'AlphabetExplorer'];

const content = await readContent();
const words = content.words.map(({ entry, topic }) => ({ ...entry, topic }));
const ids = new Set(words.map((w) => w.id));
const manifest = JSON.parse(readFileSync('public/audio/manifest.json', 'utf8')) as Record<string, string>;

// Lessons: the exercise components of the parsed MDX body, and the word ids they use.
const mdx = unified().use(remarkParse).use(remarkMdx);
/** Every string literal in a JSX attribute's expression: word ids in words={[…]} and in quiz options. */
function literals(node: unknown, out: string[] = []): string[] {
  if (!node || typeof node !== 'object') return out;
  if ('type' in node && node.type === 'Literal' && 'value' in node && typeof node.value === 'string') out.push(node.value);
  for (const value of Object.values(node)) if (value && typeof value === 'object') literals(value, out);
  return out;
}
const lessons = content.lessons.map(({ id, data, body }) => {
  const kinds = new Set<string>();
  const practised = new Set<string>();
  visit(mdx.parse(body), (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && exerciseKinds.includes(node.name ?? '')) {
      kinds.add(node.name ?? '');
      for (const attribute of node.attributes) {
        const estree = typeof attribute.value === 'object' ? attribute.value?.data?.estree : undefined;
        for (const value of literals(estree)) if (ids.has(value)) practised.add(value);
      }
    }
  });
  return { id, ...data, kinds: [...kinds], practised };
});
const practised = new Set(lessons.flatMap((l) => [...l.practised]));

// Guides for families: a file name in any language should exist in every language.
const guideFiles = new Set(content.culture.map((guide) => path.basename(guide.file)));
const hasGuide = new Set(content.culture.map((guide) => guide.id));
const missingCulture = [...guideFiles].flatMap((name) =>
  locales.filter((l) => !hasGuide.has(`${l}/${name.replace(/\.mdx$/, '')}`)).map((l) => `${l}/${name}`),
);

const list = (items: string[], limit = 40) =>
  items.length === 0 ? 'none' : items.slice(0, limit).join(', ') + (items.length > limit ? `, … (${items.length - limit} more)` : '');
const lines = ['# Content report', ''];
lines.push('## Lessons', '', `| track | lessons | minimum | ${levels.join(' | ')} |`, '|---|---|---|---|---|---|---|');
for (const [track, minimum] of Object.entries(minimums)) {
  const inTrack = lessons.filter((l) => l.track === track);
  const byLevel = levels.map((level) => inTrack.filter((l) => l.level === level).length);
  lines.push(`| ${track} | ${inTrack.length}${inTrack.length < minimum ? ' (below)' : ''} | ${minimum} | ${byLevel.join(' | ')} |`);
}
lines.push('', `Total: ${lessons.length} lessons.`);
lines.push(`Lessons without exercises: ${list(lessons.filter((l) => l.kinds.length === 0).map((l) => l.id))}`);
lines.push(`Lessons with fewer than two exercise kinds: ${list(lessons.filter((l) => l.kinds.length === 1).map((l) => l.id))}`);
const missingMinutes = lessons.filter((l) => !(l.minutes >= 10 && l.minutes <= 20)).map((l) => l.id);
lines.push(`Lessons outside 10–20 minutes: ${list(missingMinutes)}`);

lines.push('', '## Word bank', '');
lines.push(
  `Words: ${words.length} in ${new Set(words.map((w) => w.topic)).size} topics; with an example sentence: ${words.filter((w) => w.example).length}.`,
);
lines.push(`Missing glosses: ${list(words.filter((w) => glossLocales.some((l) => !w.gloss[l])).map((w) => w.id))}`);
lines.push(
  `Missing audio: ${list(words.flatMap((w) => [...(w.audio || manifest[`words/${w.id}.mp3`] ? [] : [w.id]), ...(!w.example || manifest[`examples/${w.id}.mp3`] ? [] : [`${w.id} (example)`])]))}`,
);
// Letters show themselves; the pictures of people (Levski, Botev) are left out on purpose.
const withoutPicture = words.filter((w) => !w.picture && w.pos !== 'letter').map((w) => w.id);
lines.push(`Without a picture (letters aside) (${withoutPicture.length}): ${list(withoutPicture)}`);
const nounsWithoutPlural = words.filter((w) => w.pos === 'noun' && !w.plural && !w.noPlural).map((w) => w.id);
lines.push(`Nouns without a plural or a reason for none: ${list(nounsWithoutPlural)}`);
const never = words.filter((w) => !practised.has(w.id) && w.pos !== 'letter').map((w) => w.id);
lines.push(`Never practised in an exercise (${never.length}): ${list(never)}`);

lines.push('', '## Guides for families', '');
lines.push(`Guides: ${guideFiles.size}. Missing a language: ${list(missingCulture)}`);

lines.push('', '## Paths', '');
for (const { file, data } of content.paths) {
  const unknown = data.lessons.filter((id) => !lessons.some((l) => l.id === id));
  lines.push(`- ${path.basename(file)}: ${data.lessons.length} lessons${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}`);
}
console.log(lines.join('\n'));
