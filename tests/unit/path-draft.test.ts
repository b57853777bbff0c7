import { describe, expect, it } from 'vitest';
import { draftProblems, draftReducer, emptyDraft, moveTarget, type Draft } from '../../src/lib/paths/draft';
import { maxPathLessons, maxPathNameLength } from '../../src/lib/paths/path-code';

const four: Draft = { title: 'Tuesday', description: '', lessons: ['a/one', 'a/two', 'a/three', 'a/four'] };

describe('the path builder: adding and removing', () => {
  it('adds lessons at the end, each once', () => {
    let draft = draftReducer(emptyDraft, { type: 'add', lessonId: 'language/colours' });
    draft = draftReducer(draft, { type: 'add', lessonId: 'alphabet/first-letters' });
    draft = draftReducer(draft, { type: 'add', lessonId: 'language/colours' });
    expect(draft.lessons).toEqual(['language/colours', 'alphabet/first-letters']);
  });

  it('stops at the most lessons a link can carry', () => {
    const full: Draft = { ...emptyDraft, lessons: Array.from({ length: maxPathLessons }, (_, i) => `a/l${i}`) };
    expect(draftReducer(full, { type: 'add', lessonId: 'a/one-more' })).toBe(full);
  });

  it('removes a lesson and keeps the others in order', () => {
    expect(draftReducer(four, { type: 'remove', lessonId: 'a/two' }).lessons).toEqual(['a/one', 'a/three', 'a/four']);
  });
});

describe('the path builder: reordering', () => {
  it('moves a lesson up, down, to the start and to the end', () => {
    expect(draftReducer(four, { type: 'move', from: 3, to: 2 }).lessons).toEqual(['a/one', 'a/two', 'a/four', 'a/three']);
    expect(draftReducer(four, { type: 'move', from: 0, to: 1 }).lessons).toEqual(['a/two', 'a/one', 'a/three', 'a/four']);
    expect(draftReducer(four, { type: 'move', from: 2, to: 0 }).lessons).toEqual(['a/three', 'a/one', 'a/two', 'a/four']);
    expect(draftReducer(four, { type: 'move', from: 0, to: 99 }).lessons).toEqual(['a/two', 'a/three', 'a/four', 'a/one']);
  });

  it('changes nothing for a move to the same place or from nowhere', () => {
    expect(draftReducer(four, { type: 'move', from: 1, to: 1 })).toBe(four);
    expect(draftReducer(four, { type: 'move', from: 7, to: 0 })).toBe(four);
  });

  it('maps the arrow keys, Home and End to a position, and nothing past the ends', () => {
    expect(moveTarget('ArrowUp', 2, 4)).toBe(1);
    expect(moveTarget('ArrowDown', 2, 4)).toBe(3);
    expect(moveTarget('Home', 2, 4)).toBe(0);
    expect(moveTarget('End', 2, 4)).toBe(3);
    expect(moveTarget('ArrowUp', 0, 4)).toBeUndefined();
    expect(moveTarget('ArrowDown', 3, 4)).toBeUndefined();
    expect(moveTarget('End', 3, 4)).toBeUndefined();
    expect(moveTarget('Enter', 1, 4)).toBeUndefined();
  });
});

describe('the path builder: name, description, loading', () => {
  it('keeps the name and description within what a link carries', () => {
    expect(draftReducer(four, { type: 'title', value: 'x'.repeat(500) }).title).toHaveLength(maxPathNameLength);
    expect(draftReducer(four, { type: 'description', value: 'Для Марії' }).description).toBe('Для Марії');
  });

  it('loads a ready-made or saved path whole, without repeated lessons', () => {
    const loaded = draftReducer(four, {
      type: 'load',
      draft: { id: 'p1', title: 'Азбуката', description: 'd', lessons: ['a/x', 'a/y', 'a/x'], basedOn: 'alphabet-in-ten-days' },
    });
    expect(loaded).toEqual({ id: 'p1', title: 'Азбуката', description: 'd', lessons: ['a/x', 'a/y'], basedOn: 'alphabet-in-ten-days' });
  });

  it('says what stops a draft from being saved', () => {
    expect(draftProblems(emptyDraft)).toEqual(['no-title', 'no-lessons']);
    expect(draftProblems({ ...four, title: '  ' })).toEqual(['no-title']);
    expect(draftProblems(four)).toEqual([]);
  });
});
