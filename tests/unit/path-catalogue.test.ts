import { describe, expect, it } from 'vitest';
import { filterLessons, lessonsById, matchesQuery, searchKey, type CatalogueLesson } from '../../src/lib/paths/catalogue';

const lesson = (id: string, level: string, title: string, titleBg: string): CatalogueLesson => ({
  id,
  track: id.split('/')[0]!,
  level,
  order: 1,
  title,
  titleBg,
  url: `/en/lessons/${id}/`,
});
const lessons = [
  lesson('language/colours', 'A0', 'Colours around us', 'Цветовете около нас'),
  lesson('alphabet/first-letters', 'A0', 'The first letters', 'Първите букви'),
  lesson('history/thracians', 'A1.2', 'The Thracians', 'Траките'),
  lesson('language/at-the-market', 'A1.1', 'At the market', 'На пазара'),
];

describe('searching the catalogue', () => {
  it('finds a lesson by its title in the help language, any case', () => {
    expect(filterLessons(lessons, { track: '', level: '', query: 'COLOUR' }).map((l) => l.id)).toEqual(['language/colours']);
  });

  it('finds a lesson by its Bulgarian title, with or without stress marks', () => {
    expect(matchesQuery(lessons[2]!, 'тра̀ки')).toBe(true);
    expect(matchesQuery(lessons[3]!, 'пазар')).toBe(true);
  });

  it('finds a lesson by its Bulgarian title typed in Latin letters', () => {
    expect(filterLessons(lessons, { track: '', level: '', query: 'tsvetovete' }).map((l) => l.id)).toEqual(['language/colours']);
    expect(matchesQuery(lessons[1]!, 'parvite bukvi')).toBe(true);
  });

  it('asks for every word of the query, and finds everything for an empty one', () => {
    expect(matchesQuery(lessons[0]!, 'colours market')).toBe(false);
    expect(filterLessons(lessons, { track: '', level: '', query: '   ' })).toHaveLength(4);
  });

  it('filters by track and level, keeping the catalogue order', () => {
    expect(filterLessons(lessons, { track: 'language', level: '', query: '' }).map((l) => l.id)).toEqual([
      'language/colours',
      'language/at-the-market',
    ]);
    expect(filterLessons(lessons, { track: '', level: 'A0', query: '' }).map((l) => l.id)).toEqual([
      'language/colours',
      'alphabet/first-letters',
    ]);
    expect(filterLessons(lessons, { track: 'history', level: 'A0', query: '' })).toEqual([]);
  });

  it('compares in one form: lower case, single spaces, no stress marks', () => {
    expect(searchKey('  Мѐчка   ГОЛЯМА ')).toBe('мечка голяма');
    expect(lessonsById(lessons).get('history/thracians')?.title).toBe('The Thracians');
  });
});
