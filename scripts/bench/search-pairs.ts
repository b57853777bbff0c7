/**
 * Two builds of the site compared on the slow profile (slow-profile.ts) in pairs: each
 * search page is measured once in each build, in alternating order, so that what the
 * shared machine is doing meanwhile falls on both. Prints each pair and, per page, the
 * medians and the median of the paired differences.
 *
 *   node scripts/run-ts.mjs scripts/bench/search-pairs.ts <build before> <build after> [pairs, default 5] [first port, default 4422]
 */
import { launchChromium, measureSlow } from './slow-profile';
import { serveStatic } from './static-server';

const [before, after, pairs = '5', port = '4422'] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: search-pairs.ts <build before> <build after> [pairs] [first port]');
  process.exit(2);
}
const pages = ['/en/search/?q=здравей', '/uk/search/?q=здравей', '/bg/search/?q=мечка'];

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const sites = [await serveStatic(before, Number(port)), await serveStatic(after, Number(port) + 1)] as const;
const browser = await launchChromium();
const times = new Map(pages.map((page) => [page, [[], []] as [number[], number[]]]));
try {
  for (let pair = 0; pair < Number(pairs); pair++) {
    for (const [p, page] of pages.entries()) {
      const path = page.replace(/q=(.*)$/, (_, q: string) => `q=${encodeURIComponent(q)}`);
      const measured = times.get(page)!;
      // Alternating which build goes first, so that neither always follows the other.
      const order = (pair + p) % 2 === 0 ? [0, 1] : [1, 0];
      for (const which of order) measured[which]!.push(await measureSlow(browser, 'results', `${sites[which]!.url}${path}`, 1));
      console.log(`pair ${pair + 1}, ${page}: before ${seconds(measured[0].at(-1)!)}, after ${seconds(measured[1].at(-1)!)}`);
    }
  }
  console.log(`\nFirst result on the slow profile, ${pairs} pairs (medians):`);
  for (const [page, [a, b]] of times) {
    const differences = a.map((ms, i) => ms - (b[i] ?? 0));
    console.log(`  ${page}: before ${seconds(median(a))}, after ${seconds(median(b))}, paired difference ${seconds(median(differences))}`);
  }
} finally {
  await browser.close();
  for (const site of sites) await site.close();
}
