/**
 * /search/<locale>/<n>.json: one display shard of a help language's search index, what
 * the results among its documents need to be shown (lib/search/display.ts). The search
 * fetches only the shards of the results it shows.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchContent } from '../../../lib/content/search-content';
import { locales, type Locale } from '../../../lib/i18n/locales';
import { searchFiles } from '../../../lib/search/build-index';

export const getStaticPaths = (async () => {
  const content = await searchContent();
  return locales.flatMap((locale) => searchFiles(content, locale).shards.map((_, shard) => ({ params: { locale, shard: String(shard) } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { shards } = searchFiles(await searchContent(), params.locale as Locale);
  const shard = shards[Number(params.shard)];
  if (!shard) return new Response(null, { status: 404 });
  return new Response(JSON.stringify(shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
