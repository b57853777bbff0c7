/**
 * The generated sound of a word-order tile that is not a word of the bank (an inflected
 * form such as жабата, a pronoun, a preposition): `npm run audio` speaks every tile of
 * every example sentence, and the build gives each pre-reader tile its file, so a child
 * hears it on a computer with no Bulgarian voice (Windows' Chrome has none).
 *
 * A tile's file is named by its written form without stress marks, capitals or
 * punctuation (the form answers are compared in, lib/exercises/answer-check.ts): its
 * transliteration for a readable name, and a hash of the form, since two forms can
 * transliterate alike. Pure, so the generator and the build name files the same way.
 */
import { normalise } from '../exercises/answer-check';
import { transliterate } from '../i18n/translit';

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, no dependency. Not for security. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The tiles of a sentence, as the word-order exercise cuts it. */
export function sentenceTiles(sentence: string): string[] {
  return sentence.split(/\s+/).filter((tile) => normalise(tile) !== '');
}

/** The file of a tile's sound, relative to /audio/: `tiles/zhabata.1a2b3c4d.mp3`. */
export function tileAudioFile(tile: string): string {
  const form = normalise(tile);
  const name =
    transliterate(form)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'tile';
  return `tiles/${name}.${fnv1a(form)}.mp3`;
}

/** The URL of a tile's sound, for the page. */
export function tileAudioUrl(tile: string): string {
  return `/audio/${tileAudioFile(tile)}`;
}

/** What espeak reads for a tile: the tile with its stress mark, without the punctuation around it. */
export function tileSpokenText(tile: string): string {
  return tile.replace(/^[^\p{L}]+|[^\p{L}\u0300\u0301]+$/gu, '');
}
