/**
 * jsdom has no audio. This stands in for howler's Howl: it records what was played and
 * lets a test decide whether the file loads or fails.
 */
import { vi } from 'vitest';

export interface FakeHowlOptions {
  src: string[];
  onload?: () => void;
  onplay?: () => void;
  onend?: () => void;
  onloaderror?: () => void;
  onplayerror?: () => void;
}

export const howls: FakeHowl[] = [];
/** What was played and stopped, in order ("play /audio/…", "stop /audio/…"). */
export const playLog: string[] = [];
/** Sources that fail to load, as a missing file would. */
export const brokenSources = new Set<string>();

export class FakeHowl {
  loaded: 'unloaded' | 'loading' | 'loaded' = 'unloaded';
  plays = 0;
  unloaded = false;
  constructor(public options: FakeHowlOptions) {
    howls.push(this);
  }
  state() {
    return this.loaded;
  }
  load() {
    this.loaded = 'loading';
    queueMicrotask(() => {
      if (brokenSources.has(this.options.src[0] ?? '')) this.options.onloaderror?.();
      else {
        this.loaded = 'loaded';
        this.options.onload?.();
      }
    });
  }
  play() {
    this.plays++;
    playLog.push(`play ${this.options.src[0]}`);
    queueMicrotask(() => {
      if (this.loaded === 'loaded') this.options.onplay?.();
    });
  }
  stop() {
    playLog.push(`stop ${this.options.src[0]}`);
  }
  unload() {
    this.unloaded = true;
  }
}

vi.mock('howler', () => ({ Howl: FakeHowl }));

// The site fetches howler when the first sound is made (lib/audio/sound.ts); here it is
// fetched before any test, so a click plays at once, as it does once a page has it.
const { loadHowler } = await import('../../src/lib/audio/sound');
await loadHowler();

export function resetHowls() {
  howls.length = 0;
  playLog.length = 0;
  brokenSources.clear();
}
