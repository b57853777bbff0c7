import { expect, it } from 'vitest';
import { bulgarianSpans } from '../../src/lib/i18n/bulgarian-spans';

it('marks bracketed words as Bulgarian and drops the brackets', () => {
  expect(bulgarianSpans('Say «[здравей]» to a friend.')).toEqual([
    { text: 'Say «', bulgarian: false },
    { text: 'здравей', bulgarian: true },
    { text: '» to a friend.', bulgarian: false },
  ]);
});

it('handles text that starts or ends with Bulgarian, and several words', () => {
  expect(bulgarianSpans('[да] و [не]')).toEqual([
    { text: 'да', bulgarian: true },
    { text: ' و ', bulgarian: false },
    { text: 'не', bulgarian: true },
  ]);
});

it('returns plain text unchanged', () => {
  expect(bulgarianSpans('No Bulgarian here')).toEqual([{ text: 'No Bulgarian here', bulgarian: false }]);
  expect(bulgarianSpans('')).toEqual([]);
});
