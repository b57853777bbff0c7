/**
 * Every instruction, hint and feedback a child meets has generated audio in every help
 * language: the keys of every exercise island's string list and of the child's screens
 * are each spoken or knowingly silent (lib/audio/phrase-keys.ts), and each spoken one has
 * its file, named for the text as it is written now, in the manifest and the index the
 * browser reads. When this fails after a string changed: `npm run audio`, commit.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { ar } from '../../src/i18n/ar';
import { locales } from '../../src/lib/i18n/locales';
import { childFacingPrefixes, silentKeys, spokenKeys } from '../../src/lib/audio/phrase-keys';
import { spokenOverrides } from '../../src/lib/audio/spoken-overrides';
import { overrideMatches, spokenText, withoutPlaceholders } from '../../src/lib/audio/spoken-text';
import { phraseJobs } from '../../scripts/audio/phrases';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'public/audio/manifest.json'), 'utf8')) as Record<string, string>;
const indexOf = (locale: string) =>
  JSON.parse(readFileSync(path.join(root, `src/lib/audio/phrase-files/${locale}.json`), 'utf8')) as Record<string, string>;

/** The string lists every island exports (`listenAndChooseStringKeys`, …): new exercise kinds included. */
const islands = import.meta.glob<Record<string, unknown>>('../../src/islands/*.tsx', { eager: true });
const islandKeys = Object.values(islands).flatMap((module) =>
  Object.entries(module)
    .filter(([name, value]) => name.endsWith('StringKeys') && Array.isArray(value))
    .flatMap(([, value]) => value as string[]),
);
const childKeys = [
  ...new Set([...islandKeys, ...Object.keys(en)].filter((key) => childFacingPrefixes.some((prefix) => key.startsWith(prefix)))),
].sort();

describe('which strings are spoken', () => {
  it('finds the exercise islands’ string lists', () => {
    expect(islandKeys).toContain('listen.instruction');
    expect(islandKeys).toContain('order.instruction');
    expect(childKeys).toContain('review.intro');
  });

  it('has every child-facing key either spoken or knowingly silent, not both', () => {
    const classified = new Set<string>([...spokenKeys, ...silentKeys]);
    expect(childKeys.filter((key) => !classified.has(key))).toEqual([]);
    expect(spokenKeys.filter((key) => (silentKeys as readonly string[]).includes(key))).toEqual([]);
  });

  it('speaks every instruction and every piece of feedback', () => {
    const instructionsAndFeedback = childKeys.filter((key) => /(instruction\w*|intro|right|wrong\w*|almost|done|finished)$/i.test(key));
    expect(instructionsAndFeedback.length).toBeGreaterThan(15);
    expect(instructionsAndFeedback.filter((key) => !(spokenKeys as readonly string[]).includes(key))).toEqual([]);
  });
});

describe('the generated files', () => {
  const jobs = phraseJobs();

  it('has something to speak for every phrase in every language', () => {
    expect(jobs).toHaveLength(spokenKeys.length * locales.length);
    expect(jobs.filter((job) => !job.text).map((job) => `${job.locale}/${job.key}`)).toEqual([]);
  });

  it.each(locales)('has a file for every spoken phrase in %s, made from the text as it is written now', (locale) => {
    const index = indexOf(locale);
    const missing = jobs
      .filter((job) => job.locale === locale)
      .filter(
        (job) =>
          index[job.key] !== `/audio/${job.file}` ||
          manifest[job.file] !== job.hash ||
          !existsSync(path.join(root, 'public/audio', job.file)),
      )
      .map((job) => job.key);
    expect(missing, 'run `npm run audio` and commit public/audio and src/lib/audio/phrase-files').toEqual([]);
  });
});

describe('the spoken text', () => {
  it('leaves out a sentence with a value filled in at run time', () => {
    expect(withoutPlaceholders(en['review.finished'])).toBe('Finished!');
    expect(withoutPlaceholders(en['password.wait'])).toBe('Let’s wait a little.');
    expect(withoutPlaceholders(en['listen.instruction'])).toBe(en['listen.instruction']);
  });

  it('speaks Arabic with its vowel marks, from overrides that still match the written strings', () => {
    const stale = Object.keys(spokenOverrides.ar ?? {}).filter((key) => !overrideMatches('ar', key, ar[key as keyof typeof ar]));
    expect(stale, 'update lib/audio/spoken-overrides.ts for the changed Arabic strings').toEqual([]);
    expect(spokenText('ar', 'listen.instruction', ar['listen.instruction'])).toBe('اِسْتَمِعْ إِلَى الكَلِمَةِ، ثُمَّ الْمِسْ صُورَتَهَا.');
    expect(spokenKeys.filter((key) => !spokenOverrides.ar?.[key])).toEqual([]);
  });

  it('falls back to the written string when the override no longer matches it', () => {
    expect(spokenText('ar', 'listen.instruction', 'نص آخر.')).toBe('نص آخر.');
  });

  it('turns Persian and Arabic digits into digits every voice reads', () => {
    expect(spokenText('fa', 'x', 'روی ۳ تصویر بزن.')).toBe('روی 3 تصویر بزن.');
    expect(spokenText('ar', 'x', 'اضغط ٣ صور.')).toBe('اضغط 3 صور.');
  });
});
