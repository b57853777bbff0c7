import { describe, expect, it } from 'vitest';
import { tracks } from '../../src/lib/content/schema';
import {
  codeInFragment,
  decodePath,
  encodePath,
  maxPathCodeLength,
  maxPathLessons,
  pathFragment,
  splitKnown,
  type SharedPath,
} from '../../src/lib/paths/path-code';

const tenLessons = [
  'alphabet/first-letters',
  'alphabet/whole-alphabet',
  'alphabet/look-alike-letters',
  'alphabet/new-letters',
  'language/colours',
  'alphabet/letters-k-to-f',
  'language/animals',
  'alphabet/first-words',
  'language/my-family',
  'language/greetings',
];
const alphabet: SharedPath = {
  name: 'Азбуката за десет дни',
  description: 'По един урок на ден — يوم بعد يوم',
  lessons: tenLessons,
  by: '2027-01-15',
};
const known = new Set(tenLessons);

/** The base64url of a JSON value, as a hand-made (possibly hostile) version-1 code. */
function handMade(value: unknown): string {
  return `v1.${Buffer.from(JSON.stringify(value)).toString('base64url')}`;
}

describe('path codes: round trip', () => {
  it('gives back the same path, Cyrillic and Arabic included', () => {
    expect(decodePath(encodePath(alphabet), known)).toEqual({ ok: true, path: alphabet, missing: [] });
  });

  it('leaves out the description and date when the path has none', () => {
    const plain: SharedPath = { name: 'Tuesday afternoon', lessons: ['school/marks', 'history/thracians'] };
    expect(decodePath(encodePath(plain))).toEqual({ ok: true, path: plain, missing: [] });
  });

  it('keeps a lesson of a track it has no letter for, written out whole', () => {
    const path: SharedPath = { name: 'New', lessons: ['music/songs', 'traditions/baba-marta'] };
    expect(decodePath(encodePath(path))).toEqual({ ok: true, path, missing: [] });
  });

  it('has a letter for every track of the catalogue, so no id is written out whole today', () => {
    for (const track of tracks) {
      const code = encodePath({ name: 'x', lessons: [`${track}/a`] });
      expect(Buffer.from(code.slice(3), 'base64url').toString()).not.toContain('/');
    }
  });

  it('is URL-safe and small: a 10-lesson path with a Cyrillic name, description and date is about 300 characters', () => {
    const code = encodePath({ name: 'Азбуката за десет дни', description: 'По един урок на ден', lessons: tenLessons, by: '2027-01-15' });
    expect(code).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThanOrEqual(310);
    expect(encodePath({ name: 'Tuesday afternoon', lessons: tenLessons }).length).toBeLessThanOrEqual(220);
  });

  it('goes through a link fragment and back', () => {
    const fragment = pathFragment(alphabet);
    expect(fragment.startsWith('#path=v1.')).toBe(true);
    expect(new URL(`https://example.org/en/tutor/${fragment}`).hash).toBe(fragment);
    expect(decodePath(codeInFragment(fragment) ?? '')).toMatchObject({ ok: true, path: alphabet });
    expect(codeInFragment('#other=1')).toBeUndefined();
  });

  it('refuses to encode what no decoder would accept', () => {
    expect(() => encodePath({ name: 'x', lessons: ['Not an id'] })).toThrow();
    expect(() => encodePath({ name: ' ', lessons: [] })).toThrow();
    expect(() => encodePath({ name: 'x', lessons: [], by: '2027-02-30' })).toThrow();
  });
});

describe('path codes: version', () => {
  it('starts with its version', () => {
    expect(encodePath(alphabet).startsWith('v1.')).toBe(true);
  });

  it('refuses a code of another version', () => {
    expect(decodePath(encodePath(alphabet).replace(/^v1\./, 'v2.'))).toEqual({ ok: false, error: 'unknown-version' });
    expect(decodePath('v0.abc')).toEqual({ ok: false, error: 'unknown-version' });
  });

  it('refuses a code without a version and an empty one', () => {
    expect(decodePath('hello')).toEqual({ ok: false, error: 'not-valid' });
    expect(decodePath('')).toEqual({ ok: false, error: 'empty' });
  });
});

describe('path codes: lessons that no longer exist', () => {
  it('keeps the rest in order and names the missing ones', () => {
    const here = new Set(tenLessons.filter((id) => id !== 'language/colours' && id !== 'alphabet/first-words'));
    const decoded = decodePath(encodePath(alphabet), here);
    expect(decoded).toEqual({
      ok: true,
      path: { ...alphabet, lessons: tenLessons.filter((id) => here.has(id)) },
      missing: ['language/colours', 'alphabet/first-words'],
    });
  });

  it('names each missing lesson once when a link repeats it', () => {
    const decoded = decodePath(handMade(['x', '', '', 'Lgone Lgone Lcolours']), new Set(['language/colours']));
    expect(decoded).toEqual({ ok: true, path: { name: 'x', lessons: ['language/colours'] }, missing: ['language/gone'] });
  });
});

describe('path codes: the lessons a file or link names', () => {
  it('splits them into kept and missing, each once, in order, as a file needs too', () => {
    expect(splitKnown(['a/x', 'a/gone', 'a/x', 'a/y'], new Set(['a/x', 'a/y']))).toEqual({ kept: ['a/x', 'a/y'], missing: ['a/gone'] });
    expect(splitKnown(['a/x', 'a/x'])).toEqual({ kept: ['a/x'], missing: [] });
  });
});

describe('path codes: truncated', () => {
  it('says a code cut short is truncated, wherever it is cut', () => {
    const code = encodePath(alphabet);
    for (let length = 3; length < code.length; length += 7) {
      expect(decodePath(code.slice(0, length))).toEqual({ ok: false, error: 'truncated' });
    }
    expect(decodePath('v1.')).toEqual({ ok: false, error: 'truncated' });
    expect(decodePath('v1')).toEqual({ ok: false, error: 'truncated' });
  });
});

describe('path codes: hostile or damaged input', () => {
  it('refuses a huge code before reading it', () => {
    expect(decodePath(`v1.${'A'.repeat(maxPathCodeLength)}`)).toEqual({ ok: false, error: 'too-long' });
  });

  it('refuses characters that are not base64url', () => {
    expect(decodePath('v1.<script>alert(1)</script>')).toEqual({ ok: false, error: 'not-valid' });
    expect(decodePath('v1.ab+/cd==')).toEqual({ ok: false, error: 'not-valid' });
  });

  it('refuses an object, with or without __proto__ keys, and pollutes nothing', () => {
    const hostile = `v1.${Buffer.from('{"__proto__":{"polluted":true},"name":"x","lessons":[]}').toString('base64url')}`;
    expect(decodePath(hostile)).toEqual({ ok: false, error: 'not-valid' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses fields of the wrong kind, extra fields and oversized ones', () => {
    expect(decodePath(handMade([1, '', '', '']))).toEqual({ ok: false, error: 'not-valid' });
    expect(decodePath(handMade(['x', '', '', '', 'extra']))).toEqual({ ok: false, error: 'not-valid' });
    expect(decodePath(handMade(['x'.repeat(1000), '', '', '']))).toEqual({ ok: false, error: 'not-valid' });
    expect(decodePath(handMade(['x', '', '2027-13-45', '']))).toEqual({ ok: false, error: 'not-valid' });
  });

  it('refuses more lessons than a path may have, and lesson ids that are not ids', () => {
    const many = Array.from({ length: maxPathLessons + 1 }, (_, i) => `L${i}`).join(' ');
    expect(decodePath(handMade(['x', '', '', many]))).toEqual({ ok: false, error: 'not-valid' });
    expect(decodePath(handMade(['x', '', '', 'L../../etc'])).ok).toBe(false);
    expect(decodePath(handMade(['x', '', '', 'javascript:alert(1)'])).ok).toBe(false);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(decodePath(`v1.${Buffer.from([0x5b, 0xff, 0xfe, 0x5d]).toString('base64url')}`).ok).toBe(false);
  });
});
