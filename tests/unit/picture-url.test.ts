import { expect, it } from 'vitest';
import { pictureUrl } from '../../src/lib/picture-url';

it('serves OpenMoji codes from this site and keeps file paths', () => {
  expect(pictureUrl('1F43B')).toBe('/pictures/1F43B.svg');
  expect(pictureUrl('/pictures/rose-valley.svg')).toBe('/pictures/rose-valley.svg');
  expect(pictureUrl(undefined)).toBeUndefined();
});
