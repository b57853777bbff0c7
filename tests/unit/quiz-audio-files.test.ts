/**
 * Every quiz question of an A0 lesson (the pre-reader lessons) has its prompt spoken in
 * every help language: scripts/audio/quiz.ts finds the questions in the MDX, and each
 * has its file, named for the text as it is written now, recorded in the manifest (so
 * that a stale file is removed). When this fails after a prompt changed: `npm run audio`,
 * commit public/audio.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/i18n/locales';
import { quizJobs, quizQuestionTexts } from '../../scripts/audio/quiz';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'public/audio/manifest.json'), 'utf8')) as Record<string, string>;

describe('quizQuestionTexts', () => {
  it('reads each question’s prompt and hint from the MDX tree, of every <Quiz>, in order', () => {
    const body = [
      '# A lesson',
      '',
      '<Quiz',
      '  questions={[',
      '    { prompt: { en: "One?", ar: "واحد؟" }, options: [{ text: { en: "a" }, correct: true }], hint: { en: "Think of [едно]." } },',
      '    { prompt: { en: `Two?` }, options: [] },',
      '  ]}',
      '/>',
      '',
      'Some prose with [brackets] that is not a question.',
      '',
      '<Quiz id="again" questions={[{ prompt: { en: "Three?" }, options: [] }]} />',
    ].join('\n');
    expect(quizQuestionTexts(body)).toEqual([
      { prompt: { en: 'One?', ar: 'واحد؟' }, hint: { en: 'Think of [едно].' } },
      { prompt: { en: 'Two?' } },
      { prompt: { en: 'Three?' } },
    ]);
  });

  it('finds nothing where there is no quiz', () => {
    expect(quizQuestionTexts('<Flashcards words={["kotka"]} />\n\nText.')).toEqual([]);
  });
});

describe('the spoken quiz questions of the A0 lessons', async () => {
  const jobs = await quizJobs(root);

  it('finds the questions of the A0 lessons, in every help language', () => {
    expect(jobs.length).toBeGreaterThan(50 * locales.length);
    for (const locale of locales) expect(jobs.some((job) => job.locale === locale)).toBe(true);
    expect(jobs.some((job) => job.id.startsWith('language/greetings question 1 prompt'))).toBe(true);
    expect(jobs.some((job) => job.id.startsWith('history/'))).toBe(false);
  });

  it('has a file for every prompt, made from the text as it is written now', () => {
    const missing = jobs
      .filter((job) => manifest[job.file] !== job.hash || !existsSync(path.join(root, 'public/audio', job.file)))
      .map((job) => job.id);
    expect(missing, 'run `npm run audio` and commit public/audio').toEqual([]);
  });
});
