/** Loading the index once, and only the display shards of the results shown (fixture-content.ts). */
import { describe, expect, it } from 'vitest';
import { buildSearchPayload } from '../../../src/lib/search/build-index';
import { shardsFor } from '../../../src/lib/search/display';
import { openIndex, openSearch } from '../../../src/lib/search/engine';
import { createSearcher, reply, SearchLoadError, withDownloaded } from '../../../src/lib/search/searcher';
import { content } from './fixture-content';

/** The files of the English index in small shards, served from memory; `failing` makes matching URLs fail. */
function served(shardBytes = 400) {
  const files = JSON.parse(JSON.stringify(buildSearchPayload(content, 'en', shardBytes))) as ReturnType<typeof buildSearchPayload>;
  const fetched: string[] = [];
  const state: { failing?: RegExp } = {};
  const load = async (url: string) => {
    fetched.push(url);
    if (state.failing?.test(url)) throw new Error(`${url}: HTTP 503`);
    if (url === '/search/en.json') return files.index;
    const shard = /^\/search\/en\/(\d+)\.json$/.exec(url);
    if (shard) return files.shards[Number(shard[1])];
    throw new Error(`${url}: HTTP 404`);
  };
  return { files, fetched, state, searcher: createSearcher('/search/en.json', load) };
}

describe('createSearcher', () => {
  it('gives the results of the whole index at once, loading only the shards they need', async () => {
    const { files, fetched, searcher } = served();
    expect(files.shards.length).toBeGreaterThan(3);
    const { results, count, more } = await searcher.search('мечка', 3);
    expect(results).toEqual(openSearch(files).search('мечка', 3));
    expect(count).toBe(results.length);
    expect(more).toBe(openSearch(files).search('мечка', 4).length > 3);
    expect(fetched[0]).toBe('/search/en.json');
    const shards = fetched.slice(1);
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThan(files.shards.length);
  });

  it('shows the first few results when asked, with how many there are in all, and loads only their shards', async () => {
    const { files, fetched, searcher } = served();
    const all = openSearch(files).search('мечка', 20);
    expect(all.length).toBe(2);
    const first = await searcher.search('мечка', 20, 1);
    expect(first).toEqual({ results: all.slice(0, 1), count: 2, more: false });
    const [firstShard, otherShard] = all.map((result) => shardsFor([Number(result.ref)], openIndex(files.index).shards)[0]);
    expect(firstShard).not.toBe(otherShard);
    expect(fetched).toEqual(['/search/en.json', `/search/en/${firstShard}.json`]);
    // Then all of them, with the same count: only the shard not loaded yet is fetched.
    expect(await searcher.search('мечка', 20)).toEqual({ results: all, count: 2, more: false });
    expect(fetched.slice(2)).toEqual([`/search/en/${otherShard}.json`]);
    // The count stops at the limit, as the results do.
    expect(await searcher.search('мечка', 1, 0)).toEqual({ results: [], count: 1, more: true });
  });

  it('loads the index and each shard once', async () => {
    const { fetched, searcher } = served();
    searcher.warm();
    await searcher.search('bear', 20);
    await searcher.search('bear', 20);
    await searcher.search('мечка', 20);
    expect(fetched.filter((url) => url === '/search/en.json')).toHaveLength(1);
    expect(new Set(fetched).size).toBe(fetched.length);
  });

  it('says which file failed, and tries it again with the next search', async () => {
    const { state, searcher } = served();
    state.failing = /en\.json$/;
    await expect(searcher.search('bear', 20)).rejects.toMatchObject({ failure: 'index' });
    state.failing = /\/en\/\d+\.json$/;
    await expect(searcher.search('bear', 20)).rejects.toBeInstanceOf(SearchLoadError);
    expect(await reply(searcher, 'bear', 20)).toEqual({ ok: false, failure: 'display' });
    state.failing = undefined;
    const answer = await reply(searcher, 'bear', 20);
    expect(answer.ok && answer.results.length).toBeGreaterThan(0);
  });

  it('refuses a shard that is not of this index', async () => {
    const { files, searcher } = served();
    for (const shard of files.shards) shard.first += 1;
    expect(await reply(searcher, 'bear', 20)).toEqual({ ok: false, failure: 'display' });
  });

  it('needs no shard for a query that finds nothing', async () => {
    const { fetched, searcher } = served();
    expect(await reply(searcher, 'qqqxxzz', 20)).toEqual({ ok: true, results: [], count: 0, more: false });
    expect(fetched).toEqual(['/search/en.json']);
  });
});

describe('withDownloaded', () => {
  const bytes = (text: string) => new TextEncoder().encode(text).buffer;

  it('reads the index the page downloaded from its bytes, once, and fetches everything else', async () => {
    const fetched: string[] = [];
    const load = withDownloaded('/search/en.json', bytes('{"version":5,"locale":"en"}'), (url) => {
      fetched.push(url);
      return Promise.resolve({ from: url });
    });
    expect(await load('/search/en.json')).toEqual({ version: 5, locale: 'en' });
    expect(await load('/search/en/0.json')).toEqual({ from: '/search/en/0.json' });
    expect(await load('/search/en.json')).toEqual({ from: '/search/en.json' });
    expect(fetched).toEqual(['/search/en/0.json', '/search/en.json']);
  });

  it('fetches the index again after bytes that do not parse', async () => {
    const fetched: string[] = [];
    const load = withDownloaded('/search/en.json', bytes('{"cut sh'), (url) => {
      fetched.push(url);
      return Promise.resolve({});
    });
    await expect(load('/search/en.json')).rejects.toThrow(SyntaxError);
    expect(await load('/search/en.json')).toEqual({});
    expect(fetched).toEqual(['/search/en.json']);
  });

  it('gives a searcher the same results from downloaded bytes as from a fetch', async () => {
    const { files, searcher } = served();
    const fromBytes = createSearcher(
      '/search/en.json',
      withDownloaded('/search/en.json', bytes(JSON.stringify(files.index)), (url) => {
        const shard = /^\/search\/en\/(\d+)\.json$/.exec(url);
        return shard ? Promise.resolve(files.shards[Number(shard[1])]) : Promise.reject(new Error(`${url}: HTTP 404`));
      }),
    );
    expect(await fromBytes.search('мечка', 5)).toEqual(await searcher.search('мечка', 5));
  });
});
