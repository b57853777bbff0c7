/**
 * Where a word's picture comes from. OpenMoji codes are served from our own site at
 * /pictures/<code>.svg (see src/pages/pictures/), never from another origin.
 */
import path from 'node:path';

/** The SVG inside the installed openmoji package, for build-time reading. */
export function openMojiFile(code: string, root = process.cwd()): string {
  return path.join(root, 'node_modules', 'openmoji', 'color', 'svg', `${code}.svg`);
}
