/**
 * The last way to hear a word or a phrase: the browser's own speech synthesis, when it
 * has a voice for the language (Bulgarian for words, the help language for phrases).
 * Many computers have none; then this says so and the button shows that the sound
 * cannot play.
 */

/** A voice for a language (`bg` matches bg and bg-BG), preferring one installed on the computer, which works offline. */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const matching = voices.filter((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === lang.toLowerCase());
  return matching.find((voice) => voice.localService) ?? matching[0];
}

/** A Bulgarian voice (bg, bg-BG), preferring one installed on the computer. */
export function bulgarianVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  return voiceFor(voices, 'bg');
}

/** The voices, waiting briefly for them: Chrome fills the list only after a moment. */
function voicesOf(synth: SpeechSynthesis, waitMs: number): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0 || waitMs <= 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener?.('voiceschanged', done, { once: true });
    setTimeout(done, waitMs);
  });
}

export interface SpeechEvents {
  onstart: () => void;
  onend: () => void;
}

/**
 * Speaks Bulgarian text with a bg voice. Resolves false, saying nothing, when the
 * browser has no speech synthesis or no Bulgarian voice.
 */
export function speakBulgarian(
  text: string,
  events: SpeechEvents,
  synth: SpeechSynthesis | undefined = globalThis.speechSynthesis,
  waitMs = 1000,
): Promise<boolean> {
  return speakIn('bg', text, events, synth, waitMs);
}

/** Speaks text with a voice of the language (`bg`, `ar`, …); false when there is none. */
export async function speakIn(
  lang: string,
  text: string,
  events: SpeechEvents,
  synth: SpeechSynthesis | undefined = globalThis.speechSynthesis,
  waitMs = 1000,
): Promise<boolean> {
  const Utterance = globalThis.SpeechSynthesisUtterance;
  if (!synth || !Utterance) return false;
  const voice = voiceFor(await voicesOf(synth, waitMs), lang);
  if (!voice) return false;
  // Stress marks help a reader, but a voice may read them aloud or stumble on them.
  const utterance = new Utterance(
    text
      .normalize('NFD')
      .replace(/[\u0300\u0301]/g, '')
      .normalize('NFC'),
  );
  utterance.lang = voice.lang;
  utterance.voice = voice;
  utterance.rate = 0.85;
  utterance.onstart = events.onstart;
  utterance.onend = utterance.onerror = events.onend;
  synth.cancel();
  synth.speak(utterance);
  return true;
}
