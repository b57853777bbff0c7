import { expect, it } from 'vitest';
import { revisionDigits, shortenRevisions } from '../../src/sw/integration';

it('cuts each revision to its first hex digits, and leaves hashed files without one', () => {
  const entries = [
    { url: 'en/index.html', revision: '49bd9c8dee8965bd461638bbd02e0064', size: 10 },
    { url: '_astro/react.CcZysD-s.js', revision: null, size: 20 },
  ];
  expect(shortenRevisions(entries)).toEqual([
    { url: 'en/index.html', revision: '49bd9c8dee', size: 10 },
    { url: '_astro/react.CcZysD-s.js', revision: null, size: 20 },
  ]);
  expect(revisionDigits).toBeGreaterThanOrEqual(10);
});

it('still tells a changed file from its last version', () => {
  const [before, after] = shortenRevisions([
    { url: 'en/index.html', revision: 'aaaaaaaaaa0000000000000000000000' },
    { url: 'en/index.html', revision: 'aaaaaaaaab0000000000000000000000' },
  ]);
  expect(before!.revision).not.toBe(after!.revision);
});
