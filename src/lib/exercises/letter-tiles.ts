/**
 * The letter tiles of the pre-reader form of "Listen and write": the letters of the word
 * and a few others, in a seeded order, so the server and the browser show the same tiles.
 * The other letters (distractors) never sound or look like a letter of the word: with а
 * in the word, an ъ tile would let the child write a word that sounds the same but is
 * wrong (unstressed а and ъ sound alike), and with и a й tile would be a trap of looks.
 */
import { bulgarianLetters } from './alphabet';
import { normalise } from './answer-check';
import { randomFrom, shuffle } from './shuffle';

/**
 * Letters a child who hears the word cannot tell apart: vowels reduced when unstressed
 * (а/ъ, о/у, е/и), voiced and voiceless pairs at the end of a word (б/п, в/ф, г/к, д/т,
 * ж/ш, з/с), letters that write two sounds (щ = шт, ю = йу, я = йа, ц = тс), and letters
 * that look alike (и/й, ъ/ь).
 */
const confusable: readonly string[] = [
  ...['аъ', 'оу', 'еи'],
  ...['бп', 'вф', 'гк', 'дт', 'жш', 'зс'],
  ...['щш', 'щт', 'юй', 'юу', 'яй', 'яа', 'цт', 'цс'],
  ...['ий', 'ъь'],
];

/** The letters a child could mistake for `letter`, itself included. */
export function soundsOrLooksLike(letter: string): Set<string> {
  return new Set([letter, ...confusable.filter((group) => group.includes(letter)).flatMap((group) => Array.from(group))]);
}

export interface LetterTiles {
  /** The tiles in the order shown: each letter once, small. */
  letters: string[];
  /** Whether the word has a space (a phrase): a space tile is offered. */
  space: boolean;
}

/**
 * The tiles for `word`: each of its letters once (lower case, without stress marks) and
 * `distractors` other Bulgarian letters that cannot be mistaken for any of them.
 */
export function letterTiles(word: string, seed: number, distractors = 3): LetterTiles {
  const written = normalise(word);
  const own = [...new Set(Array.from(written.replace(/\s/g, '')))];
  const excluded = new Set(own.flatMap((letter) => [...soundsOrLooksLike(letter)]));
  const random = randomFrom(seed);
  const others = shuffle(
    Array.from(bulgarianLetters).filter((letter) => !excluded.has(letter)),
    random,
  ).slice(0, distractors);
  return { letters: shuffle([...own, ...others], random), space: written.includes(' ') };
}
