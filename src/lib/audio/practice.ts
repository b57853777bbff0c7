/**
 * A child's pronunciation practice (islands/SayItBack.tsx): after hearing a word, the child
 * records themself and hears the two one after the other, theirs and then the model, as
 * often as they like. Nothing is scored, kept or sent: the take lives only in memory, as
 * an object URL that is revoked when a new take replaces it or the child leaves the card.
 * The microphone itself is lib/audio/recorder.ts, shared with the tutor's recordings.
 */

/** Why the practice control is hidden, told to the tutor. */
export type MicrophoneProblem = 'unsupported' | 'missing' | 'refused';

/** The longest take: a young child often forgets to stop, and a word takes two seconds. */
export const practiceMaxMs = 5000;

/** The browser's reason for not opening the microphone, as one of ours. */
export function microphoneProblem(error: unknown): MicrophoneProblem {
  const name = (error as { name?: unknown } | null)?.name;
  // A refusal by the child, the tutor, or the browser's policy for this page.
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'refused';
  return 'missing';
}

/**
 * Whether this computer has a microphone, asked without a permission prompt (the list of
 * devices names none before permission, but still says what kinds there are); undefined
 * when the browser cannot tell, so that the control stays until a tap finds out.
 */
export async function hasMicrophone(devices: Pick<MediaDevices, 'enumerateDevices'> | undefined): Promise<boolean | undefined> {
  if (!devices?.enumerateDevices) return undefined;
  try {
    const list = await devices.enumerateDevices();
    return list.some((device) => device.kind === 'audioinput');
  } catch {
    return undefined;
  }
}

/** One sound of a sequence: starts, and calls `next` when it ends; may give a way to stop it. */
export type Step = (next: () => void) => void | (() => void);

/**
 * Plays the steps one after another (the child's take, then the model), and calls `onEnd`
 * after the last. The function it returns stops the one playing and skips the rest: a new
 * take or leaving the card must not let the old sequence talk over it.
 */
export function inTurn(steps: readonly Step[], onEnd: () => void = () => undefined): () => void {
  let stopped = false;
  let stopCurrent: (() => void) | undefined;
  const run = (index: number) => {
    if (stopped) return;
    const step = steps[index];
    if (!step) return onEnd();
    let moved = false;
    const next = () => {
      // A step that reports its end twice (ended, then an error) moves on only once.
      if (moved) return;
      moved = true;
      stopCurrent = undefined;
      run(index + 1);
    };
    stopCurrent = step(next) ?? undefined;
  };
  run(0);
  return () => {
    stopped = true;
    stopCurrent?.();
    stopCurrent = undefined;
  };
}

/** The parts of `URL` a take needs (a test gives its own). */
export interface ObjectUrls {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
}

/**
 * Holds the one take of a card as an object URL: a new take frees the old one, and
 * `clear` (leaving the card) frees the last, so no recording outlives the card.
 */
export function takeHolder(urls: ObjectUrls = URL) {
  let current: string | undefined;
  return {
    /** Keeps this take in place of the last; gives its URL. */
    set(blob: Blob): string {
      if (current) urls.revokeObjectURL(current);
      current = urls.createObjectURL(blob);
      return current;
    },
    get url(): string | undefined {
      return current;
    },
    clear(): void {
      if (current) urls.revokeObjectURL(current);
      current = undefined;
    },
  };
}
