import { afterEach, describe, expect, it } from 'vitest';
import { bulgarianVoice, speakBulgarian, voiceFor } from '../../src/lib/audio/speech';
import { fakeSpeech, installSpeech } from './speech-fake';

const voice = (lang: string, name = lang, localService = false) => ({ lang, name, localService }) as unknown as SpeechSynthesisVoice;

describe('bulgarianVoice', () => {
  it('finds a Bulgarian voice, preferring one installed on the computer', () => {
    expect(bulgarianVoice([voice('en-GB'), voice('bg-BG', 'online'), voice('bg-BG', 'local', true)])?.name).toBe('local');
    expect(bulgarianVoice([voice('en-US'), voice('bg')])?.name).toBe('bg');
  });

  it('finds none among other languages, even ones that start with the same letters', () => {
    expect(bulgarianVoice([voice('en-GB'), voice('bn-IN'), voice('bgc')])).toBeUndefined();
  });
});

describe('voiceFor', () => {
  it('finds a voice of the help language by its language alone, preferring one on the computer', () => {
    const voices = [voice('ar-SA', 'online'), voice('ar-EG', 'local', true), voice('fa-IR'), voice('en-GB')];
    expect(voiceFor(voices, 'ar')?.name).toBe('local');
    expect(voiceFor(voices, 'fa')?.name).toBe('fa-IR');
    expect(voiceFor(voices, 'uk')).toBeUndefined();
  });
});

describe('speakBulgarian', () => {
  let remove = () => {};
  afterEach(() => remove());

  it('speaks the text without stress marks with the Bulgarian voice', async () => {
    const speech = installSpeech([
      { lang: 'en-GB', name: 'English' },
      { lang: 'bg-BG', name: 'Bulgarian' },
    ]);
    remove = speech.remove;
    const events: string[] = [];
    const started = await speakBulgarian('здравѐй', { onstart: () => events.push('start'), onend: () => events.push('end') });
    expect(started).toBe(true);
    expect(speech.spoken[0]?.text).toBe('здравей');
    expect(speech.spoken[0]?.lang).toBe('bg-BG');
    await new Promise((r) => setTimeout(r, 0));
    expect(events).toEqual(['start', 'end']);
  });

  it('says nothing and resolves false without a Bulgarian voice', async () => {
    const speech = installSpeech([{ lang: 'en-GB', name: 'English' }]);
    remove = speech.remove;
    expect(await speakBulgarian('да', { onstart: () => {}, onend: () => {} }, undefined, 0)).toBe(false);
    expect(speech.spoken).toEqual([]);
  });

  it('resolves false where the browser has no speech synthesis at all', async () => {
    expect(await speakBulgarian('да', { onstart: () => {}, onend: () => {} }, undefined)).toBe(false);
    const { synth } = fakeSpeech([{ lang: 'bg-BG', name: 'Bulgarian' }]);
    // A synthesiser but no SpeechSynthesisUtterance constructor.
    expect(await speakBulgarian('да', { onstart: () => {}, onend: () => {} }, synth)).toBe(false);
  });
});
