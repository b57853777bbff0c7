import { describe, expect, it } from 'vitest';
import { nextLessonAfter, nextOnAssignedPath } from '../../src/lib/paths/next-lesson';

const path = ['alphabet/first-letters', 'language/greetings', 'language/introduce-yourself'];
const track = ['language/greetings', 'language/introduce-yourself', 'language/colours', 'language/animals'];

describe('nextLessonAfter', () => {
  it('gives the next lesson of the path', () => {
    expect(nextLessonAfter(path, 'alphabet/first-letters', ['alphabet/first-letters', 'alphabet/new-letters'])).toBe('language/greetings');
    expect(nextLessonAfter(path, 'language/greetings', track)).toBe('language/introduce-yourself');
  });

  it('after the path’s last lesson, goes on in the track', () => {
    expect(nextLessonAfter(path, 'language/introduce-yourself', track)).toBe('language/colours');
  });

  it('for a lesson not on the path, goes on in the track', () => {
    expect(nextLessonAfter(path, 'language/colours', track)).toBe('language/animals');
  });

  it('gives nothing after the last lesson of both', () => {
    expect(nextLessonAfter(path, 'language/animals', track)).toBeUndefined();
    expect(nextLessonAfter([], 'history/thracians')).toBeUndefined();
  });

  it('never sends a child back to the lesson just finished', () => {
    expect(nextLessonAfter(['a/x', 'a/x', 'a/y'], 'a/x')).toBe('a/y');
  });
});

describe('nextOnAssignedPath', () => {
  const given = ['language/colours', 'language/greetings', 'language/my-family'];

  it('gives the next lesson of the path a tutor gave', () => {
    expect(nextOnAssignedPath(given, 'language/colours')).toBe('language/greetings');
    expect(nextOnAssignedPath(given, 'language/greetings')).toBe('language/my-family');
  });

  it('sends the child home after the path’s last lesson', () => {
    expect(nextOnAssignedPath(given, 'language/my-family')).toBe('home');
  });

  it('leaves a lesson not on the path to the page’s own next lesson', () => {
    expect(nextOnAssignedPath(given, 'history/thracians')).toBeUndefined();
    expect(nextOnAssignedPath([], 'language/colours')).toBeUndefined();
  });

  it('passes over lessons the site no longer has', () => {
    expect(nextOnAssignedPath(given, 'language/colours', (id) => id !== 'language/greetings')).toBe('language/my-family');
    expect(nextOnAssignedPath(given, 'language/greetings', (id) => id !== 'language/my-family')).toBe('home');
  });
});
