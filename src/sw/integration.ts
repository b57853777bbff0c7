/**
 * Writes the service worker after `astro build` (the `astro:build:done` hook, so
 * `npm run build`, CI and `astro preview` always have it): src/sw/sw.ts bundled by
 * esbuild into dist/sw.js, then workbox-build's injectManifest writes into it the list
 * of every built file with a revision (hashed files under _astro/ need none). Audio is
 * not precached: a list of its files and sizes (dist/offline/audio.json) lets a lesson
 * and the tutor's "everything offline" action keep it. Build time only.
 */
import { stat, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import type { AudioList } from './names';
import { filesUnder } from '../build/files-under';

async function writeAudioList(outDir: string): Promise<void> {
  const audioDir = path.join(outDir, 'audio');
  const mp3 = (await filesUnder(audioDir).catch(() => [])).filter((file) => file.endsWith('.mp3')).sort();
  const list: AudioList = {
    files: await Promise.all(
      mp3.map(async (file) => ({ url: `/${path.relative(outDir, file).split(path.sep).join('/')}`, bytes: (await stat(file)).size })),
    ),
  };
  await mkdir(path.join(outDir, 'offline'), { recursive: true });
  await writeFile(path.join(outDir, 'offline', 'audio.json'), JSON.stringify(list));
}

/**
 * Revisions cut to 10 hex digits (40 bits) from workbox's 32. A revision only tells a
 * changed file from its last version at the same URL; random hex does not compress, and
 * with 7,000 files the full ones were about half of sw.js, which a browser downloads
 * again to check for updates.
 */
export const revisionDigits = 10;

export function shortenRevisions<Entry extends { revision?: string | null }>(entries: readonly Entry[]): Entry[] {
  return entries.map((entry) => (entry.revision ? { ...entry, revision: entry.revision.slice(0, revisionDigits) } : entry));
}

/** Builds dist/sw.js with its precache list; returns how many files and bytes it lists. */
export async function writeServiceWorker(root: string, outDir: string): Promise<{ count: number; size: number }> {
  await writeAudioList(outDir);
  const swDest = path.join(outDir, 'sw.js');
  const swSrc = path.join(root, 'node_modules', '.cache', 'zdravei', 'sw.js');
  await build({
    entryPoints: [path.join(root, 'src', 'sw', 'sw.ts')],
    outfile: swSrc,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    // workbox's development logging is left out of the production worker.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const { count, size, warnings } = await injectManifest({
    swSrc,
    swDest,
    globDirectory: outDir,
    globPatterns: ['**/*'],
    // Every browser with service workers reads WOFF2: the older WOFF copies are not kept.
    globIgnores: ['sw.js', 'audio/**', 'offline/**', '**/*.woff'],
    // Hashed names change with their content; everything else gets a revision.
    dontCacheBustURLsMatching: /^_astro\//,
    // The largest search index of a generated 1,000-lesson catalogue is below this.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    manifestTransforms: [(entries) => ({ manifest: shortenRevisions(entries), warnings: [] })],
  });
  if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`);
  return { count, size };
}

export function serviceWorker(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'zdravei-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size } = await writeServiceWorker(root, fileURLToPath(dir));
        logger.info(`sw.js precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MB); audio is kept lesson by lesson`);
      },
    },
  };
}
