import { describe, expect, it } from 'vitest';
import type { AstroGlobal } from 'astro';
import { checkProps, exerciseContext, requireEach } from '../../src/components/content/exercise-context';
import { listenAndChooseProps } from '../../src/lib/content/exercise-props';
import { validEntry } from './fixtures';
import type { VocabularyEntry } from '../../src/lib/content/schema';

/** What a wrapper's Astro global holds that the context uses: the page's params and locals. */
const page = (locale = 'ar') => ({ params: { locale, track: 'language', slug: 'greetings' }, locals: {} }) as unknown as AstroGlobal;

describe('exerciseContext', () => {
  it('makes the stable id track/slug#id, and knows the file, the direction and the learners page', () => {
    expect(exerciseContext(page(), 'listen-greetings', 'listen-zdravey')).toEqual({
      locale: 'ar',
      lessonId: 'language/greetings',
      file: 'content/lessons/language/greetings.mdx',
      exerciseId: 'language/greetings#listen-greetings',
      dir: 'rtl',
      learnersUrl: '/ar/learners/',
    });
    expect(exerciseContext(page('uk'), undefined, 'listen-zdravey').exerciseId).toBe('language/greetings#listen-zdravey');
  });

  it('stops the build when two exercises of a lesson have the same id', () => {
    const astro = page();
    exerciseContext(astro, undefined, 'match-blagodarya');
    expect(() => exerciseContext(astro, 'match-blagodarya', 'match-molya')).toThrow(
      'content/lessons/language/greetings.mdx: two exercises have the id "match-blagodarya"',
    );
    // Another page (another render) starts afresh.
    expect(() => exerciseContext(page(), 'match-blagodarya', 'x')).not.toThrow();
  });

  it('refuses an id that is not lower-case ASCII words', () => {
    expect(() => exerciseContext(page(), 'Поздрави', 'x')).toThrow('exercise id "Поздрави"');
  });
});

it('checkProps and requireEach name the file, the field and what is missing', () => {
  expect(() => checkProps('a.mdx', '<ListenAndChoose>', listenAndChooseProps, { words: ['x', 'y'] })).toThrow(
    'a.mdx: field <ListenAndChoose> words: expected a list of at least 3 word ids, found 2',
  );
  const noPicture = validEntry({ id: 'mechka', picture: undefined }) as unknown as VocabularyEntry;
  expect(() => requireEach('a.mdx', '<MatchPairs> words', [noPicture], (e) => !!e.picture, 'picture')).toThrow(
    'a.mdx: field <MatchPairs> words[0]: word "mechka" has no picture',
  );
});
