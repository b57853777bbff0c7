/**
 * Where a word's picture comes from, at build time. Every picture is served from our own
 * site at /pictures/<name>.svg (see src/pages/pictures/), never from another origin:
 * - an OpenMoji code (`1F43B`) is read from the installed openmoji package;
 * - `/pictures/<name>.svg` is a picture drawn for the project, in content/pictures/;
 * - any other path is a file under public/.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The SVG inside the installed openmoji package. */
export function openMojiFile(code: string, root = process.cwd()): string {
  return path.join(root, 'node_modules', 'openmoji', 'color', 'svg', `${code}.svg`);
}

/** A picture drawn for the project: `/pictures/<name>.svg` → its name, else undefined. */
export function drawnPictureName(picture: string): string | undefined {
  return /^\/pictures\/([a-z0-9-]+)\.svg$/.exec(picture)?.[1];
}

/** The file a drawn picture is read from. */
export function drawnPictureFile(name: string, root = process.cwd()): string {
  return path.join(root, 'content', 'pictures', `${name}.svg`);
}

/** The file a word's `picture` field names, to check that it exists. */
export function pictureSourceFile(picture: string, root = process.cwd()): string {
  if (!picture.startsWith('/')) return openMojiFile(picture, root);
  const drawn = drawnPictureName(picture);
  return drawn ? drawnPictureFile(drawn, root) : path.join(root, 'public', picture);
}

/**
 * What is wrong with a `picture` field whose file does not exist, for a content error
 * ("field picture: no OpenMoji picture has the code 1F9FF"); undefined when it exists.
 */
export function missingPicture(picture: string, root = process.cwd()): string | undefined {
  const file = pictureSourceFile(picture, root);
  if (existsSync(file)) return undefined;
  return picture.startsWith('/')
    ? `field picture: no file ${path.relative(root, file)} for ${picture}`
    : `field picture: no OpenMoji picture has the code ${picture}`;
}
