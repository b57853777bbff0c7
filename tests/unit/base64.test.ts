import { expect, it } from 'vitest';
import { base64Length, fromBase64, toBase64 } from '../../src/lib/store/base64';

it('turns bytes into base64 and back, across the slices btoa is given', () => {
  const bytes = Uint8Array.from({ length: 0x8000 * 2 + 7 }, (_, i) => (i * 31) % 256);
  const text = toBase64(bytes);
  expect(text).toMatch(/^[A-Za-z0-9+/]+=*$/);
  expect(fromBase64(text)).toEqual(bytes);
});

it('knows the length of the base64 without making it', () => {
  for (const size of [0, 1, 2, 3, 4, 5, 1000, 0x8000 + 1]) expect(base64Length(size)).toBe(toBase64(new Uint8Array(size)).length);
});
