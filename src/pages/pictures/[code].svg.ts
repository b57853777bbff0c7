/**
 * OpenMoji pictures served from this site: only the ones the content and pages use are
 * written into the build, read from the installed openmoji package.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { openMojiFile } from '../../lib/content/openmoji-files';
import { pagePictures } from '../../lib/content/page-pictures';
import { exercisePictures } from '../../lib/exercises/pictures';

export const getStaticPaths = (async () => {
  const words = await getCollection('vocabulary');
  const codes = new Set<string>([...pagePictures, ...Object.values(exercisePictures)]);
  for (const word of words) {
    if (word.data.picture && !word.data.picture.startsWith('/')) codes.add(word.data.picture);
  }
  return [...codes].map((code) => ({ params: { code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const svg = await readFile(openMojiFile(String(params.code)));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
