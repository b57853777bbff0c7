/**
 * Child process: synthesises one Bulgarian text with espeak-ng (WebAssembly, voice bg)
 * and writes it as MP3. Run alone so that a crash of the WebAssembly runtime ends only
 * this process, and the parent can name the word that failed. With a voice (bg, en, ar,
 * fa, uk), the text is a UI phrase in that language, spoken as written.
 *
 *   node scripts/audio/synthesise.mjs <stressed text> <output.mp3>
 *   node scripts/audio/synthesise.mjs <phrase> <output.mp3> <voice>
 *   node scripts/audio/synthesise.mjs <ssml> <output.mp3> <voice> ssml
 *
 * With `ssml`, the phrase is SSML (a quiz question, lib/audio/quiz-audio.ts), read with
 * espeak-ng's `-m`: its <voice name="bg"> spans are read by the Bulgarian voice.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ESpeakNg from 'espeak-ng';
import { Mp3Encoder } from '@breezystack/lamejs';
import { stressedInput } from './stress.mjs';

const [stressed, output, phraseVoice, markup] = process.argv.slice(2);
if (!stressed || !output) {
  console.error('usage: synthesise.mjs <stressed text> <output.mp3>');
  process.exit(2);
}
const plain = stressed
  .normalize('NFD')
  .replace(/[\u0300\u0301]/g, '')
  .normalize('NFC');

async function espeak(args, file) {
  const instance = await ESpeakNg({ arguments: ['-v', phraseVoice ?? 'bg', ...args], print: () => {}, printErr: () => {} });
  return instance.FS.readFile(file);
}

// 1. espeak's own phonemes, one group per word (a phrase has no stress marks to place).
const phonemeText = phraseVoice
  ? ''
  : new TextDecoder().decode(await espeak(['-q', '-x', '--phonout', 'phonemes.txt', plain], 'phonemes.txt'));
const espeakWords = phonemeText.trim().split(/\s+/).filter(Boolean);

// 2. Synthesise with the word bank's stress; speed a little slower than default for learners.
const input = phraseVoice ? stressed : stressedInput(stressed, espeakWords, plain);
const wav = Buffer.from(await espeak(['-s', '140', ...(markup === 'ssml' ? ['-m'] : []), '-w', 'speech.wav', input], 'speech.wav'));

// 3. WAV (16-bit mono PCM) to MP3 at 48 kbit/s: clear speech in a few kilobytes.
const sampleRate = wav.readUInt32LE(24);
const dataStart = wav.indexOf('data', 12) + 8;
const samples = new Int16Array(wav.buffer.slice(wav.byteOffset + dataStart, wav.byteOffset + wav.length - ((wav.length - dataStart) % 2)));
const encoder = new Mp3Encoder(1, sampleRate, 48);
const chunks = [];
for (let i = 0; i < samples.length; i += 1152) chunks.push(encoder.encodeBuffer(samples.subarray(i, i + 1152)));
chunks.push(encoder.flush());
mkdirSync(path.dirname(output), { recursive: true });
writeFileSync(output, Buffer.concat(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.length))));
console.log(JSON.stringify({ input }));
