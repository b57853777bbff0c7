/**
 * espeak-ng's Bulgarian voice guesses stress from rules and often guesses wrong
 * (здрˈавей, дˈобро). The word bank knows the stress (здравѐй), so we take espeak's own
 * phonemes for each word and move its stress mark onto the vowel the word bank marks;
 * espeak then reduces the unstressed vowels itself.
 */

/** A vowel in espeak-ng's Bulgarian phoneme mnemonics: a e i o u @ (ъ), maybe long. */
const phonemeVowel = /[aeiou@]:?/g;
const letterVowel = /[аеиоуъюяѐѝ]/iu;

/** Index of the stressed vowel among a word's vowels, or -1 when it carries no mark. */
export function stressedVowelIndex(stressedWord) {
  let vowels = 0;
  const chars = Array.from(stressedWord.normalize('NFD'));
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '\u0300' || chars[i] === '\u0301') return vowels - 1;
    // й decomposes to и + U+0306: a consonant, not a vowel.
    if (letterVowel.test(chars[i]) && chars[i + 1] !== '\u0306') vowels++;
  }
  return -1;
}

/** Puts espeak's primary stress mark before the given vowel of a phoneme word. */
export function restress(phonemes, vowelIndex) {
  const bare = phonemes.replace(/[',]/g, '');
  const vowels = [...bare.matchAll(phonemeVowel)];
  const target = vowels[vowelIndex];
  if (vowelIndex < 0 || !target || target.index === undefined) return phonemes;
  return `${bare.slice(0, target.index)}'${bare.slice(target.index)}`;
}

/**
 * Splits stressed text into words and the punctuation between them, so the phoneme
 * words can be put back with the pauses and intonation the punctuation gives.
 */
export function tokens(stressedText) {
  return stressedText.match(/[\p{L}\u0300\u0301]+|[^\p{L}\u0300\u0301]+/gu) ?? [];
}

/**
 * espeak input with the word bank's stress: `[[dobr'o 'utro]], [[m'amo]]!`.
 * `espeakWords` are espeak's phonemes for the same words (from `-x`), in order; when
 * their count does not match, the plain text is returned and espeak guesses.
 */
export function stressedInput(stressedText, espeakWords, plainText) {
  const parts = tokens(stressedText);
  const words = parts.filter((part) => /\p{L}/u.test(part));
  if (words.length !== espeakWords.length) return plainText;
  let w = 0;
  let out = '';
  let open = false;
  for (const part of parts) {
    if (/\p{L}/u.test(part)) {
      const phonemes = restress(espeakWords[w++], stressedVowelIndex(part));
      out += open ? ` ${phonemes}` : `[[${phonemes}`;
      open = true;
    } else if (/^\s+$/.test(part)) {
      // Spaces between words stay inside one phoneme block.
    } else {
      if (open) out += ']]';
      open = false;
      out += part;
    }
  }
  if (open) out += ']]';
  return out;
}
