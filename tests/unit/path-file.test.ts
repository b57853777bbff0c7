import { describe, expect, it } from 'vitest';
import { maxPathFileBytes, pathFile, pathFileName, readPathFile } from '../../src/lib/paths/path-file';
import type { SharedPath } from '../../src/lib/paths/path-code';

const path: SharedPath = {
  name: 'Азбуката — الأبجدية',
  description: 'По един урок на ден',
  by: '2027-01-15',
  lessons: ['alphabet/first-letters', 'language/colours', 'language/gone'],
};
const text = (value: unknown) => JSON.stringify(value);

describe('a path as a file', () => {
  it('goes to a file and back, Cyrillic and Arabic intact', () => {
    expect(readPathFile(text(pathFile(path)))).toEqual({ ok: true, path, missing: [] });
  });

  it('carries its app, kind and version', () => {
    expect(pathFile(path)).toMatchObject({ app: 'zdravei', kind: 'lesson-path', version: 1 });
  });

  it('keeps the lessons this site has and names the missing ones', () => {
    const known = new Set(['alphabet/first-letters', 'language/colours']);
    expect(readPathFile(text(pathFile(path)), known)).toEqual({
      ok: true,
      path: { ...path, lessons: ['alphabet/first-letters', 'language/colours'] },
      missing: ['language/gone'],
    });
  });

  it('names the file after the path, in any script', () => {
    expect(pathFileName('Азбуката за 10 дни!')).toBe('Азбуката-за-10-дни.zdravei-path.json');
    expect(pathFileName('../..')).toBe('path.zdravei-path.json');
  });
});

describe('a file that is not a path', () => {
  it('refuses text that is not JSON, and a file that is too large', () => {
    expect(readPathFile('{"app": "zdr')).toEqual({ ok: false, error: 'not-json' });
    expect(readPathFile(' '.repeat(maxPathFileBytes + 1))).toEqual({ ok: false, error: 'too-large' });
  });

  it('refuses another program’s file and a progress backup', () => {
    expect(readPathFile(text({ app: 'other', kind: 'lesson-path', version: 1 }))).toEqual({ ok: false, error: 'not-path' });
    expect(readPathFile(text({ app: 'zdravei', version: 1, profiles: [] }))).toEqual({ ok: false, error: 'not-path' });
    expect(readPathFile(text([1, 2]))).toEqual({ ok: false, error: 'not-path' });
  });

  it('refuses a newer version with that reason', () => {
    expect(readPathFile(text({ ...pathFile(path), version: 2 }))).toEqual({ ok: false, error: 'newer-version' });
  });

  it('refuses hostile or out-of-bounds fields, and pollutes nothing', () => {
    const bad = (change: Record<string, unknown>) => readPathFile(text({ ...pathFile(path), path: { ...pathFile(path).path, ...change } }));
    expect(bad({ lessons: ['javascript:alert(1)'] })).toEqual({ ok: false, error: 'not-valid' });
    expect(bad({ name: '' })).toEqual({ ok: false, error: 'not-valid' });
    expect(bad({ by: '2027-02-30' })).toEqual({ ok: false, error: 'not-valid' });
    expect(bad({ extra: 1 })).toEqual({ ok: false, error: 'not-valid' });
    expect(
      readPathFile('{"app":"zdravei","kind":"lesson-path","version":1,"path":{"name":"x","lessons":[]},"__proto__":{"polluted":1}}'),
    ).toEqual({
      ok: false,
      error: 'not-valid',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
