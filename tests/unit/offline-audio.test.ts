import { keepEveryAudio, totalBytes } from '../../src/lib/browser/offline-audio';

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
