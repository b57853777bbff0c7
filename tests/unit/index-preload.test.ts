// @vitest-environment jsdom
/**
 * The search page's inline head script: with a query in the address it asks for the index
 * as a preload that the page's own fetch() can take over; without one it asks for nothing.
 */
import { describe, expect, it } from 'vitest';
import { indexPreloadScript } from '../../src/lib/search/index-preload';

/** Runs the script as the browser would, in a head that holds it, at `address`. */
function runAt(address: string, indexUrl: string | null = '/search/en.json'): HTMLLinkElement[] {
  document.head.innerHTML = '';
  const script = document.createElement('script');
  if (indexUrl !== null) script.dataset.indexPreload = indexUrl;
  document.head.append(script);
  const page = { currentScript: script, createElement: document.createElement.bind(document), head: document.head };
  // The script reads `document` and `location` as globals; here they are these two.
  new Function('document', 'location', indexPreloadScript)(page, new URL(address));
  return [...document.head.querySelectorAll<HTMLLinkElement>('link')];
}

describe('indexPreloadScript', () => {
  it('preloads the index for a search link, in the mode and credentials of fetch()', () => {
    const links = runAt('https://zdravei.example/en/search/?q=%D0%BC%D0%B5%D1%87%D0%BA%D0%B0');
    expect(links).toHaveLength(1);
    const [link] = links;
    expect(link?.getAttribute('rel')).toBe('preload');
    expect(link?.getAttribute('as')).toBe('fetch');
    // Without it the preload is credentialed differently and fetch() downloads the index again.
    expect(link?.getAttribute('crossorigin')).toBe('anonymous');
    expect(link?.getAttribute('href')).toBe('/search/en.json');
  });

  it('asks for nothing without a query, with a blank one, or without an index named', () => {
    expect(runAt('https://zdravei.example/en/search/')).toEqual([]);
    expect(runAt('https://zdravei.example/en/search/?q=+++')).toEqual([]);
    expect(runAt('https://zdravei.example/en/search/?lang=bg')).toEqual([]);
    expect(runAt('https://zdravei.example/en/search/?q=bear', null)).toEqual([]);
  });

  it('is plain script without imports, as an inline script must be', () => {
    // Its hash in the page's policy is checked on the built page (tests/e2e/csp.spec.ts).
    expect(indexPreloadScript).not.toMatch(/\bimport\b|\bexport\b/);
  });
});
