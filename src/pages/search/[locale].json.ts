/**
 * /search/<locale>.json: the search index of one help language, built with the
 * project's pipeline (lib/search/) and fetched by the search worker the first time
 * someone searches. What results need to be shown is in its display shards
 * (search/[locale]/[shard].json.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchContent } from '../../lib/content/search-content';
import type { Locale } from '../../lib/i18n/locales';
import { localeParams } from '../../lib/content/static-paths';
import { searchFiles } from '../../lib/search/build-index';

export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { index } = searchFiles(await searchContent(), params.locale as Locale);
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
