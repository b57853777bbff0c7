import { describe, expect, it } from 'vitest';
import { cheerNotes, playCheer } from '../../src/lib/audio/cheer';

/** Just enough of an AudioContext to see which notes are scheduled and when. */
function fakeContext() {
  const started: { frequency: number; at: number }[] = [];
  class FakeContext {
    currentTime = 10;
    destination = {};
    createOscillator() {
      const node = {
        type: '',
        frequency: { value: 0 },
        connect: (next: unknown) => next,
        start: (at: number) => started.push({ frequency: node.frequency.value, at }),
        stop: () => undefined,
      };
      return node;
    }
    createGain() {
      const ramp = () => undefined;
      return { gain: { setValueAtTime: ramp, exponentialRampToValueAtTime: ramp }, connect: (next: unknown) => next };
    }
    close() {
      return Promise.resolve();
    }
  }
  return { Context: FakeContext as unknown as new () => AudioContext, started };
}

describe('playCheer', () => {
  it('plays four rising notes, one after another', () => {
    const { Context, started } = fakeContext();
    playCheer(Context);
    expect(started.map((n) => n.frequency)).toEqual([...cheerNotes]);
    expect(started.map((n) => n.at)).toEqual([...started.map((n) => n.at)].sort((a, b) => a - b));
    expect(started[0]!.at).toBeGreaterThanOrEqual(10);
  });

  it('is silent without Web Audio, and never throws', () => {
    expect(() => playCheer(undefined)).not.toThrow();
    const Broken = function () {
      throw new Error('no audio device');
    } as unknown as new () => AudioContext;
    expect(() => playCheer(Broken)).not.toThrow();
  });
});
