/**
 * The search benchmark (npm run bench:search): builds the index of the real catalogue
 * and of a generated one of 1,000 lessons, and prints, for each, the index size (raw
 * and gzip), the time to load it and the query latency (median and p95 over a fixed
 * query set), against the budgets in DESIGN.md. Run by scripts/run-ts.mjs.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { locales, type Locale } from '../../src/lib/i18n/locales';
import { buildSearchPayload } from '../../src/lib/search/build-index';
import { readSearchContent } from '../../src/lib/search/content-files';
import type { SearchContent } from '../../src/lib/search/documents';
import { forgetAnalysedWords } from '../../src/lib/search/analyse';
import { openSearch, type SearchEngine } from '../../src/lib/search/engine';
import { generateCatalogue } from './generate';

const budgets = { indexGzipKB: 300, queryP95ms: 10 };
/** Runs of each query in each language; its latency is their median. */
const repetitions = 15;

/** The fixed query set: real words typed every way the search supports, operators, nonsense. */
const fixedQueries = [
  'жаба',
  'жабата',
  'жаби',
  'zhaba',
  'zhabata',
  'frog',
  'frogs',
  'قورباغه',
  'ضفدع',
  'здравей',
  'здравейте',
  'zdravey',
  'zdravei',
  'hello',
  'благодаря',
  'blagodarya',
  'blagodaria',
  'мартеница',
  'мартениците',
  'martenitsa',
  'martenica',
  'mартеница',
  'автобусите',
  'avtobus',
  'bus',
  'الحافلة',
  'اتوبوس',
  'автобус',
  'добро утро',
  'good morning',
  'صباح الخير',
  'صبح بخیر',
  'доброго ранку',
  'привіт',
  'зд',
  'здр',
  'mar',
  'خر',
  'زر',
  'Баба Марта',
  'hello:',
  'a~',
  'мечка^2',
  '+bus -car',
  '*',
  '',
  'мечка '.repeat(100),
];

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const median = (values: readonly number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

interface Measured {
  name: string;
  lessons: number;
  modules: number;
  words: number;
  buildSeconds: number;
  perLocale: { locale: Locale; docs: number; raw: number; gzip: number; loadMs: number }[];
  queryMedian: number;
  queryP95: number;
  allRunsP95: number;
  cpuMedian: number;
  cpuP95: number;
  slowest: { query: string; locale: Locale; ms: number }[];
  queries: number;
}

function measure(name: string, content: SearchContent, extraQueries: string[]): Measured {
  const perLocale: Measured['perLocale'] = [];
  const queries = [...fixedQueries, ...extraQueries];
  const perQuery: number[] = [];
  /** The same in processor time: what the query costs, whatever else the machine is doing. */
  const perQueryCpu: number[] = [];
  const slowest: { query: string; locale: Locale; ms: number }[] = [];
  const allRuns: number[] = [];
  let buildMs = 0;
  // One language at a time, as in the browser, where a page loads one index.
  for (const locale of locales) {
    const started = performance.now();
    const text = JSON.stringify(buildSearchPayload(content, locale));
    buildMs += performance.now() - started;
    // Load as the browser does: parse the JSON and let lunr rebuild its token set.
    const loads: number[] = [];
    let engine: SearchEngine | undefined;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      engine = openSearch(JSON.parse(text));
      loads.push(performance.now() - t0);
    }
    if (!engine) throw new Error('no engine');
    const docs = (JSON.parse(text) as { docs: unknown[] }).docs.length;
    perLocale.push({ locale, docs, raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length, loadMs: median(loads) });

    // Warm up, then time every query `repetitions` times. The words the pipeline
    // remembers are forgotten before each run, so every run is timed as if it were the
    // first; a real session, whose queries share words, is faster. A query's latency is
    // the median of its runs: on a shared machine a single run can wait for another
    // process, which says nothing about the query. The p95 of all runs is printed too.
    for (const query of queries) engine.search(query);
    for (const query of queries) {
      const runs: number[] = [];
      const cpu: number[] = [];
      for (let r = 0; r < repetitions; r++) {
        forgetAnalysedWords();
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        engine.search(query);
        runs.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
      }
      perQuery.push(median(runs));
      perQueryCpu.push(median(cpu));
      slowest.push({ query, locale, ms: median(runs) });
      allRuns.push(...runs);
    }
  }
  const buildSeconds = buildMs / 1000;
  perQuery.sort((a, b) => a - b);
  perQueryCpu.sort((a, b) => a - b);
  allRuns.sort((a, b) => a - b);
  return {
    name,
    lessons: content.lessons.length,
    modules: new Set(content.culture.map((m) => m.id.split('/')[1])).size,
    words: content.words.length,
    buildSeconds,
    perLocale,
    queryMedian: quantile(perQuery, 0.5),
    queryP95: quantile(perQuery, 0.95),
    allRunsP95: quantile(allRuns, 0.95),
    cpuMedian: quantile(perQueryCpu, 0.5),
    cpuP95: quantile(perQueryCpu, 0.95),
    slowest: slowest.sort((a, b) => b.ms - a.ms).slice(0, 5),
    queries: perQuery.length,
  };
}

function report(m: Measured, budgeted: { size: boolean; latency: boolean }): boolean {
  const largest = m.perLocale.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const sizeOver = budgeted.size && largest.gzip > budgets.indexGzipKB * 1024;
  const latencyOver = budgeted.latency && m.queryP95 > budgets.queryP95ms;
  console.log(`\n${m.name}: ${m.lessons} lessons, ${m.modules} culture modules (×5 languages), ${m.words} words`);
  console.log(`  index built for the 5 languages in ${m.buildSeconds.toFixed(1)} s`);
  console.log('  language   documents   raw          gzip        load (parse + lunr.Index.load, median)');
  for (const l of m.perLocale) {
    console.log(
      `  ${l.locale.padEnd(10)} ${String(l.docs).padStart(9)}   ${kb(l.raw).padStart(10)}   ${kb(l.gzip).padStart(9)}   ${ms(l.loadMs).padStart(9)}`,
    );
  }
  const total = m.perLocale.reduce((sum, l) => ({ raw: sum.raw + l.raw, gzip: sum.gzip + l.gzip }), { raw: 0, gzip: 0 });
  console.log(`  all five   ${''.padStart(9)}   ${kb(total.raw).padStart(10)}   ${kb(total.gzip).padStart(9)}`);
  if (budgeted.size) {
    console.log(
      `  largest index: ${kb(largest.gzip)} gzip (${largest.locale}); budget ${budgets.indexGzipKB} KB${sizeOver ? '  OVER' : ''}`,
    );
  }
  console.log(
    `  query latency, ${m.queries} queries (${m.queries / 5} × 5 languages), each the median of ${repetitions} runs: ` +
      `median ${ms(m.queryMedian)}, p95 ${ms(m.queryP95)}` +
      (budgeted.latency ? `; budget p95 ${budgets.queryP95ms} ms${latencyOver ? '  OVER' : ''}` : ''),
  );
  console.log(`  p95 of all ${m.queries * repetitions} single runs: ${ms(m.allRunsP95)}`);
  console.log(`  processor time per query (median of runs): median ${ms(m.cpuMedian)}, p95 ${ms(m.cpuP95)}`);
  console.log(`  slowest: ${m.slowest.map((q) => `${JSON.stringify(q.query.slice(0, 20))} (${q.locale}) ${ms(q.ms)}`).join(', ')}`);
  return sizeOver || latencyOver;
}

async function main(): Promise<number> {
  console.log(`Search benchmark, Node ${process.version}, lunr with the project's pipeline (src/lib/search/)`);
  console.log(
    `${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const real = await readSearchContent();
  const generated = generateCatalogue(real, 1000);
  const sample = generated.sampleWords.flatMap((w) => [w.bg, w.translit, w.gloss.fa, `${w.bg}те`]);
  let over = report(measure('Real catalogue (content/)', real, []), { size: true, latency: false });
  over = report(measure('Generated catalogue', generated.content, sample), { size: false, latency: true }) || over;
  return over ? 1 : 0;
}

process.exitCode = await main();
