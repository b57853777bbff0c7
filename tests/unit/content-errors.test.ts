import { expect, it } from 'vitest';
import { vocabularyEntry } from '../../src/lib/content/schema';
import { formatContentIssues } from '../../src/lib/content/errors';
import { validEntry } from './fixtures';

function messageFor(raw: unknown): string {
  const result = vocabularyEntry.safeParse(raw);
  if (result.success) throw new Error('expected a schema error');
  return formatContentIssues('content/vocabulary/animals.yaml', result.error, 'mechka');
}

it('names the file, the entry, the field and what was expected', () => {
  const { uk: _uk, ...gloss } = validEntry().gloss as Record<string, string>;
  expect(messageFor(validEntry({ gloss }))).toBe(
    'content/vocabulary/animals.yaml, entry "mechka": field gloss.uk is missing (expected string)',
  );
});

it('lists the allowed values for a wrong choice', () => {
  expect(messageFor(validEntry({ pos: 'thing' }))).toContain('field pos expected one of noun, verb');
});

it('names unknown fields', () => {
  expect(messageFor(validEntry({ colour: 'brown' }))).toContain('has fields the contract does not know: colour');
});

it('writes one line per problem', () => {
  expect(messageFor(validEntry({ pos: 'thing', translit: undefined })).split('\n')).toHaveLength(2);
});
