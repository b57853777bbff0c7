import { describe, expect, it } from 'vitest';
import { stemBulgarian, stemBulgarianLatin } from '../../../src/lib/search/stem-bg';

describe('stemBulgarian', () => {
  it.each([
    // The definite article.
    ['мечка', 'мечката'],
    ['вълк', 'вълкът'],
    ['приятел', 'приятелят'],
    ['дърво', 'дървото'],
    // Plurals, with and without the article.
    ['мечка', 'мечки'],
    ['мечка', 'мечките'],
    ['автобус', 'автобуси'],
    ['автобус', 'автобусите'],
    ['дърво', 'дървета'],
    ['приятел', 'приятелите'],
    // Adjectives: forms of червен meet.
    ['червен', 'червена'],
    ['червен', 'червено'],
    ['червен', 'червени'],
    ['червен', 'червеното'],
    ['сладък', 'сладка'],
  ])('%s and %s have the same stem', (a, b) => {
    expect(stemBulgarian(b)).toBe(stemBulgarian(a));
  });

  it('gives the stems it is meant to', () => {
    expect(stemBulgarian('мечката')).toBe('мечк');
    expect(stemBulgarian('мартениците')).toBe('мартеник');
    expect(stemBulgarian('учениците')).toBe('ученик');
  });

  it('leaves words of up to three letters alone', () => {
    for (const word of ['еж', 'да', 'ден', 'той']) expect(stemBulgarian(word)).toBe(word);
  });

  it('does not turn a plural in -си into -х, unlike the paper', () => {
    expect(stemBulgarian('ананаси')).toBe('ананас');
  });
});

describe('stemBulgarianLatin', () => {
  it('applies the same endings to Bulgarian in Latin letters', () => {
    expect(stemBulgarianLatin('mechkata')).toBe(stemBulgarianLatin('mechka'));
    expect(stemBulgarianLatin('mechki')).toBe(stemBulgarianLatin('mechka'));
    expect(stemBulgarianLatin('avtobusite')).toBe(stemBulgarianLatin('avtobus'));
    expect(stemBulgarianLatin('valkat')).toBe(stemBulgarianLatin('valk'));
    expect(stemBulgarianLatin('istoria')).toBe('istor');
  });

  it('leaves short words alone', () => {
    expect(stemBulgarianLatin('ezh')).toBe('ezh');
  });
});
