import { builtFile, languageOf, splitPacks, versionOf } from '../../src/sw/packs';

it('puts each help language’s pages, word files, search index and display shards in its pack, and the rest in the shell', () => {
  const entries = [
    { url: 'en/lessons/language/greetings/index.html', revision: 'a' },
    { url: 'en/words/zdravey.json', revision: 'b' },
    { url: 'search/en.json', revision: 'c' },
    { url: 'search/en/0.json', revision: 'c0' },
    { url: 'search/en/12.json', revision: 'c12' },
    { url: 'ar/index.html', revision: 'd' },
    { url: '_astro/client.Ab12.js', revision: null },
    { url: 'pictures/1F43B.svg', revision: 'e' },
    { url: 'index.html', revision: 'f' },
    { url: 'search/xx.json', revision: 'g' },
    { url: 'search/xx/0.json', revision: 'h' },
    { url: 'search/en/x.json', revision: 'i' },
  ];
  const packs = splitPacks(entries);
  expect(packs.languages.en?.map((entry) => entry.url)).toEqual([
    'en/lessons/language/greetings/index.html',
    'en/words/zdravey.json',
    'search/en.json',
    'search/en/0.json',
    'search/en/12.json',
  ]);
  expect(packs.languages.ar?.map((entry) => entry.url)).toEqual(['ar/index.html']);
  expect(packs.languages.bg).toBeUndefined();
  expect(packs.shell.map((entry) => entry.url)).toEqual([
    '_astro/client.Ab12.js',
    'pictures/1F43B.svg',
    'index.html',
    'search/xx.json',
    'search/xx/0.json',
    'search/en/x.json',
  ]);
});

it('knows a language only from the first folder or the search index name', () => {
  expect(languageOf('/uk/about/index.html')).toBe('uk');
  expect(languageOf('pictures/en.svg')).toBeUndefined();
  expect(languageOf('english/index.html')).toBeUndefined();
});

it('finds the built file of a page URL', () => {
  expect(builtFile('/en/about/')).toBe('/en/about/index.html');
  expect(builtFile('/')).toBe('/index.html');
  expect(builtFile('/search/en.json')).toBe('/search/en.json');
});

it('names a version by its files and their revisions', () => {
  const one = [{ url: 'en/index.html', revision: '1' }];
  expect(versionOf(one)).toBe(versionOf([{ url: 'en/index.html', revision: '1' }]));
  expect(versionOf(one)).not.toBe(versionOf([{ url: 'en/index.html', revision: '2' }]));
  expect(versionOf(one)).toMatch(/^[0-9a-z]+$/);
});
