/**
 * `npm run content:report`: how complete the content is. The build already fails on
 * contract errors; this lists what is merely incomplete: lessons per track and level
 * against the curriculum's minimums, words without an example, picture or audio, words
 * never practised in an exercise, lessons with fewer than two exercise kinds, and guides
 * for families missing a language. Always exits 0: it informs, it does not gate.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';

const root = path.resolve(import.meta.dirname, '..');
const read = (file) => readFileSync(path.join(root, file), 'utf8');
const locales = ['bg', 'en', 'ar', 'fa', 'uk'];
const glossLocales = ['en', 'ar', 'fa', 'uk'];
const minimums = { alphabet: 6, language: 16, school: 4, nature: 5, history: 5, traditions: 6 };
const exerciseKinds = ['Flashcards', 'ListenAndChoose', 'MatchPairs', 'Quiz', 'TypeWhatYouHear', 'WordOrder', 'AlphabetExplorer'];

// The word bank.
const words = readdirSync(path.join(root, 'content/vocabulary'))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => (parseYaml(read(`content/vocabulary/${f}`)) ?? []).map((entry) => ({ ...entry, topic: f.replace('.yaml', '') })));
const ids = new Set(words.map((w) => w.id));
const manifest = JSON.parse(read('public/audio/manifest.json'));

// Lessons: frontmatter and the exercise components of the parsed MDX body.
const mdx = unified().use(remarkParse).use(remarkMdx);
function splitFrontmatter(text) {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  return match ? { data: parseYaml(match[1]), body: match[2] } : { data: {}, body: text };
}
/** Every string literal in a JSX attribute's expression: word ids in words={[…]} and in quiz options. */
function literals(node, out = []) {
  if (!node || typeof node !== 'object') return out;
  if (node.type === 'Literal' && typeof node.value === 'string') out.push(node.value);
  for (const value of Object.values(node)) if (value && typeof value === 'object') literals(value, out);
  return out;
}
const lessons = readdirSync(path.join(root, 'content/lessons'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const { data, body } = splitFrontmatter(read(`content/lessons/${file}`));
    const kinds = new Set();
    const practised = new Set();
    visit(mdx.parse(body), (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && exerciseKinds.includes(node.name)) {
        kinds.add(node.name);
        for (const attribute of node.attributes ?? []) {
          const estree = attribute.value?.data?.estree;
          for (const value of literals(estree)) if (ids.has(value)) practised.add(value);
        }
      }
    });
    return { id: file.replace(/\.mdx$/, ''), ...data, kinds: [...kinds], practised };
  });
const practised = new Set(lessons.flatMap((l) => [...l.practised]));

// Guides for families.
const cultureSlugs = new Set(
  locales.flatMap((l) => (existsSync(path.join(root, 'content/culture', l)) ? readdirSync(path.join(root, 'content/culture', l)) : [])),
);
const missingCulture = [...cultureSlugs].flatMap((slug) =>
  locales.filter((l) => !existsSync(path.join(root, 'content/culture', l, slug))).map((l) => `${l}/${slug}`),
);

const list = (items, limit = 40) =>
  items.length === 0 ? 'none' : items.slice(0, limit).join(', ') + (items.length > limit ? `, … (${items.length - limit} more)` : '');
const lines = ['# Content report', ''];
lines.push('## Lessons', '', '| track | lessons | minimum | A0 | A1.1 | A1.2 | A2 |', '|---|---|---|---|---|---|---|');
for (const [track, minimum] of Object.entries(minimums)) {
  const inTrack = lessons.filter((l) => l.track === track);
  const byLevel = ['A0', 'A1.1', 'A1.2', 'A2'].map((level) => inTrack.filter((l) => l.level === level).length);
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
lines.push(`Missing glosses: ${list(words.filter((w) => glossLocales.some((l) => !w.gloss?.[l])).map((w) => w.id))}`);
lines.push(
  `Missing audio: ${list(words.flatMap((w) => [...(w.audio || manifest[`words/${w.id}.mp3`] ? [] : [w.id]), ...(!w.example || manifest[`examples/${w.id}.mp3`] ? [] : [`${w.id} (example)`])]))}`,
);
lines.push(`Without a picture (${words.filter((w) => !w.picture).length}): ${list(words.filter((w) => !w.picture).map((w) => w.id))}`);
const never = words.filter((w) => !practised.has(w.id) && w.pos !== 'letter').map((w) => w.id);
lines.push(`Never practised in an exercise (${never.length}): ${list(never)}`);

lines.push('', '## Guides for families', '');
lines.push(`Guides: ${cultureSlugs.size}. Missing a language: ${list(missingCulture)}`);

lines.push('', '## Paths', '');
for (const file of readdirSync(path.join(root, 'content/paths')).filter((f) => f.endsWith('.yaml'))) {
  const p = parseYaml(read(`content/paths/${file}`));
  const unknown = p.lessons.filter((id) => !lessons.some((l) => l.id === id));
  lines.push(`- ${file}: ${p.lessons.length} lessons${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}`);
}
console.log(lines.join('\n'));
