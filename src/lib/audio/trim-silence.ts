/**
 * Finding the sound inside a recording: the tutor taps "record" a moment before speaking
 * and "stop" a moment after, and that silence would delay every playback. Pure: works on
 * the PCM samples of one channel, so it is tested without a browser.
 */

export interface SoundBounds {
  /** The first sample to keep. */
  start: number;
  /** One past the last sample to keep; equal to `start` when everything is silence. */
  end: number;
}

export interface TrimOptions {
  /** Samples per second of `samples`. */
  sampleRate: number;
  /** The loudness (absolute sample value, 0 to 1) below which a sample counts as silence. */
  threshold?: number;
  /** Silence kept on each side, in ms, so a soft first consonant is not cut. */
  paddingMs?: number;
}

/** Where the sound is: everything from the first to the last sample above the threshold, with padding. */
export function soundBounds(samples: Float32Array, { sampleRate, threshold = 0.02, paddingMs = 80 }: TrimOptions): SoundBounds {
  let first = -1;
  let last = -1;
  for (let i = 0; i < samples.length; i++) {
    if (Math.abs(samples[i] ?? 0) >= threshold) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return { start: 0, end: 0 };
  const padding = Math.round((sampleRate * paddingMs) / 1000);
  return { start: Math.max(0, first - padding), end: Math.min(samples.length, last + 1 + padding) };
}

/** The samples with leading and trailing silence cut off; all of them when nothing is loud enough (a quiet microphone). */
export function trimSilence(samples: Float32Array, options: TrimOptions): Float32Array {
  const { start, end } = soundBounds(samples, options);
  return end > start ? samples.subarray(start, end) : samples;
}
