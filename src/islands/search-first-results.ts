/**
 * The first results of a page opened with `?q=`, drawn before React has come. On a weak
 * line React (70 KB) and the index (about 85 KB) shared the line, and the results waited
 * for both: on the slow profile the first came after 6.6 s. The page's first script
 * (search-early.ts) now draws them itself, as plain HTML, and the island downloads only
 * after that (after-first-results.ts); once it runs, it shows the same search and these
 * are removed (Search.tsx). The markup is SearchResult.tsx's, without the listen button
 * (it needs the island's code); search.css keeps its room so that nothing moves when it
 * comes. tests/unit/search-first-results.test.tsx holds the two to the same markup.
 */
import { element, type Child } from '../lib/browser/make-element';
import { format } from '../lib/i18n/format';
import { textDirection, type Locale } from '../lib/i18n/locales';
import type { SearchResult } from '../lib/search/engine';
import { languageRuns } from '../lib/search/language-runs';
import type { SearchReply } from '../lib/search/searcher';
import type { TextPart } from '../lib/search/snippet';

/** The island's strings these results need, written into the page (search.astro). */
export const firstResultsKeys = [
  'search.count',
  'search.countBest',
  'search.none',
  'search.results',
  'search.kind.lesson',
  'search.kind.culture',
  'search.kind.word',
] as const;

export type FirstResultsStrings = Record<(typeof firstResultsKeys)[number], string> & {
  /** The page's locale: numbers follow it. */
  locale: string;
};

/** A part as shown: a matching word marked, the rest plain text. */
const piece = (doc: Document, part: TextPart): Child => (part.mark ? element(doc, 'mark', {}, [part.text]) : part.text);

/** Parts in order, each run of Bulgarian in one left-to-right span with lang="bg" (languageRuns). */
function marked(doc: Document, parts: readonly TextPart[]): Child[] {
  return languageRuns(parts).flatMap((run) => {
    const pieces = run.parts.map((part) => piece(doc, part));
    return run.bulgarian ? [element(doc, 'span', { lang: 'bg', dir: 'ltr' }, pieces)] : pieces;
  });
}

const inLanguage = (doc: Document, language: Locale, parts: readonly TextPart[]) =>
  element(doc, 'span', { lang: language, dir: textDirection(language) }, marked(doc, parts));

/** One result, as SearchResult.tsx draws it. */
export function firstResult(doc: Document, result: SearchResult, strings: FirstResultsStrings): HTMLElement {
  const title = inLanguage(doc, result.title.language, result.title.parts);
  const bulgarian = result.titleBg ?? (result.kind === 'word' ? result.title.parts : undefined);
  const body: Child[] = [
    element(doc, 'p', { class: 'search-result__kind' }, [strings[`search.kind.${result.kind}`]]),
    element(doc, 'h2', { class: 'search-result__title' }, [result.url ? element(doc, 'a', { href: result.url }, [title]) : title]),
  ];
  if ((result.titleBg || result.kind === 'word') && bulgarian) {
    const line: Child[] = [];
    if (result.titleBg)
      line.push(element(doc, 'span', { lang: 'bg', dir: 'ltr', class: 'search-result__bulgarian' }, marked(doc, result.titleBg)));
    if (result.translit)
      line.push(element(doc, 'span', { lang: 'bg-Latn', dir: 'ltr', class: 'search-result__translit' }, [result.translit]));
    body.push(element(doc, 'p', { class: 'search-result__bg' }, line));
  }
  if (result.snippet)
    body.push(element(doc, 'p', { class: 'search-result__snippet' }, [inLanguage(doc, result.snippet.language, result.snippet.parts)]));
  const picture =
    result.kind !== 'word'
      ? []
      : result.picture
        ? // The address last, as React sets it: given before loading="lazy", it would load at once.
          [
            element(doc, 'img', {
              class: 'search-result__picture',
              alt: '',
              width: '64',
              height: '64',
              loading: 'lazy',
              src: result.picture,
            }),
          ]
        : [element(doc, 'span', { class: 'search-result__picture' })];
  return element(doc, 'li', { class: `search-result search-result--${result.kind}` }, [
    ...picture,
    element(doc, 'div', { class: 'search-result__body' }, body),
  ]);
}

/**
 * The status line of a search that answered: how many were found ("the best" when there
 * are more than shown), or that nothing was, with the words searched for. The island's
 * status line (Search.tsx) says the same.
 */
export function countLine(
  found: { count: number; more: boolean },
  query: string,
  strings: Pick<FirstResultsStrings, 'search.count' | 'search.countBest' | 'search.none'> & { locale?: string },
): string {
  return found.count > 0
    ? format(strings[found.more ? 'search.countBest' : 'search.count'], { count: found.count }, strings.locale)
    : format(strings['search.none'], { query });
}

/**
 * Draws a reply into `container`, with the line saying how many were found, as the island
 * would; a failure draws nothing, and is left to the island, which tries again and says so.
 * Returns whether anything was drawn.
 */
export function drawFirstResults(container: HTMLElement, query: string, reply: SearchReply, strings: FirstResultsStrings): boolean {
  if (!reply.ok) return false;
  const doc = container.ownerDocument;
  // Not a live region: the island's own status line, which takes over, is the one that speaks.
  const drawn: Child[] = [element(doc, 'p', { class: 'search__status' }, [countLine(reply, query, strings)])];
  if (reply.results.length > 0) {
    drawn.push(
      element(
        doc,
        'ol',
        { class: 'search__results', 'aria-label': strings['search.results'] },
        reply.results.map((result) => firstResult(doc, result, strings)),
      ),
    );
  }
  container.replaceChildren(...drawn);
  return true;
}
