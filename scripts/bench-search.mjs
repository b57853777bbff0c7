/**
 * `npm run bench:search`: see scripts/bench-search/main.ts. The benchmark imports the
 * site's TypeScript (src/lib/search/), so it is bundled with esbuild first; packages
 * stay external and load from node_modules.
 */
import { build } from 'esbuild';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outfile = path.join(root, 'node_modules', '.cache', 'zdravei', 'bench-search.mjs');
await build({
  entryPoints: [path.join(root, 'scripts', 'bench-search', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { main } = await import(outfile);
process.exitCode = await main();
