import { expect, it } from 'vitest';
import { format } from '../../src/lib/i18n/format';

it('fills placeholders', () => {
  expect(format('Card {current} of {total}', { current: 2, total: 8 })).toBe('Card 2 of 8');
});

it('leaves an unknown placeholder visible so the mistake shows', () => {
  expect(format('Listen: {word}', {})).toBe('Listen: {word}');
});
