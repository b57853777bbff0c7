/**
 * `npm run bench`: builds the site, measures it, and writes docs/BENCHMARKS.md with the
 * date and the machine. The numbers a budget names are reported, never asserted: timings
 * on a shared machine vary, and a flaky check helps no one. About 20–30 minutes.
 *
 *   npm run bench              everything
 *   npm run bench -- --quick   no generated catalogues, 3 rounds of the slow-profile timings (7 in full)
 */
import { execFileSync, execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generatedLessons, removeLessons, timeBuild, type BuildTime } from './build-time';
import { layoutShift, screenSizes } from './layout-shift';
import { lighthouseScores, type LighthouseScores } from './lighthouse';
import { pageWeight, type PageWeight } from './page-weight';
import { launchChromium, measureInTurns, measureSlow, median, slowProfile, type Measure } from './slow-profile';
import { serveStatic } from './static-server';

const quick = process.argv.includes('--quick');
/** Rounds of the slow-profile comparisons (the site, the bare page and the plain page in turns). */
const rounds = quick ? 3 : 7;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(2);

/** The page types, one URL each (the same as the end-to-end tests visit). */
const pageTypes: Record<string, string> = {
  home: '/en/',
  catalogue: '/en/lessons/',
  lesson: '/en/lessons/language/greetings/',
  'lesson, every exercise kind': '/en/lessons/alphabet/whole-alphabet/',
  'culture module': '/en/culture/baba-marta/',
  'culture module (ar)': '/ar/culture/baba-marta/',
  dictionary: '/en/dictionary/animals/',
  search: '/en/search/',
  learners: '/en/learners/',
  'child home': '/en/me/',
  review: '/en/review/',
  tutor: '/en/tutor/',
  'lesson (bg)': '/bg/lessons/language/greetings/',
  'lesson (ar)': '/ar/lessons/language/greetings/',
};

/** Layout shift is measured on every page type, and on the pages whose islands draw late. */
const layoutShiftPages: Record<string, string> = {
  ...pageTypes,
  'search with results': `/en/search/?q=${encodeURIComponent('мечка')}`,
  'search with results (ar)': `/ar/search/?q=${encodeURIComponent('мечка')}`,
  'tutor reports': '/en/tutor/reports/',
  'path link': '/en/path/',
};

const lighthousePages = [
  '/bg/',
  '/ar/',
  '/bg/lessons/language/greetings/',
  '/ar/lessons/language/greetings/',
  '/bg/culture/baba-marta/',
  '/ar/culture/baba-marta/',
  // The other page types, which the budget of 95 covers too.
  '/en/lessons/alphabet/whole-alphabet/',
  '/ar/lessons/alphabet/whole-alphabet/',
  '/en/search/',
  '/en/learners/',
  '/ar/learners/',
  '/ar/me/',
  '/ar/tutor/',
];

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const chromium = (() => {
    try {
      return execFileSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      return 'Chromium (version unknown)';
    }
  })();
  // The load average says how busy the machine was: timings from a busy one are slower.
  const load = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.type()} ${os.release()}, Node ${process.version}, ${chromium}; load average at the start ${load}`;
}

async function main() {
  const lines: string[] = [];
  const log = (line = '') => {
    lines.push(line);
    console.log(line);
  };

  console.log('Building the site, the bare one-island page and the plain page …');
  const siteBuild = timeBuild();
  execSync('npx astro build --root bench/bare', { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

  const site = await serveStatic('dist', 4601);
  const bare = await serveStatic('bench/bare/dist', 4602);
  const plain = await serveStatic('bench/plain', 4603);
  const browser = await launchChromium();
  try {
    log('# Benchmarks');
    log();
    log(`Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${quick ? ' (quick run)' : ''}.`);
    log(`Machine: ${machine()}.`);
    log('Numbers from a shared machine vary by 10–20 % between runs; compare ratios, and re-run before concluding.');
    log();

    log('## Bytes each page downloads before anyone touches it');
    log();
    log('Real Chromium, 768 × 1024, nothing cached. JavaScript, CSS and HTML gzipped; fonts and pictures as served. KB = 1,024 bytes.');
    log(
      'Budgets (issue 14): lesson JavaScript ≤ 80 KB, learner, home, review and tutor pages ≤ 100 KB; fonts ≤ 40 KB on a Bulgarian or English page.',
    );
    log();
    log('| page | JavaScript | CSS | HTML | fonts (files) | pictures |');
    log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, url] of Object.entries(pageTypes)) {
      const w: PageWeight = await pageWeight(browser, site.url + url);
      log(`| ${name} \`${url}\` | ${kb(w.js)} | ${kb(w.css)} | ${kb(w.html)} | ${kb(w.fonts)} (${w.fontFiles}) | ${kb(w.pictures)} |`);
    }
    log();

    log('## Lighthouse 12.2.3, mobile settings');
    log();
    log('Default mobile emulation (simulated slow 4G, 4× CPU slowdown). Budgets: performance ≥ 95, layout shift (CLS) ≤ 0.02.');
    log();
    log('| page | performance | accessibility | best practices | CLS | blocking time |');
    log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const url of lighthousePages) {
      const l: LighthouseScores = await lighthouseScores(site.url + url);
      log(`| \`${url}\` | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.cls.toFixed(3)} | ${Math.round(l.tbt)} ms |`);
    }
    log();

    log('## Layout shift on a phone, a tablet and a classroom computer');
    log();
    log(
      "CLS from Chromium's layout-shift entries (the largest session window), a fresh touch-screen browser, until the network is quiet and a second more. Budget: ≤ 0.02.",
    );
    log();
    log(`| page | ${screenSizes.map((size) => `${size.width} × ${size.height}`).join(' | ')} |`);
    log(`| --- | ${screenSizes.map(() => '---:').join(' | ')} |`);
    for (const [name, url] of Object.entries(layoutShiftPages)) {
      const shifts: string[] = [];
      for (const size of screenSizes) shifts.push((await layoutShift(browser, site.url + url, size)).toFixed(3));
      log(`| ${name} \`${decodeURIComponent(url)}\` | ${shifts.join(' | ')} |`);
    }
    log();

    log('## On an old computer with a weak connection');
    log();
    log(
      `CPU slowed ${slowProfile.cpuSlowdown}×, ${slowProfile.kbitPerSecond} kbit/s with ${slowProfile.latencyMs} ms latency, nothing cached; ` +
        `the site, the bare page and the plain page measured in turns, ${rounds} rounds, medians; site ÷ bare is the median of each round's ratio. ` +
        'The same gzip server for all three. The yardsticks are built in the same run: a bare Astro page with one React island (bench/bare/) and a plain HTML page (bench/plain/). ' +
        'Budget: the first exercise answers within 1.5× the bare page.',
    );
    log();
    log('| what | this site | bare one-island page | plain HTML | site ÷ bare |');
    log('| --- | ---: | ---: | ---: | ---: |');
    const timings: [string, Measure, string][] = [
      ['lesson: first exercise answers a tap', 'first answer', '/en/lessons/language/greetings/'],
      ['culture page: first paint', 'first paint', '/en/culture/baba-marta/'],
    ];
    for (const [what, measure, url] of timings) {
      const [ours = [], bareMs = [], plainMs = []] = await measureInTurns(
        browser,
        measure,
        [site.url + url, `${bare.url}/`, `${plain.url}/`],
        rounds,
      );
      const ratio = median(ours.map((ms, round) => ms / (bareMs[round] ?? Number.NaN)));
      log(`| ${what} \`${url}\` | ${s(median(ours))} s | ${s(median(bareMs))} s | ${s(median(plainMs))} s | ${ratio.toFixed(2)} |`);
    }
    const search = await measureSlow(browser, 'results', `${site.url}/en/search/?q=${encodeURIComponent('здравей')}`, rounds);
    log(`| search: first result for "здравей" (median of ${rounds}) | ${s(search)} s | – | – | – |`);
    log();
  } finally {
    await browser.close();
    await Promise.all([site.close(), bare.close(), plain.close()]);
  }

  log('## Build time');
  log();
  log(
    'Wall-clock `astro build` of the whole site (every page in five languages, the search indexes, word files); generated catalogues copy the real lessons under new slugs.',
  );
  log();
  log('| lessons | pages | seconds | seconds per 100 lessons |');
  log('| ---: | ---: | ---: | ---: |');
  const builds: BuildTime[] = [siteBuild];
  if (!quick) {
    for (const count of [250, 500, 1000]) {
      const lessons = generatedLessons(count);
      builds.push(timeBuild(lessons));
      removeLessons(lessons);
    }
  }
  for (const b of builds) log(`| ${b.lessons} | ${b.pages} | ${b.seconds.toFixed(1)} | ${((b.seconds / b.lessons) * 100).toFixed(1)} |`);
  log();

  log('## Search');
  log();
  log('`npm run bench:search` (index size, load and query time, real catalogue and 1,000 generated lessons):');
  log();
  let searchOut: string;
  try {
    searchOut = execSync('node scripts/run-ts.mjs scripts/bench-search/main.ts', { encoding: 'utf8' });
  } catch (error) {
    // Over a budget, it exits with an error after printing its numbers: report them all the same.
    searchOut = String((error as { stdout?: string }).stdout ?? error);
  }
  log('```');
  for (const line of searchOut.trimEnd().split('\n')) log(line);
  log('```');

  writeFileSync(path.resolve('docs/BENCHMARKS.md'), `${lines.join('\n')}\n`);
  // Tables aligned as the repository's Prettier wants them, so lint stays green.
  execSync('npx prettier --write docs/BENCHMARKS.md', { stdio: 'ignore' });
  console.log('\nWritten to docs/BENCHMARKS.md');
}

await main();
