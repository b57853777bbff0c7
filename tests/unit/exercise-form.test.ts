import { describe, expect, it } from 'vitest';
import { formFor } from '../../src/lib/exercises/form';

describe('the form of an exercise', () => {
  it('is the pre-reader form at level A0 and the reader form above it, unless the author chose', () => {
    expect(formFor(undefined, 'A0')).toBe('pre-reader');
    expect(formFor(undefined, 'A1.1')).toBe('reader');
    expect(formFor(undefined, undefined)).toBe('reader');
    expect(formFor('reader', 'A0')).toBe('reader');
    expect(formFor('pre-reader', 'A2')).toBe('pre-reader');
  });
});
