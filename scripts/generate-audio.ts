/**
 * `npm run audio`: an MP3 for every word and example sentence in the word bank, made
 * with espeak-ng (voice bg) and encoded in JavaScript, and for every spoken UI phrase
 * (lib/audio/phrase-keys.ts) in every help language, with that language's voice. Files
 * are committed. A text is synthesised again only when it (or this generator's version)
 * changed, as recorded in public/audio/manifest.json. Words with a human recording
 * (`audio:`) are skipped. Phrase files are named by key and a hash of the spoken text;
 * lib/audio/phrase-files/<locale>.json maps each key to its file for the browser. The
 * prompt of every quiz question of an A0 lesson is spoken too, in every help language
 * (scripts/audio/quiz.ts), in public/audio/quiz/<locale>/, named by a hash of its text.
 * Run by scripts/run-ts.mjs; the word bank is read and checked by lib/content/read-files.ts,
 * and each text is synthesised in a child process (scripts/audio/synthesise.mjs).
 *
 *   npm run audio            only what changed
 *   npm run audio -- --all   everything
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { readWordBank } from '../src/lib/content/read-files';
import { locales } from '../src/lib/i18n/locales';
import { phraseJobs, textHash } from './audio/phrases';
import { quizJobs } from './audio/quiz';
import { sentenceTiles, tileAudioFile, tileSpokenText } from '../src/lib/audio/tile-audio';
import { normalise } from '../src/lib/exercises/answer-check';

const run = promisify(execFile);
const root = process.cwd();
const audioDir = path.join(root, 'public', 'audio');
const manifestFile = path.join(audioDir, 'manifest.json');
const phraseIndexDir = path.join(root, 'src', 'lib', 'audio', 'phrase-files');
const parallel = 2;

const manifest: Record<string, string> = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
const all = process.argv.includes('--all');

/** Every text to speak: file relative to public/audio, stressed text, and how to name it in a message. */
interface Job {
  file: string;
  text: string;
  id: string;
  /** espeak-ng's voice: `bg` (with the word bank's stress) for words, the help language for phrases. */
  voice: string;
  /** A UI phrase: spoken as written, without the word bank's stress marks. */
  phrase?: boolean;
  /** The text is SSML (a quiz question): its Bulgarian spans in the Bulgarian voice. */
  ssml?: boolean;
}
const jobs: Job[] = [];
const wordBank = await readWordBank();
for (const { entry } of wordBank) {
  if (!entry.audio) jobs.push({ file: `words/${entry.id}.mp3`, text: entry.stressed, id: entry.id, voice: 'bg' });
  if (entry.example)
    jobs.push({ file: `examples/${entry.id}.mp3`, text: entry.example.stressed, id: `${entry.id} (example)`, voice: 'bg' });
}
// Each tile of an example sentence that is not itself a word of the bank (which has its
// file already), for the pre-reader word order: lib/audio/tile-audio.ts.
const bankForms = new Set(wordBank.map(({ entry }) => normalise(entry.bg)));
const tileFiles = new Set<string>();
for (const { entry } of wordBank) {
  for (const tile of entry.example ? sentenceTiles(entry.example.stressed) : []) {
    const file = tileAudioFile(tile);
    if (bankForms.has(normalise(tile)) || tileFiles.has(file)) continue;
    tileFiles.add(file);
    jobs.push({ file, text: tileSpokenText(tile), id: `tile "${tile}" (${entry.id})`, voice: 'bg' });
  }
}

/** Words keep the hash of their text; a phrase's voice is part of what it says. */
const jobHash = (job: Job) => textHash(job.phrase ? `${job.voice}\n${job.text}` : job.text);

const failures: string[] = [];
const phraseIndex: Record<string, Record<string, string>> = Object.fromEntries(locales.map((locale) => [locale, {}]));
for (const phrase of phraseJobs()) {
  if (!phrase.text) {
    failures.push(`${phrase.locale}/${phrase.key}: nothing left to speak; give it a spoken version in lib/audio/spoken-overrides.ts`);
    continue;
  }
  jobs.push({ file: phrase.file, text: phrase.text, id: `${phrase.locale}/${phrase.key}`, voice: phrase.voice, phrase: true });
  phraseIndex[phrase.locale]![phrase.key] = `/audio/${phrase.file}`;
}

for (const quiz of await quizJobs(root)) {
  jobs.push({ file: quiz.file, text: quiz.text, id: `quiz ${quiz.id}`, voice: quiz.locale, phrase: true, ssml: true });
}

const todo = jobs.filter((job) => all || manifest[job.file] !== jobHash(job) || !existsSync(path.join(audioDir, job.file)));
console.log(`${jobs.length} texts (words, examples, phrases, quiz questions); ${todo.length} to synthesise.`);

let done = 0;
async function worker() {
  for (let job = todo.shift(); job; job = todo.shift()) {
    try {
      await run(
        process.execPath,
        [
          path.join(root, 'scripts', 'audio', 'synthesise.mjs'),
          job.text,
          path.join(audioDir, job.file),
          ...(job.phrase ? [job.voice] : []),
          ...(job.ssml ? ['ssml'] : []),
        ],
        {
          timeout: 60_000,
        },
      );
      manifest[job.file] = jobHash(job);
      done++;
    } catch (error) {
      const { stderr, message } = error as { stderr?: string; message: string };
      failures.push(
        `${job.id}: ${String(stderr || message)
          .trim()
          .split('\n')
          .slice(-3)
          .join(' ')}`,
      );
    }
  }
}
await Promise.all(Array.from({ length: parallel }, worker));

// Forget files whose word left the word bank, and phrases and quiz questions whose text changed.
const wanted = new Set(jobs.map((job) => job.file));
for (const file of Object.keys(manifest)) {
  if (!wanted.has(file)) {
    delete manifest[file];
    rmSync(path.join(audioDir, file), { force: true });
  }
}
writeFileSync(manifestFile, `${JSON.stringify(Object.fromEntries(Object.entries(manifest).sort()), null, 2)}\n`);
mkdirSync(phraseIndexDir, { recursive: true });
for (const [locale, index] of Object.entries(phraseIndex)) {
  writeFileSync(path.join(phraseIndexDir, `${locale}.json`), `${JSON.stringify(index, null, 2)}\n`);
}
console.log(`Synthesised ${done}.`);
if (failures.length > 0) {
  console.error(`Could not synthesise ${failures.length}:\n${failures.join('\n')}`);
  process.exit(1);
}
