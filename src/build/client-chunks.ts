/**
 * How the browser's JavaScript is cut into files. Left to itself, Rollup gives every module
 * shared by two entries its own file: a lesson page fetched 27 files, most under 1 KB, and
 * small files compress badly (each is gzipped alone, without the words its neighbours
 * share). Grouping the modules that always load together saves about a quarter of a
 * lesson's own gzipped code. Only the browser build is cut this way: the server build
 * keeps Astro's own chunks.
 */
import type { Plugin } from 'vite';

/** The chunk a module goes into, or undefined to leave it to Rollup. Paths use `/`. */
export function clientChunkOf(id: string): string | undefined {
  const path = id.replace(/\\/g, '/');
  // React itself, its DOM renderer and its scheduler: loaded together by every island.
  // Astro's React renderer is a page's entry; in this chunk, its file is a one-line re-export.
  if (/\/node_modules\/(react|react-dom|scheduler|@astrojs\/react)\//.test(path)) return 'react';
  // What every page's own scripts share (header, offline note, service worker, session).
  if (sharedByEveryPage.some((pattern) => pattern.test(path))) return 'site';
  // What every exercise shares: the kit, answering, scoring, sound and spoken phrases.
  if (exerciseKit.some((pattern) => pattern.test(path))) return 'exercise-kit';
  // What every kind played in rounds shares (all but the word cards): one file, not four.
  if (exerciseRounds.test(path)) return 'exercise-rounds';
  return undefined;
}

const sharedByEveryPage = [
  /\/src\/lib\/routes\.ts$/,
  /\/src\/lib\/i18n\/(locales|format)\.ts$/,
  /\/src\/lib\/store\/(keys|active-learner-raw)\.ts$/,
  /\/src\/lib\/learner-colours\.ts$/,
  /\/src\/lib\/browser\/(locale-choice|session-channel|learner-badge|storage-off|service-worker|offline-note|island-failure|load-once)\.ts$/,
  /vite\/preload-helper/,
];

// Only what every exercise kind imports as it opens: a part one kind uses (letter tiles,
// the phonetic keyboard) stays in its own file, so that a lesson does not fetch the others'
// parts, and so does the end of a run (exercise-kit/Finished.tsx, loaded at the first touch).
const exerciseKit = [
  /\/src\/islands\/exercise-kit\/(ExerciseShell\.tsx|use-run\.ts|phrases\.tsx|strings\.ts)$/,
  /\/src\/lib\/exercises\/(rounds|scoring|shuffle|pictures)\.ts$/,
  /\/src\/islands\/(ExerciseBoundary|AudioButton|Say)\.tsx$/,
  /\/src\/lib\/audio\/(sound|speech|phrases|phrase-player|can-record)\.ts$/,
  /\/src\/lib\/store\/exercise-report\.ts$/,
  /\/src\/lib\/browser\/exercise-finished\.ts$/,
];

// The round, its feedback, its small parts and its state: used together by every kind but
// the word cards, which a lesson usually opens with.
const exerciseRounds = /\/src\/islands\/exercise-kit\/(Round\.tsx|Feedback\.tsx|parts\.tsx|use-rounds\.ts)$/;

export function clientChunks(): Plugin {
  return {
    name: 'zdravei-client-chunks',
    config(_config, { isSsrBuild }) {
      if (isSsrBuild) return;
      return { build: { rollupOptions: { output: { manualChunks: (id: string) => clientChunkOf(id) } } } };
    },
  };
}
