/**
 * The search benchmark (npm run bench:search): builds the index of the real catalogue
 * and of a generated one of 1,000 lessons, and prints, for each, the size of the index
 * file and of its display shards (raw and gzip), the time to load the index, the time
 * to a first search's results, the display bytes a search downloads, and the query
 * latency (median and p95 over a fixed query set), against the budgets in DESIGN.md.
 * Run by scripts/run-ts.mjs.
 *
 *   npm run bench:search -- --shard-sizes=8,16,24,32,64,all   also compares display shard sizes (KB of JSON)
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { locales, type Locale } from '../../src/lib/i18n/locales';
import { buildSearchPayload } from '../../src/lib/search/build-index';
import { readSearchContent } from '../../src/lib/search/content-files';
import type { SearchContent } from '../../src/lib/search/documents';
import { forgetAnalysedWords } from '../../src/lib/search/analyse';
import { openIndex, openSearch, showResult, type SearchEngine } from '../../src/lib/search/engine';
import { displayShardBytes, shardsFor, shardStarts, splitDisplay } from '../../src/lib/search/display';
import type { DisplayShard, SearchFiles, StoredDoc } from '../../src/lib/search/payload';
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
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
/** Processor time of a function, in ms, and its wall-clock time. */
function timed<T>(run: () => T): { value: T; ms: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = run();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, ms, cpu: (c.user + c.system) / 1000 };
}
/** The query whose first result the slow-profile benchmark waits for (scripts/bench/). */
const firstQuery = 'здравей';
const ms = (value: number) => `${value.toFixed(2)} ms`;

interface Measured {
  name: string;
  lessons: number;
  modules: number;
  words: number;
  buildSeconds: number;
  perLocale: {
    locale: Locale;
    docs: number;
    /** The index file. */
    raw: number;
    gzip: number;
    /** All display shards together, and how many. */
    displayRaw: number;
    displayGzip: number;
    shards: number;
    loadMs: number;
    loadCpu: number;
    /** Loading the index, the first query, its shards and its results, as a page's first search does. */
    firstMs: number;
    /** Display bytes (gzip) a query's first 20 results need: median and p95 over the query set. */
    displayMedian: number;
    displayP95: number;
  }[];
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
    const files = buildSearchPayload(content, locale);
    const text = JSON.stringify(files.index);
    const shardTexts = files.shards.map((shard) => JSON.stringify(shard));
    buildMs += performance.now() - started;
    const shardGzip = shardTexts.map(gzip);
    // Load as the search worker does: parse the index and let lunr rebuild its token set.
    const loads: { ms: number; cpu: number }[] = [];
    const firsts: number[] = [];
    for (let i = 0; i < 5; i++) {
      loads.push(timed(() => openIndex(JSON.parse(text))));
      // A page's first search: the index, the query, the shards of its results, the results.
      forgetAnalysedWords();
      firsts.push(
        timed(() => {
          const index = openIndex(JSON.parse(text));
          const found = index.match(firstQuery, 20);
          const shards = new Map(
            shardsFor(
              found.map((m) => m.ref),
              index.shards,
            ).map((n) => [n, JSON.parse(shardTexts[n] ?? '') as DisplayShard]),
          );
          return found.map((m) => {
            const shard = [...shards.values()].find((s) => m.ref >= s.first && m.ref < s.first + s.docs.length);
            return shard?.docs[m.ref - shard.first] && showResult(m, shard.docs[m.ref - shard.first] as StoredDoc);
          });
        }).ms,
      );
    }
    const engine: SearchEngine = openSearch(JSON.parse(JSON.stringify(files)) as SearchFiles);
    const index = openIndex(JSON.parse(text));
    const displayBytes = queries
      .map((query) =>
        shardsFor(
          index.match(query, 20).map((m) => m.ref),
          index.shards,
        ).reduce((sum, n) => sum + (shardGzip[n] ?? 0), 0),
      )
      .filter((bytes) => bytes > 0)
      .sort((a, b) => a - b);
    perLocale.push({
      locale,
      docs: files.shards.reduce((sum, shard) => sum + shard.docs.length, 0),
      raw: Buffer.byteLength(text),
      gzip: gzip(text),
      displayRaw: shardTexts.reduce((sum, t) => sum + Buffer.byteLength(t), 0),
      displayGzip: shardGzip.reduce((sum, bytes) => sum + bytes, 0),
      shards: shardTexts.length,
      loadMs: median(loads.map((l) => l.ms)),
      loadCpu: median(loads.map((l) => l.cpu)),
      firstMs: median(firsts),
      displayMedian: quantile(displayBytes, 0.5),
      displayP95: quantile(displayBytes, 0.95),
    });

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
  console.log(
    '  language   documents   index raw    gzip        load (parse + openIndex; wall, processor)         first search   display: shards   raw          gzip        a search needs (median, p95)',
  );
  for (const l of m.perLocale) {
    console.log(
      `  ${l.locale.padEnd(10)} ${String(l.docs).padStart(9)}   ${kb(l.raw).padStart(10)}   ${kb(l.gzip).padStart(9)}   ` +
        `${ms(l.loadMs).padStart(10)}, ${ms(l.loadCpu).padStart(10)}${''.padStart(27)}   ${ms(l.firstMs).padStart(10)}   ` +
        `${String(l.shards).padStart(15)}   ${kb(l.displayRaw).padStart(10)}   ${kb(l.displayGzip).padStart(9)}   ` +
        `${kb(l.displayMedian)}, ${kb(l.displayP95)}`,
    );
  }
  const total = m.perLocale.reduce((sum, l) => ({ raw: sum.raw + l.raw + l.displayRaw, gzip: sum.gzip + l.gzip + l.displayGzip }), {
    raw: 0,
    gzip: 0,
  });
  console.log(`  all five, index and display: ${kb(total.raw)} raw, ${kb(total.gzip)} gzip`);
  console.log(`  first search: loading the index, "${firstQuery}", the shards of its first 20 results and the results (median of 5)`);
  if (budgeted.size) {
    console.log(
      `  largest index file: ${kb(largest.gzip)} gzip (${largest.locale}); budget ${budgets.indexGzipKB} KB${sizeOver ? '  OVER' : ''}`,
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

/**
 * Display shards of several sizes compared on one catalogue: how many files, and how many
 * display bytes (gzip) and requests the first 20 results of each query of the set need.
 * `all` is one display file per language.
 */
function compareShardSizes(content: SearchContent, sizesKB: (number | 'all')[]): void {
  console.log(`\nDisplay shard sizes compared (first 20 results of each of the ${fixedQueries.length} fixed queries that find something):`);
  console.log('  language   shard size   shards   display gzip   a search needs: KB median, p95   requests median, p95');
  for (const locale of locales) {
    const files = buildSearchPayload(content, locale);
    const docs = files.shards.flatMap((shard) => shard.docs);
    const index = openIndex(JSON.parse(JSON.stringify(files.index)));
    const found = fixedQueries.map((query) => index.match(query, 20).map((m) => m.ref)).filter((refs) => refs.length > 0);
    for (const size of sizesKB) {
      const shards = splitDisplay(docs, size === 'all' ? Infinity : size * 1024);
      const starts = shardStarts(shards);
      const sizes = shards.map((shard, n) => gzip(JSON.stringify({ version: 4, locale, first: starts[n], docs: shard })));
      const needed = found.map((refs) => shardsFor(refs, starts));
      const bytes = needed.map((list) => list.reduce((sum, n) => sum + (sizes[n] ?? 0), 0)).sort((a, b) => a - b);
      const requests = needed.map((list) => list.length).sort((a, b) => a - b);
      console.log(
        `  ${locale.padEnd(10)} ${String(size === 'all' ? 'one file' : `${size} KB`).padStart(10)}   ${String(shards.length).padStart(6)}   ` +
          `${kb(sizes.reduce((a, b) => a + b, 0)).padStart(12)}   ${`${kb(quantile(bytes, 0.5))}, ${kb(quantile(bytes, 0.95))}`.padStart(30)}   ` +
          `${quantile(requests, 0.5)}, ${quantile(requests, 0.95)}`,
      );
    }
  }
}

async function main(): Promise<number> {
  console.log(`Search benchmark, Node ${process.version}, lunr with the project's pipeline (src/lib/search/)`);
  console.log(
    `${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const real = await readSearchContent();
  const sizesArgument = process.argv.find((arg) => arg.startsWith('--shard-sizes='));
  if (sizesArgument) {
    const sizes = sizesArgument
      .slice('--shard-sizes='.length)
      .split(',')
      .map((size) => (size === 'all' ? ('all' as const) : Number(size)));
    compareShardSizes(real, sizes);
    return 0;
  }
  console.log(`display shards of about ${displayShardBytes / 1024} KB of JSON (lib/search/display.ts)`);
  const generated = generateCatalogue(real, 1000);
  const sample = generated.sampleWords.flatMap((w) => [w.bg, w.translit, w.gloss.fa, `${w.bg}те`]);
  let over = report(measure('Real catalogue (content/)', real, []), { size: true, latency: false });
  over = report(measure('Generated catalogue', generated.content, sample), { size: false, latency: true }) || over;
  return over ? 1 : 0;
}

process.exitCode = await main();
