/**
 * `<link rel="modulepreload">` for the code a page's islands need at once, written into
 * each built page after `astro build`. Astro's island loader asks for an island's code
 * only once the page has been parsed, and only then does the browser learn of React (the
 * largest file): on a slow line a lesson waited 2.4 s for it to start downloading. With
 * the links in the page's head it downloads with the page's first files. Preloaded: React
 * and Astro's renderer (every island needs them), and the code of the islands that hydrate
 * at load, or, where all wait to be visible, of the first one (the one on the screen); and
 * the imports of a page's early script (earlyScript).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { drawnFirst } from './client-directives';
import { filesUnder } from './files-under';

/** The files a built module imports statically, as site paths (`/_astro/x.js`). */
export function staticImportsOf(code: string, url: string): string[] {
  const base = `http://site${url.slice(0, url.lastIndexOf('/') + 1)}`;
  const found = code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g);
  return [...new Set([...found].map((match) => new URL(match[1]!, base).pathname))];
}

/**
 * The island code a page should preload, in the order the islands appear. An island that
 * hydrates after the page's own first drawing (`client:after-first-results`, the search
 * page; `client:after-first-screen`, the learners page) is left out: its code downloading
 * early is what it waits to avoid.
 */
export function islandEntries(html: string): string[] {
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)]
    .filter(([tag]) => !drawnFirst.some((directive) => tag.includes(`client="${directive}"`)))
    .map(([tag]) => ({
      component: /\bcomponent-url="([^"]+)"/.exec(tag)?.[1],
      renderer: /\brenderer-url="([^"]+)"/.exec(tag)?.[1],
      atLoad: /\bclient="(load|idle)"/.test(tag),
    }));
  if (islands.length === 0) return [];
  const atLoad = islands.filter((island) => island.atLoad);
  const chosen = atLoad.length > 0 ? atLoad : islands.slice(0, 1);
  const urls = [...islands.map((island) => island.renderer), ...chosen.map((island) => island.component)];
  return [...new Set(urls.filter((url): url is string => !!url?.startsWith('/')))];
}

/**
 * The page's early script, which Base.astro's `early` slot puts first in the body: the
 * search page's, which starts a search of `?q=` before anything else, and the learners
 * page's, which draws the children's cards. The browser finds
 * its imports only once it has downloaded, so they are preloaded too.
 */
export function earlyScript(html: string): string | undefined {
  return /<body\b[^>]*>\s*<script type="module" src="(\/[^"]+)"><\/script>/.exec(html)?.[1];
}

/** The page with a modulepreload link for each file, at the end of its head. */
export function withModulePreloads(html: string, files: readonly string[]): string {
  if (files.length === 0 || !html.includes('</head>')) return html;
  const links = files.map((file) => `<link rel="modulepreload" href="${file}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}

export function modulePreloads(): AstroIntegration {
  return {
    name: 'zdravei-module-preloads',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = path.resolve(decodeURIComponent(dir.pathname));
        const imports = new Map<string, Promise<string[]>>();
        const importsOf = (url: string) => {
          let found = imports.get(url);
          if (!found) {
            found = readFile(path.join(outDir, url), 'utf8').then((code) => staticImportsOf(code, url));
            imports.set(url, found);
          }
          return found;
        };
        /** Every file an entry needs before it runs: itself and its static imports, all the way down. */
        const closure = async (entries: string[]) => {
          const seen = new Set<string>();
          const visit = async (url: string): Promise<void> => {
            if (seen.has(url)) return;
            seen.add(url);
            for (const next of await importsOf(url)) await visit(next);
          };
          for (const entry of entries) await visit(entry);
          return [...seen];
        };
        let pages = 0;
        for (const file of (await filesUnder(outDir)).filter((name) => name.endsWith('.html'))) {
          const html = await readFile(file, 'utf8');
          const entries = islandEntries(html);
          const early = earlyScript(html);
          if (early) entries.push(early);
          if (entries.length === 0) continue;
          // The early script itself the browser finds at once, in the body.
          const files = (await closure(entries)).filter((url) => url !== early);
          await writeFile(file, withModulePreloads(html, files));
          pages += 1;
        }
        logger.info(`${pages} pages preload their islands' first code`);
      },
    },
  };
}
