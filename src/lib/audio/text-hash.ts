/**
 * Build time: the hash a generated phrase file is named by and recorded under in
 * public/audio/manifest.json (`npm run audio`). A changed text, voice or generator gives
 * a new hash, so a new file and a new URL.
 */
import { createHash } from 'node:crypto';

/** Bump when the synthesis changes, so every file is made again. */
export const generatorVersion = 2;

/** The hash a text's file is recorded under in public/audio/manifest.json. */
export function textHash(text: string): string {
  return createHash('sha256').update(`${generatorVersion}\n${text}`).digest('hex').slice(0, 16);
}
