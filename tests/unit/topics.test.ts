import { expect, it } from 'vitest';
import { sortTopics, topicOf, topicTitle } from '../../src/lib/content/topics';

it('reads the topic from the vocabulary file', () => {
  expect(topicOf('content/vocabulary/animals.yaml')).toBe('animals');
  expect(topicOf(undefined)).toBe('other');
});

it('titles a topic in each help language, or falls back to its name', () => {
  expect(topicTitle('animals', 'fa')).toBe('حیوان‌ها');
  expect(topicTitle('animals', 'bg')).toBe('Животни');
  expect(topicTitle('space', 'en')).toBe('space');
});

it('orders known topics as the table does, unknown ones after', () => {
  expect(sortTopics(['zzz', 'animals', 'greetings', 'aaa'])).toEqual(['greetings', 'animals', 'aaa', 'zzz']);
});
