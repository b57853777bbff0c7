/**
 * Build time as the catalogue grows: the real site, then catalogues of 250, 500 and 1,000
 * lessons made by copying the real lessons under new slugs (the same words, exercises and
 * five languages, so each page costs what a real one does). The copies go to a temporary
 * folder that the build reads through ZDRAVEI_LESSONS_DIR (src/content.config.ts), and the
 * site to a temporary output folder: content/ and dist/ are not touched. Every build clears
 * Astro's content cache first (`--force`): a build from scratch, as on a fresh clone, and
 * no cached entry of one catalogue can leak into the next. A generated catalogue's cache
 * is kept beside its lessons (astro.config.mjs) and removed with them (removeLessons).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const lessonsDir = path.resolve('content/lessons');

function realLessons(): { track: string; file: string }[] {
  return readdirSync(lessonsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((track) =>
      readdirSync(path.join(lessonsDir, track.name))
        .filter((f) => f.endsWith('.mdx'))
        .map((file) => ({ track: track.name, file })),
    );
}

/** A folder of `count` lessons: the real ones, then numbered copies of them in turn. */
export function generatedLessons(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), `zdravei-lessons-${count}-`));
  cpSync(lessonsDir, dir, { recursive: true });
  const real = realLessons();
  for (let n = real.length; n < count; n += 1) {
    const { track, file } = real[n % real.length]!;
    const copy = Math.floor(n / real.length);
    mkdirSync(path.join(dir, track), { recursive: true });
    writeFileSync(path.join(dir, track, file.replace(/\.mdx$/, `-copy-${copy}.mdx`)), readFileSync(path.join(lessonsDir, track, file)));
  }
  return dir;
}

/** Removes a generated catalogue and the content cache its build kept beside it. */
export function removeLessons(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}.astro-cache`, { recursive: true, force: true });
}

export interface BuildTime {
  lessons: number;
  pages: number;
  seconds: number;
}

/**
 * Builds the site, wall-clock seconds: with the lessons of `lessonsFolder` into a temporary
 * folder (removed after), or the real site into dist/ (kept, for the other measurements).
 */
export function timeBuild(lessonsFolder?: string): BuildTime {
  const outDir = lessonsFolder ? mkdtempSync(path.join(tmpdir(), 'zdravei-build-')) : path.resolve('dist');
  const start = process.hrtime.bigint();
  const log = execFileSync('npx', ['astro', 'build', '--force', '--outDir', outDir], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(lessonsFolder ? { ZDRAVEI_LESSONS_DIR: lessonsFolder } : {}) },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? Number.NaN);
  if (lessonsFolder) rmSync(outDir, { recursive: true, force: true });
  const lessons = lessonsFolder ? realLessonsIn(lessonsFolder) : realLessons().length;
  return { lessons, pages, seconds };
}

function realLessonsIn(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.mdx')).length;
}
