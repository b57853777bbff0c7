/**
 * The import rules of the house, checked over a source tree as text (no bundler):
 * - islands never import lib/content/ (build-time only);
 * - only lib/store/ imports Dexie or fake-indexeddb, and only islands/use-store.ts imports
 *   dexie-react-hooks;
 * - lib/ knows nothing of React, and nothing of Astro outside lib/content/;
 * - what runs in the browser (every island, and every `<script>` of an .astro file) never
 *   reaches lib/content/ or a Node built-in, however many imports lie between.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const sourceFile = /\.(ts|tsx|mts|js|mjs|astro)$/;
const candidates = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '/index.ts'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : sourceFile.test(name) ? [full] : [];
  });
}

/** Import specifiers of a piece of code: static, re-exports and dynamic `import()`. */
function specifiers(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?:^|[\s;}])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of code.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of code.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

/** An .astro file's code that runs at build time (frontmatter) and in the browser (`<script>`). */
function astroParts(source: string): { server: string; client: string } {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const scripts = [...source.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return { server: frontmatter, client: scripts.join('\n') };
}

function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  return candidates.map((ext) => base + ext).find((file) => existsSync(file) && statSync(file).isFile());
}

export function checkBoundaries(srcRoot: string): string[] {
  const rel = (file: string) => path.relative(srcRoot, file).split(path.sep).join('/');
  const files = walk(srcRoot);
  const imports = new Map<string, string[]>();
  const clientEntries: { file: string; specs: string[] }[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    if (file.endsWith('.astro')) {
      const { server, client } = astroParts(source);
      imports.set(file, specifiers(server));
      if (client.trim()) clientEntries.push({ file, specs: specifiers(client) });
    } else {
      imports.set(file, specifiers(source));
      if (rel(file).startsWith('islands/')) clientEntries.push({ file, specs: imports.get(file)! });
    }
  }

  const problems: string[] = [];
  for (const [file, specs] of imports) {
    const where = rel(file);
    for (const spec of specs) {
      const target = resolve(file, spec);
      const targetRel = target ? rel(target) : undefined;
      if (where.startsWith('islands/') && targetRel?.startsWith('lib/content/'))
        problems.push(`${where} imports ${targetRel}: islands never import build-time content code`);
      if ((spec === 'dexie' || spec.startsWith('fake-indexeddb')) && !where.startsWith('lib/store/'))
        problems.push(`${where} imports ${spec}: only lib/store/ touches IndexedDB`);
      if (spec === 'dexie-react-hooks' && where !== 'islands/use-store.ts')
        problems.push(`${where} imports ${spec}: islands take useLiveQuery from islands/use-store.ts`);
      if (where.startsWith('lib/') && /^(react|react-dom)(\/|$)/.test(spec))
        problems.push(`${where} imports ${spec}: lib/ knows nothing of React`);
      if (where.startsWith('lib/') && !where.startsWith('lib/content/') && /^astro(:|\/|$)/.test(spec))
        problems.push(`${where} imports ${spec}: only lib/content/ knows Astro`);
    }
  }

  // What the browser loads: follow relative imports from every client entry.
  for (const entry of clientEntries) {
    const seen = new Set<string>();
    const queue: { file: string; specs: string[]; via: string[] }[] = [{ file: entry.file, specs: entry.specs, via: [rel(entry.file)] }];
    while (queue.length > 0) {
      const { file, specs, via } = queue.shift()!;
      for (const spec of specs) {
        if (spec.startsWith('node:') || spec === 'astro:content') {
          problems.push(`${via.join(' → ')} imports ${spec}: build-time code in a page bundle`);
          continue;
        }
        const target = resolve(file, spec);
        if (!target || seen.has(target)) continue;
        seen.add(target);
        const chain = [...via, rel(target)];
        if (rel(target).startsWith('lib/content/')) {
          problems.push(`${chain.join(' → ')}: build-time content code in a page bundle`);
          continue;
        }
        queue.push({ file: target, specs: target.endsWith('.astro') ? [] : (imports.get(target) ?? []), via: chain });
      }
    }
  }
  return [...new Set(problems)].sort();
}
