import { forLanguages, keepEveryAudio, languagesKept, totalBytes } from '../../src/lib/browser/offline-audio';

const list = {
  files: [
    { url: '/audio/words/a.mp3', bytes: 1000 },
    { url: '/audio/words/b.mp3', bytes: 2000 },
    { url: '/audio/words/c.mp3', bytes: 3000 },
  ],
};

/** A cache in memory, with the one file kept before. */
function fakeCaches(kept: string[]) {
  const files = new Map(kept.map((url) => [url, new Response('x')]));
  const cache = {
    match: (url: string) => Promise.resolve(files.get(url)),
    put: (url: string, response: Response) => Promise.resolve(void files.set(url, response)),
  };
  return { files, cacheStorage: { open: () => Promise.resolve(cache) } as unknown as CacheStorage };
}

it('adds up the space the audio takes', () => {
  expect(totalBytes(list)).toBe(6000);
});

it('keeps every file not yet kept, fetching only those, with progress after each', async () => {
  const { files, cacheStorage } = fakeCaches(['/audio/words/a.mp3']);
  const fetched: string[] = [];
  const fetcher = ((url: string) => {
    fetched.push(url);
    return Promise.resolve(new Response('mp3'));
  }) as typeof fetch;
  const progress: [number, number][] = [];
  const result = await keepEveryAudio(list, {
    signal: new AbortController().signal,
    onProgress: (done, total) => progress.push([done, total]),
    cacheStorage,
    fetcher,
    parallel: 1,
  });
  expect(result).toEqual({ failed: 0 });
  expect(fetched).toEqual(['/audio/words/b.mp3', '/audio/words/c.mp3']);
  expect([...files.keys()].sort()).toEqual(list.files.map((file) => file.url));
  expect(progress).toEqual([
    [1, 3],
    [2, 3],
    [3, 3],
  ]);
});

it('counts the files it could not fetch, and keeps the others', async () => {
  const { files, cacheStorage } = fakeCaches([]);
  const fetcher = ((url: string) =>
    url.endsWith('b.mp3') ? Promise.resolve(new Response('', { status: 404 })) : Promise.resolve(new Response('mp3'))) as typeof fetch;
  const result = await keepEveryAudio(list, { signal: new AbortController().signal, onProgress: () => {}, cacheStorage, fetcher });
  expect(result).toEqual({ failed: 1 });
  expect(files.has('/audio/words/b.mp3')).toBe(false);
  expect(files.size).toBe(2);
});

it('stops when cancelled: no file after the cancel, and what was kept stays', async () => {
  const { files, cacheStorage } = fakeCaches([]);
  const controller = new AbortController();
  const fetcher = ((url: string) => {
    if (url.endsWith('a.mp3')) controller.abort();
    return Promise.resolve(new Response('mp3'));
  }) as typeof fetch;
  const result = await keepEveryAudio(list, { signal: controller.signal, onProgress: () => {}, cacheStorage, fetcher, parallel: 1 });
  expect(result).toEqual({ failed: 0 });
  expect([...files.keys()]).toEqual(['/audio/words/a.mp3']);
});

it('keeps the Bulgarian words and sentences, and the spoken instructions of the languages in use only', () => {
  const all = {
    files: [
      { url: '/audio/words/ar.mp3', bytes: 1 },
      { url: '/audio/tiles/a.mp3', bytes: 1 },
      { url: '/audio/phrases/ar/well-done.mp3', bytes: 1 },
      { url: '/audio/phrases/fa/well-done.mp3', bytes: 1 },
      { url: '/audio/quiz/uk/1a2b.mp3', bytes: 1 },
      { url: '/audio/quiz/ar/1a2b.mp3', bytes: 1 },
    ],
  };
  expect(forLanguages(all, ['ar']).files.map((file) => file.url)).toEqual([
    '/audio/words/ar.mp3',
    '/audio/tiles/a.mp3',
    '/audio/phrases/ar/well-done.mp3',
    '/audio/quiz/ar/1a2b.mp3',
  ]);
});

it('reads the help languages the service worker keeps, ignoring what it does not know', async () => {
  const saved = new Response(JSON.stringify(['ar', 'xx', 'en']));
  const cacheStorage = { open: () => Promise.resolve({ match: () => Promise.resolve(saved) }) } as unknown as CacheStorage;
  expect(await languagesKept(cacheStorage)).toEqual(['ar', 'en']);
  const empty = { open: () => Promise.resolve({ match: () => Promise.resolve(undefined) }) } as unknown as CacheStorage;
  expect(await languagesKept(empty)).toEqual([]);
});

it('writes a file once when the service worker answering the fetch has kept it already', async () => {
  const { files, cacheStorage } = fakeCaches([]);
  let writes = 0;
  const cache = await cacheStorage.open('audio');
  const put = cache.put.bind(cache);
  cache.put = (url, response) => {
    writes += 1;
    return put(url, response);
  };
  // As the service worker does: it keeps the file before it answers.
  const fetcher = ((url: string) => put(url, new Response('mp3')).then(() => new Response('mp3'))) as typeof fetch;
  await keepEveryAudio(list, { signal: new AbortController().signal, onProgress: () => {}, cacheStorage, fetcher });
  expect(files.size).toBe(3);
  expect(writes).toBe(0);
});
