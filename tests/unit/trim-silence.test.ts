import { describe, expect, it } from 'vitest';
import { soundBounds, trimSilence } from '../../src/lib/audio/trim-silence';
import { encodeWav } from '../../src/lib/audio/wav';

/** Silence, then a tone, then silence: `before`, `sound` and `after` samples long. */
function take(before: number, sound: number, after: number, loudness = 0.5): Float32Array {
  const samples = new Float32Array(before + sound + after);
  for (let i = 0; i < sound; i++) samples[before + i] = loudness * Math.sin(i / 3 + 0.5);
  return samples;
}

describe('soundBounds', () => {
  it('cuts leading and trailing silence, keeping the padding on each side', () => {
    // 1000 samples a second: 80 ms of padding is 80 samples.
    const bounds = soundBounds(take(500, 300, 700), { sampleRate: 1000, paddingMs: 80 });
    expect(bounds.start).toBe(420);
    expect(bounds.end).toBeGreaterThanOrEqual(800 + 80 - 2);
    expect(bounds.end).toBeLessThanOrEqual(800 + 80);
  });

  it('treats hiss below the threshold as silence', () => {
    const samples = take(200, 100, 200);
    for (let i = 0; i < 200; i++) samples[i] = 0.01;
    expect(soundBounds(samples, { sampleRate: 1000, threshold: 0.02, paddingMs: 0 }).start).toBe(200);
  });

  it('does not pad past either end', () => {
    const bounds = soundBounds(take(10, 100, 10), { sampleRate: 1000, paddingMs: 80 });
    expect(bounds).toEqual({ start: 0, end: 120 });
  });

  it('finds no sound in silence', () => {
    expect(soundBounds(new Float32Array(100), { sampleRate: 1000 })).toEqual({ start: 0, end: 0 });
  });
});

describe('trimSilence', () => {
  it('returns only the sound and its padding', () => {
    expect(trimSilence(take(1000, 500, 1000), { sampleRate: 1000, paddingMs: 0 }).length).toBeGreaterThanOrEqual(498);
    expect(trimSilence(take(1000, 500, 1000), { sampleRate: 1000, paddingMs: 0 }).length).toBeLessThanOrEqual(500);
  });

  it('keeps everything when nothing is loud enough, rather than storing an empty recording', () => {
    const quiet = take(10, 50, 10, 0.005);
    expect(trimSilence(quiet, { sampleRate: 1000 })).toHaveLength(70);
  });
});

describe('encodeWav', () => {
  it('writes a 16-bit mono WAV header and the samples', async () => {
    const blob = encodeWav(new Float32Array([0, 1, -1]), 24000);
    expect(blob.type).toBe('audio/wav');
    const view = new DataView(await blob.arrayBuffer());
    expect(String.fromCharCode(...new Uint8Array(await blob.arrayBuffer()).slice(0, 4))).toBe('RIFF');
    expect(view.getUint32(24, true)).toBe(24000);
    expect(view.getUint32(40, true)).toBe(6);
    expect(view.getInt16(46, true)).toBe(0x7fff);
    expect(view.getInt16(48, true)).toBe(-0x7fff);
  });
});
