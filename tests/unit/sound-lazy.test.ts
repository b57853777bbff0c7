import { expect, it, vi } from 'vitest';

// howler arrives only when the test lets it: as on a slow connection, after the first tap.
const howler = vi.hoisted(() => {
  let release: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  return { arrived, release: () => release(), events: [] as string[] };
});

vi.mock('howler', async () => {
  await howler.arrived;
  class Howl {
    constructor(private options: { src: string[]; onplay?: () => void }) {
      howler.events.push(`load ${options.src[0]}`);
    }
    state() {
      return 'loaded';
    }
    load() {}
    play() {
      howler.events.push('play');
      this.options.onplay?.();
    }
    stop() {}
    unload() {}
  }
  return { Howl };
});

const { createSound } = await import('../../src/lib/audio/sound');

it('a tap before howler has arrived says it is loading, then plays once howler is there', async () => {
  const states: string[] = [];
  const sound = createSound('/audio/words/zdravey.mp3', (state) => states.push(state));
  sound.play();
  expect(states).toEqual(['loading']);
  expect(howler.events).toEqual([]);

  howler.release();
  await vi.waitFor(() => expect(howler.events).toEqual(['load /audio/words/zdravey.mp3', 'play']));
  expect(states.at(-1)).toBe('playing');
});
