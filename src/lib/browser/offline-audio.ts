/**
 * The tutor's "make everything available offline": every word and sentence file (the
 * list the build writes, src/sw/integration.ts), and the spoken instructions and quiz
 * questions of the help languages used here, put into the audio cache the service
 * worker answers from, a few at a time, skipping the ones already kept. It reports
 * progress after each file and stops when its signal is aborted; what was kept stays.
 */
import { locales, type Locale } from '../i18n/locales';
import { audioCache, audioListUrl, type AudioList } from '../../sw/names';

export { languagesKept } from '../../sw/names';

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

/** Audio spoken in a help language lives in a folder named by it (/audio/phrases/ar/, /audio/quiz/ar/). */
function spokenIn(url: string): string | undefined {
  return url.split('/').find((part) => (locales as readonly string[]).includes(part));
}

/**
 * The files a computer using these help languages needs: every Bulgarian word and
 * sentence, and the instructions and questions in those languages only (each
 * language's are 2.5 to 3.8 MB).
 */
export function forLanguages(list: AudioList, used: readonly Locale[]): AudioList {
  return {
    files: list.files.filter((file) => {
      const language = spokenIn(file.url);
      return language === undefined || used.includes(language as Locale);
    }),
  };
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
    parallel = 6,
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
          // The service worker, when it answers, has already kept the file: write it once.
          if (!(await cache.match(file.url))) await cache.put(file.url, response);
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
