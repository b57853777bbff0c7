/** The compact catalogue the path pages give their islands, from the real content. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathCatalogue } from '../../src/lib/content/path-catalogue';
import { readContent } from '../../src/lib/content/read-files';

const root = path.resolve(import.meta.dirname, '../..');
const { lessons, words, paths } = await readContent(root);
const catalogue = pathCatalogue('ar', {
  lessons,
  paths,
  words: words.map((w) => ({ id: w.entry.id, data: w.entry })),
  trackTitle: (track) => `«${track}»`,
});

describe('the path builder’s catalogue', () => {
  it('lists every lesson once, in the catalogue’s order, in the help language with the Bulgarian title', () => {
    expect(catalogue.lessons).toHaveLength(lessons.length);
    const colours = catalogue.lessons.find((l) => l.id === 'language/colours');
    expect(colours).toMatchObject({
      track: 'language',
      level: 'A0',
      title: 'الألوان من حولنا',
      titleBg: 'Цветовете около нас',
      url: '/ar/lessons/language/colours/',
    });
    expect(catalogue.lessons[0]?.track).toBe('alphabet');
  });

  it('gives every lesson a picture (its first word that has one)', () => {
    expect(catalogue.lessons.filter((l) => !l.picture).map((l) => l.id)).toEqual([]);
    expect(catalogue.lessons.every((l) => l.picture?.startsWith('/pictures/'))).toBe(true);
  });

  it('has all seven ready-made paths, each naming only lessons of the catalogue', () => {
    expect(catalogue.ready.map((p) => p.id)).toEqual([
      'alphabet-in-ten-days',
      'discover-bulgaria',
      'first-steps',
      'first-week-at-school',
      'level-a0',
      'level-a1-1',
      'level-a1-2',
    ]);
    const known = new Set(catalogue.lessons.map((l) => l.id));
    for (const ready of catalogue.ready) expect(ready.lessons.filter((id) => !known.has(id))).toEqual([]);
    expect(catalogue.ready.find((p) => p.id === 'first-steps')?.title).toBe('الخطوات الأولى');
  });

  it('lists the tracks with their names and pictures, and only the levels in use', () => {
    expect(catalogue.tracks[0]).toEqual({ id: 'alphabet', title: '«alphabet»', picture: '/pictures/270F.svg' });
    expect(catalogue.levels).toEqual(['A0', 'A1.1', 'A1.2']);
  });

  it('is small enough to send with the page', () => {
    expect(JSON.stringify(catalogue).length).toBeLessThan(40_000);
  });
});
