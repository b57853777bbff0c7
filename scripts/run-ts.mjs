/**
 * Runs one of the project's TypeScript scripts with plain Node 20, which cannot import
 * TypeScript: esbuild bundles the entry and the site code it imports (src/lib/…) into
 * node_modules/.cache/zdravei/, packages stay external and load from node_modules.
 * The script runs from the project's root, with its own arguments.
 *
 *   node scripts/run-ts.mjs scripts/content-report.ts [arguments…]
 */
import { build } from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry?.endsWith('.ts')) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [arguments…]');
  process.exit(2);
}
const source = path.resolve(entry);
const name = path.relative(root, source).replace(/\.ts$/, '.mjs').split(path.sep).join('+');
const outfile = path.join(root, 'node_modules', '.cache', 'zdravei', name);
await build({
  entryPoints: [source],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
process.chdir(root);
process.argv = [process.argv[0] ?? process.execPath, source, ...args];
await import(pathToFileURL(outfile).href);
