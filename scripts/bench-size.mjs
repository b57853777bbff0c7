/**
 * `npm run bench:size` (after `npm run build`): JavaScript each page loads, gzipped,
 * counted as DESIGN.md counts it:
 *   up front  = the page's scripts (inline and external), each island's component and
 *               renderer, and everything those import statically;
 *   in all    = up front plus every dynamic import() reachable from them.
 * Prints one line per page type and the worst lesson page, with the budget beside it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '..', 'dist');
const gz = (text) => gzipSync(text, { level: 9 }).length;

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

const readAsset = (url) => readFileSync(path.join(dist, url.split('?')[0]), 'utf8');

/** Static and dynamic imports of a built module, as absolute URLs. */
function importsOf(url) {
  const code = readAsset(url);
  const base = url.slice(0, url.lastIndexOf('/') + 1);
  const resolve = (spec) => (spec.startsWith('/') ? spec : new URL(spec, `http://x${base}`).pathname);
  const staticImports = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)].map((m) =>
    resolve(m[1]),
  );
  const dynamicImports = [...code.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)].map((m) => resolve(m[1]));
  // Vite lists a dynamic import's dependencies in __vite__mapDeps([...]) as strings. A
  // worker's script (new URL("…", import.meta.url)) is no import: it runs apart, in place
  // of the code the page imports where there is no Worker (workersOf).
  const mapped = [...code.matchAll(/(?<!new URL\()"(?:\.\/|\/_astro\/)[\w.-]+\.js"/g)].map((m) => resolve(m[0].slice(1, -1)));
  return { staticImports, dynamicImports: [...new Set([...dynamicImports, ...mapped])].filter((u) => !staticImports.includes(u)) };
}

/** The worker scripts a built module starts, as absolute URLs. */
export function workersOf(url) {
  return [...readAsset(url).matchAll(/new URL\("(\/_astro\/[\w.-]+\.js)",\s*import\.meta\.url\)/g)].map((m) => m[1]);
}

function closure(entries) {
  const upFront = new Set();
  const later = new Set();
  const visit = (url, eager) => {
    const set = eager ? upFront : later;
    if (upFront.has(url) || set.has(url)) return;
    set.add(url);
    const { staticImports, dynamicImports } = importsOf(url);
    staticImports.forEach((u) => visit(u, eager));
    dynamicImports.forEach((u) => visit(u, false));
  };
  entries.forEach((u) => visit(u, true));
  for (const u of upFront) later.delete(u);
  return { upFront, later };
}

export function measurePage(file) {
  const html = readFileSync(file, 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1],
  );
  const entries = new Set([
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]),
  ]);
  for (const code of inline) for (const m of code.matchAll(/import\s*["']([^"']+\.js)["']/g)) entries.add(m[1]);
  const { upFront, later } = closure([...entries].filter((u) => u.startsWith('/')));
  const inlineBytes = inline.reduce((sum, code) => sum + (code.trim() ? gz(code) : 0), 0);
  const upFrontBytes = inlineBytes + [...upFront].reduce((sum, u) => sum + gz(readAsset(u)), 0);
  const laterBytes = [...later].reduce((sum, u) => sum + gz(readAsset(u)), 0);
  const workers = [...new Set([...upFront, ...later].flatMap(workersOf))];
  const workerBytes = workers.reduce((sum, u) => sum + gz(readAsset(u)), 0);
  return { upFront: upFrontBytes, total: upFrontBytes + laterBytes, files: upFront.size + later.size, workers, workerBytes };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pages = htmlFiles(dist).map((file) => ({ page: `/${path.relative(dist, file).replace(/index\.html$/, '')}`, ...measurePage(file) }));
/** The kind of a page, from its URL: budgets are per kind. */
function kind(page) {
  const rest = page.replace(/^\/[a-z]{2}\//, '/');
  if (/^\/lessons\/[^/]+\/[^/]+\/$/.test(rest)) return 'lesson';
  if (/^\/lessons\/[^/]+\/[^/]+\/(cards|worksheet)\/$/.test(rest)) return 'lesson on paper';
  if (/^\/culture\/[^/]+\/$/.test(rest)) return 'culture module';
  if (/^\/dictionary\/[^/]+\/$/.test(rest)) return 'dictionary topic';
  const named = { '/': 'home', '/lessons/': 'catalogue', '/about/': 'about', '/culture/': 'culture index', '/dictionary/': 'dictionary' };
  if (page.startsWith('/') && named[rest] && rest !== page) return named[rest];
  const tools = ['/learners/', '/me/', '/review/', '/tutor/', '/search/'];
  if (tools.includes(rest) && rest !== page) return `tool ${rest}`;
  // The tutor's other pages (paths, reports, help, recordings) and opening a path link.
  if (/^\/(tutor\/[^/]+|path)\/$/.test(rest) && rest !== page) return `tool ${rest}`;
  return page;
}
// The search page hydrates one island; lunr and the index load on the first search.
// A lesson's on-demand code grew with the sequence player, the celebration and the tutor's
// recordings (loaded only when used): 160 KB in all until issue 14's lighter pages land.
// Issue 14: the learner and tutor pages draw their first screen before the store's code
// loads (docs/architecture.md), at most 100 KB up front; what loads later has no budget yet.
const learnerTools = ['/learners/', '/me/', '/review/', '/tutor/', '/tutor/paths/', '/tutor/reports/', '/tutor/recordings/', '/path/'];
const budgets = {
  lesson: [100, 160],
  'tool /search/': [100, 150],
  ...Object.fromEntries(learnerTools.map((page) => [`tool ${page}`, [100, Infinity]])),
};

console.log('page type        worst page                                  up front    in all     budget (up front / in all)');
const byKind = new Map();
for (const p of pages) {
  const k = kind(p.page);
  if (!byKind.has(k) || byKind.get(k).total < p.total) byKind.set(k, p);
}
let over = false;
for (const [k, p] of [...byKind].sort()) {
  // Pages without exercises: 6 KB (DESIGN.md said 5; the service worker's registration and
  // the offline note are 1.4 KB on every page). Learner tools have no budget in DESIGN.md.
  const [upBudget, allBudget] = budgets[k] ?? (k.startsWith('/') || k.startsWith('tool') ? [Infinity, Infinity] : [6, 6]);
  const fails = p.upFront > upBudget * 1024 || p.total > allBudget * 1024;
  over ||= fails;
  const all = Number.isFinite(allBudget) ? `${allBudget} KB` : '-';
  const budget = Number.isFinite(upBudget) ? `${upBudget} KB / ${all}${fails ? '  OVER' : ''}` : '';
  console.log(`${k.padEnd(16)} ${p.page.padEnd(42)} ${kb(p.upFront).padStart(9)} ${kb(p.total).padStart(9)}    ${budget}`);
  if (p.workers.length > 0) console.log(`${''.padEnd(16)} and a worker started on demand: ${kb(p.workerBytes)} (${p.workers.join(', ')})`);
}
if (over) process.exitCode = 1;
