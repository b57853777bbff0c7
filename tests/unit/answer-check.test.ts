import { describe, expect, it } from 'vitest';
import { checkAnswer, foldLookAlikes, normalise, splitAt } from '../../src/lib/exercises/answer-check';

const verdict = (typed: string, expected: string) => checkAnswer(typed, expected).verdict;

describe('stress marks', () => {
  it('accepts a word typed without its stress mark', () => {
    expect(verdict('мечка', 'мѐчка')).toBe('right');
    expect(verdict('добро утро', 'добро̀ у̀тро')).toBe('right');
  });

  it('accepts a stress mark typed as a grave or an acute accent, or as one character', () => {
    expect(verdict('ме\u0300чка', 'мѐчка')).toBe('right');
    expect(verdict('ме\u0301чка', 'мѐчка')).toBe('right');
    expect(verdict('ѝгла', 'игла')).toBe('right');
  });

  it('keeps й a different letter from и', () => {
    expect(normalise('здравей')).toBe('здравей');
    expect(verdict('здравеи', 'здравѐй')).toBe('close');
    expect(verdict('моите', 'мо̀йте')).toBe('close');
  });

  it('ignores capitals, punctuation and extra spaces', () => {
    expect(verdict('  Добро   утро! ', 'добро̀ у̀тро')).toBe('right');
    expect(verdict('йо йо', 'йо-йо')).toBe('right');
  });
});

describe('one-letter mistakes', () => {
  it('forgives one wrong letter, and says where it is', () => {
    expect(checkAnswer('мечко', 'мѐчка')).toEqual({ verdict: 'close', at: 4 });
    expect(checkAnswer('жаба', 'жа̀ба').verdict).toBe('right');
    expect(checkAnswer('шаба', 'жа̀ба')).toEqual({ verdict: 'close', at: 0 });
  });

  it('forgives one missing or one extra letter', () => {
    expect(verdict('здраей', 'здравѐй')).toBe('close');
    expect(verdict('здраввей', 'здравѐй')).toBe('close');
  });

  it('does not forgive two mistakes', () => {
    expect(verdict('здрвеи', 'здравѐй')).toBe('wrong');
    expect(verdict('котка', 'мѐчка')).toBe('wrong');
  });

  it('wants short words exactly: one letter makes another word', () => {
    expect(verdict('до', 'да')).toBe('wrong');
    expect(verdict('еш', 'еж')).toBe('wrong');
    expect(verdict('', 'еж')).toBe('wrong');
    expect(verdict('вълг', 'вълк')).toBe('close');
  });
});

describe('Latin look-alike letters', () => {
  it('reads Latin a, e, o, p, c, x, y as their Cyrillic twins', () => {
    expect(foldLookAlikes('pakeTa')).toBe('ракеТа');
    expect(verdict('pak', 'рак')).toBe('right');
    expect(verdict('cok', 'сок')).toBe('right');
    expect(verdict('xop', 'хор')).toBe('right');
    expect(verdict('ЕХО', 'ѐхо')).toBe('right');
    expect(verdict('paketa', 'ракѐта')).toBe('right');
  });

  it('reads capital look-alikes (B, H, M, T) too', () => {
    expect(verdict('BAH', 'ван')).toBe('right');
    expect(verdict('MOCT', 'мост')).toBe('right');
  });

  it('accepts a word mixing both alphabets', () => {
    expect(verdict('мeчкa', 'мѐчка')).toBe('right');
  });
});

describe('the phonetic keyboard mapping', () => {
  it('accepts a word typed on a Latin keyboard by the phonetic layout', () => {
    expect(verdict('zdrawej', 'здравѐй')).toBe('right'); // w is в, v is ж on this layout
    expect(verdict('dobro utro', 'добро̀ у̀тро')).toBe('right');
    expect(verdict('me`ka', 'мѐчка')).toBe('right');
    expect(verdict('vaba', 'жа̀ба')).toBe('right');
    expect(verdict('qbylka', 'я̀бълка')).toBe('right');
  });

  it('reads a Latin p as п by the layout and as р by its look: whichever fits', () => {
    expect(verdict('pak', 'рак')).toBe('right');
    expect(verdict('pak', 'пак')).toBe('right');
  });

  it('still forgives one mistake in a phonetically typed word', () => {
    expect(verdict('zdrawei', 'здравѐй')).toBe('close');
    expect(verdict('zdravej', 'здравѐй')).toBe('close'); // v gives ж: one letter off
  });

  it('rejects a word from another transliteration that differs in two letters', () => {
    // Transliteration (ch) is not the keyboard layout (`): мецхка is two letters off.
    expect(verdict('mechka', 'мѐчка')).toBe('wrong');
  });
});

describe('splitAt: marking the letter to correct', () => {
  it('marks the letter a close answer got wrong, in the word as it is shown', () => {
    expect(splitAt('мѐчка', checkAnswer('мечко', 'мѐчка').at ?? -1)).toEqual(['мѐчк', 'а', '']);
    expect(splitAt('жа̀ба', 0)).toEqual(['', 'ж', 'а̀ба']);
  });

  it('keeps a stress mark with its letter', () => {
    expect(splitAt('добро̀ у̀тро', 4)).toEqual(['добр', 'о̀', ' у̀тро']);
    expect(splitAt('добро̀ у̀тро', 6)).toEqual(['добро̀ ', 'у̀', 'тро']);
  });

  it('marks nothing past the end (an extra letter typed at the end)', () => {
    expect(splitAt('еж', 2)).toEqual(['еж', '', '']);
  });
});
