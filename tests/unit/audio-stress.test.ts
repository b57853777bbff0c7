import { describe, expect, it } from 'vitest';
import { restress, stressedInput, stressedVowelIndex } from '../../scripts/audio/stress.mjs';

describe('stress for espeak-ng', () => {
  it('finds the stressed vowel of a word', () => {
    expect(stressedVowelIndex('здравѐй')).toBe(1);
    expect(stressedVowelIndex('мѐчка')).toBe(0);
    expect(stressedVowelIndex('благодаря̀')).toBe(3);
    expect(stressedVowelIndex('вълк')).toBe(-1);
    // й is a consonant, even before the stressed vowel.
    expect(stressedVowelIndex('йо̀гурт')).toBe(0);
  });

  it('moves espeak’s stress mark onto that vowel', () => {
    expect(restress("zdr'avej", 1)).toBe("zdrav'ej");
    expect(restress("bL,agod'ar;a", 3)).toBe("bLagodar;'a");
    expect(restress("v'@Lk", -1)).toBe("v'@Lk");
  });

  it('builds phoneme input that keeps the punctuation between words', () => {
    expect(stressedInput('Добро̀ у̀тро, ма̀мо!', ["d'obro", "'utro", "m'amo"], 'Добро утро, мамо!')).toBe("[[dobr'o 'utro]], [[m'amo]]!");
  });

  it('falls back to the plain text when espeak split the words differently', () => {
    expect(stressedInput('добро̀ у̀тро', ["d'obro"], 'добро утро')).toBe('добро утро');
  });
});
