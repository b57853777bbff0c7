/**
 * Two builds of the site compared on the slow profile (slow-profile.ts) in pairs: each
 * search page is measured once in each build per pair, in turns (measureInTurns), so that
 * what the shared machine is doing meanwhile falls on both. Prints each pair and, per
 * page, the medians and the median of the paired differences.
 *
 *   node scripts/run-ts.mjs scripts/bench/search-pairs.ts <build before> <build after> [pairs, default 5] [first port, default 4422]
 */
import { launchChromium, measureInTurns, median } from './slow-profile';
import { serveStatic } from './static-server';

const [before, after, pairs = '5', port = '4422'] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: search-pairs.ts <build before> <build after> [pairs] [first port]');
  process.exit(2);
}
const pages = ['/en/search/?q=здравей', '/uk/search/?q=здравей', '/bg/search/?q=мечка'];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const sites = [await serveStatic(before, Number(port)), await serveStatic(after, Number(port) + 1)] as const;
const browser = await launchChromium();
try {
  console.log(`First result on the slow profile, ${pairs} pairs (medians):`);
  for (const page of pages) {
    const path = page.replace(/q=(.*)$/, (_, q: string) => `q=${encodeURIComponent(q)}`);
    const [a = [], b = []] = await measureInTurns(
      browser,
      'results',
      sites.map((site) => `${site.url}${path}`),
      Number(pairs),
    );
    a.forEach((ms, pair) => console.log(`  pair ${pair + 1}, ${page}: before ${seconds(ms)}, after ${seconds(b[pair] ?? Number.NaN)}`));
    const differences = a.map((ms, i) => ms - (b[i] ?? 0));
    console.log(`  ${page}: before ${seconds(median(a))}, after ${seconds(median(b))}, paired difference ${seconds(median(differences))}`);
  }
} finally {
  await browser.close();
  for (const site of sites) await site.close();
}
