/**
 * /<locale>/lessons/catalogue.json: every lesson's title, Bulgarian title and picture in
 * one help language (lib/content/lesson-catalogue.ts). The celebration fetches it only
 * when a tutor gave the child a path, to name the path's next lesson; a few kilobytes,
 * kept offline by the service worker with the rest of the language.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { lessonCatalogue } from '../../../lib/content/lesson-catalogue';
import type { Locale } from '../../../lib/i18n/locales';
import { localeParams } from '../../../lib/content/static-paths';

export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const catalogue = await lessonCatalogue(params.locale as Locale);
  return new Response(JSON.stringify(catalogue), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
