/**
 * Pictures served from this site: only the ones the content and pages use are written
 * into the build. OpenMoji codes are read from the installed openmoji package; pictures
 * drawn for the project (a word's or lesson's `picture: /pictures/<name>.svg`) from content/pictures/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { drawnPictureFile, drawnPictureName, openMojiFile } from '../../lib/content/openmoji-files';
import { pagePictures } from '../../lib/content/page-pictures';
import { exercisePictures } from '../../lib/exercises/pictures';

export const getStaticPaths = (async () => {
  const words = await getCollection('vocabulary');
  const lessons = await getCollection('lessons');
  const files = new Map<string, string>([...pagePictures, ...Object.values(exercisePictures)].map((code) => [code, openMojiFile(code)]));
  for (const { picture } of [...words, ...lessons].map((entry) => entry.data)) {
    if (!picture) continue;
    const drawn = drawnPictureName(picture);
    if (drawn) files.set(drawn, drawnPictureFile(drawn));
    else if (!picture.startsWith('/')) files.set(picture, openMojiFile(picture));
  }
  return [...files].map(([code, file]) => ({ params: { code }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = async ({ props }) => {
  const svg = await readFile(props.file);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
