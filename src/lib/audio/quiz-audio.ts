/**
 * Build time: the spoken file of a quiz question's prompt or hint in a help language
 * (`npm run audio` makes one for every <Quiz> question of an A0 lesson; the quiz's
 * wrapper passes its URL to the island). The text is read as SSML, so that each
 * Bulgarian word the author put in [brackets] is read by the Bulgarian voice inside the
 * help language's sentence, rather than spelt letter by letter; Persian and Arabic digits
 * become digits every voice reads (spoken-text.ts). The file is named by a hash of the
 * language and the spoken text: a changed text gets a new file and a new URL.
 */
import type { Locale } from '../i18n/locales';
import { bulgarianSpans } from '../i18n/bulgarian-spans';
import { asciiDigits } from './spoken-text';
import { textHash } from './text-hash';

export interface QuizAudio {
  /** What espeak-ng reads, as SSML (synthesised with its `-m`). */
  text: string;
  /** The manifest's hash: of the language and the text, as a UI phrase's. */
  hash: string;
  /** Relative to public/audio/. */
  file: string;
  /** Where the browser finds it. */
  url: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The SSML espeak-ng reads for a written help text: its [Bulgarian] spans in the Bulgarian voice. */
export function quizSpokenText(locale: Locale, written: string): string {
  const parts = bulgarianSpans(written.trim()).map(({ text, bulgarian }) =>
    bulgarian && locale !== 'bg' ? `<voice name="bg">${escapeXml(text)}</voice>` : asciiDigits(escapeXml(text)),
  );
  return `<speak>${parts.join('')}</speak>`;
}

/** The text as a browser's voice reads it when no file plays: the brackets taken off. */
export function quizPlainText(written: string): string {
  return bulgarianSpans(written)
    .map((part) => part.text)
    .join('');
}

/** The generated file of a written prompt or hint in a help language. */
export function quizAudio(locale: Locale, written: string): QuizAudio {
  const text = quizSpokenText(locale, written);
  const hash = textHash(`${locale}\n${text}`);
  const file = `quiz/${locale}/${hash.slice(0, 12)}.mp3`;
  return { text, hash, file, url: `/audio/${file}` };
}
