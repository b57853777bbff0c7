/**
 * The short cheerful sound of a celebration: four rising notes of a major chord,
 * synthesised with the Web Audio API, so there is no file to fetch or license. Silent
 * where the browser has no Web Audio; never throws.
 */
type AudioContextClass = new () => AudioContext;

/** C5 E5 G5 C6, a bright arpeggio. */
export const cheerNotes = [523.25, 659.25, 783.99, 1046.5] as const;

export function playCheer(
  Context: AudioContextClass | undefined = (globalThis as { AudioContext?: AudioContextClass }).AudioContext,
): void {
  if (!Context) return;
  try {
    const context = new Context();
    cheerNotes.forEach((frequency, i) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      const start = context.currentTime + i * 0.12;
      oscillator.type = 'triangle';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + (i === cheerNotes.length - 1 ? 0.6 : 0.3));
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.65);
    });
    setTimeout(() => void context.close().catch(() => undefined), 1500);
  } catch {
    // A celebration without sound is still a celebration.
  }
}
