/**
 * One word in one help language, as JSON: the review page fetches only the words that
 * are due, instead of loading the whole word bank.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { locales, type Locale } from '../../../lib/i18n/locales';
import { wordForLocale } from '../../../lib/content/words';

export const getStaticPaths = (async () => {
  const words = await getCollection('vocabulary');
  return locales.flatMap((locale) => words.map((word) => ({ params: { locale, id: word.id }, props: { word: word.data } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response(JSON.stringify(wordForLocale(props.word, params.locale as Locale)), { headers: { 'Content-Type': 'application/json' } });
