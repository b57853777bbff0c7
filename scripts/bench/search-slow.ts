/**
 * Only the search part of the slow-profile benchmark (the full `npm run bench -- --quick`
 * takes minutes): how long a search page takes to show its first result on an old
 * computer with a weak connection (slow-profile.ts), for an already built site.
 *
 *   node scripts/run-ts.mjs scripts/bench/search-slow.ts [built folder, default dist] [runs, default 3] [port, default 4425]
 */
import { launchChromium, measureSlow, slowProfile } from './slow-profile';
import { serveStatic } from './static-server';

const [folder = 'dist', runs = '3', port = '4425'] = process.argv.slice(2);
const pages = ['/en/search/?q=здравей', '/uk/search/?q=здравей', '/bg/search/?q=мечка'];

const site = await serveStatic(folder, Number(port));
const browser = await launchChromium();
try {
  console.log(
    `Search on the slow profile (CPU ${slowProfile.cpuSlowdown}× slower, ${slowProfile.kbitPerSecond} kbit/s, ${slowProfile.latencyMs} ms), ${folder}, median of ${runs}:`,
  );
  for (const page of pages) {
    const url = `${site.url}${page.replace(/q=(.*)$/, (_, q: string) => `q=${encodeURIComponent(q)}`)}`;
    const ms = await measureSlow(browser, 'results', url, Number(runs));
    const onPage = await measureSlow(browser, 'results', url, Number(runs), { noWorker: true });
    const alone = await measureSlow(browser, 'results', url, Number(runs), { noServiceWorker: true });
    console.log(
      `  first result, ${page}: ${(ms / 1000).toFixed(2)} s; without Web Workers ${(onPage / 1000).toFixed(2)} s; ` +
        `with the service worker blocked ${(alone / 1000).toFixed(2)} s`,
    );
  }
} finally {
  await browser.close();
  await site.close();
}
