/**
 * The tutor's "make everything available offline": every word and sentence file (the
 * list the build writes, src/sw/integration.ts) put into the audio cache the service
 * worker answers from, a few at a time, skipping the ones already kept. It reports
 * progress after each file and stops when its signal is aborted; what was kept stays.
 */
import { audioCache, audioListUrl, type AudioList } from '../../sw/names';

export interface KeepResult {
  /** Files that could not be fetched (the connection dropped, a file missing). */
  failed: number;
}

/** The list of audio files and their sizes, from the build. */
export async function loadAudioList(fetcher: typeof fetch = fetch): Promise<AudioList> {
  const response = await fetcher(audioListUrl);
  if (!response.ok) throw new Error(`${audioListUrl}: ${response.status}`);
  return (await response.json()) as AudioList;
}

export function totalBytes(list: AudioList): number {
  return list.files.reduce((sum, file) => sum + file.bytes, 0);
}

/** Whether this browser can keep the site offline here (a secure context with service workers and caches). */
export function canKeepOffline(win: Window = window): boolean {
  return win.isSecureContext && 'serviceWorker' in win.navigator && 'caches' in win;
}

export async function keepEveryAudio(
  list: AudioList,
  {
    signal,
    onProgress,
    cacheStorage = caches,
    fetcher = fetch,
    parallel = 4,
  }: {
    signal: AbortSignal;
    onProgress: (done: number, total: number) => void;
    cacheStorage?: CacheStorage;
    fetcher?: typeof fetch;
    parallel?: number;
  },
): Promise<KeepResult> {
  const cache = await cacheStorage.open(audioCache);
  const queue = [...list.files];
  let done = 0;
  let failed = 0;
  const worker = async () => {
    for (let file = queue.shift(); file && !signal.aborted; file = queue.shift()) {
      try {
        if (!(await cache.match(file.url))) {
          const response = await fetcher(file.url, { signal });
          if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
          await cache.put(file.url, response);
        }
        done += 1;
        onProgress(done, list.files.length);
      } catch {
        if (!signal.aborted) failed += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { failed };
}
