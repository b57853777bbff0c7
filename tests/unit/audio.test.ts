import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { brokenSources, howls, resetHowls } from './howler-mock';
import { createSound, formatOfMime, recordingWaitMs, type PlaybackState } from '../../src/lib/audio/sound';
import { installSpeech } from './speech-fake';

beforeEach(resetHowls);
let removeSpeech = () => {};
afterEach(() => {
  removeSpeech();
  vi.useRealTimers();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function recorder() {
  const states: PlaybackState[] = [];
  return { states, onState: (state: PlaybackState) => states.push(state) };
}

describe('formatOfMime', () => {
  it('names the format howler needs for a recording made in the browser', () => {
    expect(formatOfMime('audio/webm;codecs=opus')).toBe('webm');
    expect(formatOfMime('audio/ogg')).toBe('ogg');
    expect(formatOfMime('audio/mp4')).toBe('m4a');
    expect(formatOfMime('audio/mpeg')).toBe('mp3');
    expect(formatOfMime('')).toBe('webm');
  });
});

describe('createSound', () => {
  it('plays the generated file when there is no recording', async () => {
    const { states, onState } = recorder();
    createSound({ src: '/audio/words/da.mp3', text: 'да', recording: () => undefined }, onState).play();
    await settle();
    expect(howls.map((h) => h.options.src[0])).toEqual(['/audio/words/da.mp3']);
    expect(howls[0]?.plays).toBe(1);
    expect(states).toContain('loading');
    expect(states.at(-1)).toBe('playing');
  });

  it('plays the tutor’s recording instead of the generated file', async () => {
    const blob = new Blob(['x'], { type: 'audio/webm;codecs=opus' });
    const sound = createSound({ src: '/audio/words/da.mp3', text: 'да', recording: () => Promise.resolve(blob) }, () => {});
    sound.play();
    await settle();
    const played = howls.filter((h) => h.plays > 0);
    expect(played).toHaveLength(1);
    expect(played[0]?.options.src[0]).toMatch(/^blob:/);
    expect((played[0]?.options as { format?: string[] }).format).toEqual(['webm']);
    sound.unload();
  });

  it('does not keep the child waiting for a slow lookup: the file plays, the recording next time', async () => {
    vi.useFakeTimers();
    createSound({ src: '/audio/words/da.mp3', recording: () => new Promise<Blob | undefined>(() => {}) }, () => {}).play();
    await vi.advanceTimersByTimeAsync(recordingWaitMs + 10);
    expect(howls.filter((h) => h.plays > 0).map((h) => h.options.src[0])).toEqual(['/audio/words/da.mp3']);
  });

  it('falls back to the generated file when the recording cannot play', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:broken-recording');
    brokenSources.add('blob:broken-recording');
    createSound({ src: '/audio/words/da.mp3', recording: () => new Blob(['x'], { type: 'audio/ogg' }) }, () => {}).play();
    await settle();
    expect(howls.map((h) => h.options.src[0])).toEqual(['/audio/words/da.mp3', 'blob:broken-recording', '/audio/words/da.mp3']);
    expect(howls.at(-1)?.plays).toBe(1);
    vi.restoreAllMocks();
  });

  it('speaks with a Bulgarian voice when the file cannot play', async () => {
    const speech = installSpeech([{ lang: 'bg-BG', name: 'Bulgarian' }]);
    removeSpeech = speech.remove;
    brokenSources.add('/audio/words/missing.mp3');
    const { states, onState } = recorder();
    createSound({ src: '/audio/words/missing.mp3', text: 'мѐчка' }, onState).play();
    await vi.waitFor(() => expect(states.at(-1)).toBe('idle'));
    expect(speech.spoken.map((u) => u.text)).toEqual(['мечка']);
    expect(states).toContain('playing');
    expect(states).not.toContain('unavailable');
  });

  it('says the sound is unavailable when no file plays and there is no Bulgarian voice', async () => {
    const speech = installSpeech([{ lang: 'en-US', name: 'English' }]);
    removeSpeech = speech.remove;
    brokenSources.add('/audio/words/missing.mp3');
    const { states, onState } = recorder();
    createSound({ src: '/audio/words/missing.mp3', text: 'мѐчка' }, onState).play();
    await vi.waitFor(() => expect(states.at(-1)).toBe('unavailable'), { timeout: 2000 });
    expect(speech.spoken).toEqual([]);
  });
});
