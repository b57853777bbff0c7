/**
 * The microphone, for a tutor's recording: MediaRecorder (Opus in WebM or Ogg where the
 * browser has it), a level meter from a Web Audio AnalyserNode, and silence trimmed after
 * stopping. Trimming decodes the recording, cuts the silence (trim-silence.ts) and writes
 * the rest as WAV, since browsers cannot encode Opus from samples; when decoding fails, the
 * original recording is kept untrimmed.
 */
import { trimSilence } from './trim-silence';
import { encodeWav } from './wav';

export interface Recorder {
  /** The loudness now, 0 to 1, for the level meter. */
  level(): number;
  /** Stops recording and gives the trimmed sound. */
  stop(): Promise<Blob>;
  /** Stops without keeping anything; does nothing after `stop`. */
  cancel(): void;
}

/** The best container the browser records in: Opus first. */
export function recordingMime(): string | undefined {
  const choices = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/mp4'];
  return choices.find((mime) => typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported(mime));
}

export { canRecord } from './can-record';

/** Asks for the microphone and starts recording; rejects when there is none or permission is refused. */
export async function startRecording(): Promise<Recorder> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const mime = recordingMime();
  const media = new MediaRecorder(stream, mime ? { mimeType: mime } : undefined);
  const chunks: Blob[] = [];
  media.ondataavailable = (event) => chunks.push(event.data);
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 512;
  context.createMediaStreamSource(stream).connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  media.start();
  let stopping = false;

  const release = () => {
    stream.getTracks().forEach((track) => track.stop());
    void context.close();
  };
  return {
    level() {
      analyser.getFloatTimeDomainData(samples);
      return Math.min(1, Math.sqrt(samples.reduce((sum, s) => sum + s * s, 0) / samples.length) * 4);
    },
    stop: () =>
      new Promise<Blob>((resolve) => {
        stopping = true;
        media.onstop = () => {
          release();
          const original = new Blob(chunks, { type: media.mimeType || mime || 'audio/webm' });
          void trimmed(original).then(resolve, () => resolve(original));
        };
        media.stop();
      }),
    cancel() {
      // Once stopping, the take is on its way to the caller: nothing to cancel.
      if (stopping) return;
      stopping = true;
      media.onstop = release;
      media.stop();
    },
  };
}

/** The recording without its leading and trailing silence, as WAV. */
export async function trimmed(original: Blob): Promise<Blob> {
  const context = new AudioContext();
  try {
    const buffer = await context.decodeAudioData(await original.arrayBuffer());
    return encodeWav(trimSilence(buffer.getChannelData(0), { sampleRate: buffer.sampleRate }), buffer.sampleRate);
  } finally {
    void context.close();
  }
}
