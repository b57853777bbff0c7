/**
 * jsdom has no speech synthesis. This stands in for `speechSynthesis` and
 * `SpeechSynthesisUtterance`: a test chooses the voices and reads what was spoken.
 */
export class FakeUtterance {
  lang = '';
  voice: unknown = null;
  rate = 1;
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}

export function fakeSpeech(voices: { lang: string; name: string; localService?: boolean }[]) {
  const spoken: FakeUtterance[] = [];
  const synth = {
    getVoices: () => voices,
    addEventListener: () => {},
    cancel: () => {},
    speak: (utterance: FakeUtterance) => {
      spoken.push(utterance);
      queueMicrotask(() => {
        utterance.onstart?.();
        queueMicrotask(() => utterance.onend?.());
      });
    },
  };
  return { synth: synth as unknown as SpeechSynthesis, spoken };
}

/** Installs a fake on globalThis; returns what it speaks and a function to remove it. */
export function installSpeech(voices: { lang: string; name: string; localService?: boolean }[]) {
  const { synth, spoken } = fakeSpeech(voices);
  const g = globalThis as Record<string, unknown>;
  g.speechSynthesis = synth;
  g.SpeechSynthesisUtterance = FakeUtterance;
  return {
    spoken,
    remove: () => {
      delete g.speechSynthesis;
      delete g.SpeechSynthesisUtterance;
    },
  };
}
