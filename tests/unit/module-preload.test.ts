import { describe, expect, it } from 'vitest';
import { earlyScript, islandEntries, staticImportsOf, withModulePreloads } from '../../src/build/module-preload';

const island = (component: string, client: string) =>
  `<astro-island uid="a" component-url="${component}" component-export="default" renderer-url="/_astro/client.js" props="{&quot;x&quot;:[0,&quot;a &gt; b&quot;]}" ssr client="${client}"></astro-island>`;

describe('staticImportsOf', () => {
  it('finds static imports and re-exports, relative or absolute, but not import()', () => {
    const code = 'import{a as b}from"./react.js";export{c}from"../x/kit.js";import"/_astro/site.js";const l=()=>import("./later.js");';
    expect(staticImportsOf(code, '/_astro/Flashcards.js')).toEqual(['/_astro/react.js', '/x/kit.js', '/_astro/site.js']);
  });
});

describe('islandEntries', () => {
  it('takes the renderer and the islands that hydrate at load', () => {
    const html = island('/_astro/Picker.js', 'load') + island('/_astro/Later.js', 'visible') + island('/_astro/Badge.js', 'idle');
    expect(islandEntries(html)).toEqual(['/_astro/client.js', '/_astro/Picker.js', '/_astro/Badge.js']);
  });

  it('where every island waits to be seen, takes only the first, the one on the screen', () => {
    const html = island('/_astro/Flashcards.js', 'visible') + island('/_astro/Quiz.js', 'visible');
    expect(islandEntries(html)).toEqual(['/_astro/client.js', '/_astro/Flashcards.js']);
  });

  it('leaves out an island that waits for the page’s first results: its code is to download after them', () => {
    expect(islandEntries(island('/_astro/Search.js', 'after-first-results'))).toEqual([]);
    const html = island('/_astro/Search.js', 'after-first-results') + island('/_astro/Badge.js', 'idle');
    expect(islandEntries(html)).toEqual(['/_astro/client.js', '/_astro/Badge.js']);
  });

  it('takes nothing from a page without islands', () => {
    expect(islandEntries('<html><head></head><body><p>Baba Marta</p></body></html>')).toEqual([]);
  });
});

describe('earlyScript', () => {
  it('is the module script first in the body, where Base.astro puts the early slot', () => {
    const html = '<html><head></head><body data-x>  <script type="module" src="/_astro/search.js"></script> <a class="skip">';
    expect(earlyScript(html)).toBe('/_astro/search.js');
  });

  it('is none where the body starts with anything else', () => {
    expect(
      earlyScript('<html><head></head><body> <a class="skip"></a><script type="module" src="/_astro/Base.js"></script>'),
    ).toBeUndefined();
  });
});

describe('withModulePreloads', () => {
  it('puts one link per file at the end of the head', () => {
    const html = withModulePreloads('<html><head><title>x</title></head><body></body></html>', ['/_astro/react.js', '/_astro/kit.js']);
    expect(html).toBe(
      '<html><head><title>x</title><link rel="modulepreload" href="/_astro/react.js"><link rel="modulepreload" href="/_astro/kit.js"></head><body></body></html>',
    );
  });

  it('leaves a page without files unchanged', () => {
    expect(withModulePreloads('<html><head></head></html>', [])).toBe('<html><head></head></html>');
  });
});
