/**
 * `npm run audio`: an MP3 for every word and example sentence in the word bank, made
 * with espeak-ng (voice bg) and encoded in JavaScript. Files are committed. A word is
 * synthesised again only when its text (or this generator's version) changed, as
 * recorded in public/audio/manifest.json. Words with a human recording (`audio:`) are skipped.
 * Run by scripts/run-ts.mjs; the word bank is read and checked by lib/content/read-files.ts,
 * and each text is synthesised in a child process (scripts/audio/synthesise.mjs).
 *
 *   npm run audio            only what changed
 *   npm run audio -- --all   everything
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { readWordBank } from '../src/lib/content/read-files';

const run = promisify(execFile);
const root = process.cwd();
const audioDir = path.join(root, 'public', 'audio');
const manifestFile = path.join(audioDir, 'manifest.json');
/** Bump when the synthesis changes, so every file is made again. */
const generatorVersion = 2;
const parallel = 2;

const manifest: Record<string, string> = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
const all = process.argv.includes('--all');

/** Every text to speak: file relative to public/audio, stressed text, and how to name it in a message. */
interface Job {
  file: string;
  text: string;
  id: string;
}
const jobs: Job[] = [];
for (const { entry } of await readWordBank()) {
  if (!entry.audio) jobs.push({ file: `words/${entry.id}.mp3`, text: entry.stressed, id: entry.id });
  if (entry.example) jobs.push({ file: `examples/${entry.id}.mp3`, text: entry.example.stressed, id: `${entry.id} (example)` });
}

const hash = (text: string) => createHash('sha256').update(`${generatorVersion}\n${text}`).digest('hex').slice(0, 16);
const todo = jobs.filter((job) => all || manifest[job.file] !== hash(job.text) || !existsSync(path.join(audioDir, job.file)));
console.log(`${jobs.length} texts in the word bank; ${todo.length} to synthesise.`);

const failures: string[] = [];
let done = 0;
async function worker() {
  for (let job = todo.shift(); job; job = todo.shift()) {
    try {
      await run(process.execPath, [path.join(root, 'scripts', 'audio', 'synthesise.mjs'), job.text, path.join(audioDir, job.file)], {
        timeout: 60_000,
      });
      manifest[job.file] = hash(job.text);
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

// Forget files whose word left the word bank.
const wanted = new Set(jobs.map((job) => job.file));
for (const file of Object.keys(manifest)) {
  if (!wanted.has(file)) {
    delete manifest[file];
    rmSync(path.join(audioDir, file), { force: true });
  }
}
writeFileSync(manifestFile, `${JSON.stringify(Object.fromEntries(Object.entries(manifest).sort()), null, 2)}\n`);
console.log(`Synthesised ${done}.`);
if (failures.length > 0) {
  console.error(`Could not synthesise ${failures.length}:\n${failures.join('\n')}`);
  process.exit(1);
}
