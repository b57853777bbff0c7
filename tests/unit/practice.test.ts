import { describe, expect, it, vi } from 'vitest';
import { hasMicrophone, inTurn, microphoneProblem, takeHolder, type Step } from '../../src/lib/audio/practice';

describe('microphoneProblem', () => {
  it('tells a refusal from a missing microphone', () => {
    expect(microphoneProblem(new DOMException('no', 'NotAllowedError'))).toBe('refused');
    expect(microphoneProblem(new DOMException('policy', 'SecurityError'))).toBe('refused');
    expect(microphoneProblem(new DOMException('none', 'NotFoundError'))).toBe('missing');
    expect(microphoneProblem(new DOMException('busy', 'NotReadableError'))).toBe('missing');
    expect(microphoneProblem(undefined)).toBe('missing');
  });
});

describe('hasMicrophone', () => {
  const devices = (...kinds: MediaDeviceKind[]) => ({
    enumerateDevices: async () => kinds.map((kind) => ({ kind }) as MediaDeviceInfo),
  });

  it('finds a microphone among the devices, without asking for permission', async () => {
    expect(await hasMicrophone(devices('videoinput', 'audioinput'))).toBe(true);
    expect(await hasMicrophone(devices('audiooutput', 'videoinput'))).toBe(false);
  });

  it('cannot tell when the browser does not say', async () => {
    expect(await hasMicrophone(undefined)).toBeUndefined();
    expect(await hasMicrophone({ enumerateDevices: () => Promise.reject(new Error('no')) })).toBeUndefined();
  });
});

describe('inTurn', () => {
  /** A step that waits for the test to end it, noting when it starts and whether it was stopped. */
  function steps(count: number) {
    const log: string[] = [];
    const ends: (() => void)[] = [];
    const list: Step[] = Array.from({ length: count }, (_, i) => (next) => {
      log.push(`start ${i}`);
      ends[i] = next;
      return () => log.push(`stop ${i}`);
    });
    return { log, ends, list };
  }

  it('plays each step after the one before has ended, then says it is over', () => {
    const { log, ends, list } = steps(2);
    const onEnd = vi.fn();
    inTurn(list, onEnd);
    expect(log).toEqual(['start 0']);
    ends[0]!();
    expect(log).toEqual(['start 0', 'start 1']);
    expect(onEnd).not.toHaveBeenCalled();
    ends[1]!();
    expect(onEnd).toHaveBeenCalledOnce();
  });

  it('moves on once when a step reports its end twice', () => {
    const { log, ends, list } = steps(3);
    inTurn(list);
    ends[0]!();
    ends[0]!();
    expect(log).toEqual(['start 0', 'start 1']);
  });

  it('stops the one playing and skips the rest', () => {
    const { log, ends, list } = steps(2);
    const onEnd = vi.fn();
    const stop = inTurn(list, onEnd);
    stop();
    ends[0]!();
    expect(log).toEqual(['start 0', 'stop 0']);
    expect(onEnd).not.toHaveBeenCalled();
  });
});

describe('takeHolder', () => {
  function fakeUrls() {
    let n = 0;
    const live = new Set<string>();
    return {
      live,
      createObjectURL: () => {
        const url = `blob:take-${++n}`;
        live.add(url);
        return url;
      },
      revokeObjectURL: (url: string) => live.delete(url),
    };
  }

  it('keeps one take at a time: a new take frees the old one', () => {
    const urls = fakeUrls();
    const holder = takeHolder(urls);
    const first = holder.set(new Blob(['a']));
    const second = holder.set(new Blob(['b']));
    expect(first).not.toBe(second);
    expect([...urls.live]).toEqual([second]);
    expect(holder.url).toBe(second);
  });

  it('frees the last take when the card is left, and clearing twice is harmless', () => {
    const urls = fakeUrls();
    const holder = takeHolder(urls);
    holder.set(new Blob(['a']));
    holder.clear();
    holder.clear();
    expect(urls.live.size).toBe(0);
    expect(holder.url).toBeUndefined();
  });
});
