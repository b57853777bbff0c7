import { describe, expect, it } from 'vitest';
import { cultureFrontmatter, lessonFrontmatter, pathFile, source, vocabularyEntry } from '../../src/lib/content/schema';
import { validEntry } from './fixtures';

const everyLocale = (text: string) => ({ bg: text, en: text, ar: text, fa: text, uk: text });
const lesson = (overrides: Record<string, unknown> = {}) => ({
  title: everyLocale('Здравей'),
  track: 'language',
  level: 'A0',
  order: 1,
  minutes: 15,
  picture: '1F44B',
  vocabulary: ['zdravey'],
  objectives: [everyLocale('greet')],
  ...overrides,
});

describe('vocabulary entry', () => {
  it('accepts a complete entry', () => {
    expect(vocabularyEntry.safeParse(validEntry()).success).toBe(true);
  });

  it('requires a gloss in every help language', () => {
    const result = vocabularyEntry.safeParse(validEntry({ gloss: { en: 'bear', ar: 'دب', fa: 'خرس' } }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['gloss', 'uk']);
  });

  it('rejects an id that is not lower-case ASCII', () => {
    expect(vocabularyEntry.safeParse(validEntry({ id: 'Мечка' })).success).toBe(false);
    expect(vocabularyEntry.safeParse(validEntry({ id: 'big bear' })).success).toBe(false);
  });

  it('rejects Latin letters where Bulgarian is expected', () => {
    expect(vocabularyEntry.safeParse(validEntry({ bg: 'mechka' })).success).toBe(false);
  });

  it('rejects fields the contract does not know', () => {
    expect(vocabularyEntry.safeParse(validEntry({ colour: 'brown' })).success).toBe(false);
  });

  it('reads an all-digit OpenMoji code that YAML parsed as a number', () => {
    const result = vocabularyEntry.safeParse(validEntry({ picture: 2705 }));
    expect(result.success && result.data.picture).toBe('2705');
  });

  it('rejects a picture that is neither a code nor a path', () => {
    expect(vocabularyEntry.safeParse(validEntry({ picture: 'bear' })).success).toBe(false);
  });
});

describe('lesson frontmatter', () => {
  it('accepts a language lesson without sources', () => {
    expect(lessonFrontmatter.safeParse(lesson()).success).toBe(true);
  });

  it('requires a picture for the card: an OpenMoji code or a drawn picture', () => {
    const { picture: _picture, ...withoutPicture } = lesson();
    expect(lessonFrontmatter.safeParse(withoutPicture).success).toBe(false);
    expect(lessonFrontmatter.safeParse(lesson({ picture: 'greeting' })).success).toBe(false);
    expect(lessonFrontmatter.safeParse(lesson({ picture: '/pictures/azbuka.svg' })).success).toBe(true);
    const digits = lessonFrontmatter.safeParse(lesson({ picture: 2764 }));
    expect(digits.success && digits.data.picture).toBe('2764');
  });

  it('requires sources for history, nature and traditions lessons', () => {
    const result = lessonFrontmatter.safeParse(lesson({ track: 'history' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['sources']);
    const withSource = lesson({
      track: 'history',
      sources: [{ title: 'Bulgaria', publisher: 'Encyclopaedia Britannica', url: 'https://www.britannica.com/place/Bulgaria' }],
    });
    expect(lessonFrontmatter.safeParse(withSource).success).toBe(true);
  });

  it('requires a title in every help language', () => {
    const { ar: _ar, ...title } = everyLocale('x');
    expect(lessonFrontmatter.safeParse(lesson({ title })).success).toBe(false);
  });

  it('rejects an unknown track or level', () => {
    expect(lessonFrontmatter.safeParse(lesson({ track: 'cooking' })).success).toBe(false);
    expect(lessonFrontmatter.safeParse(lesson({ level: 'C2' })).success).toBe(false);
  });
});

describe('culture frontmatter and paths', () => {
  it('requires at least one source for a culture module', () => {
    expect(cultureFrontmatter.safeParse({ title: 'Baba Marta', summary: 'On 1 March…', order: 1, sources: [] }).success).toBe(false);
  });

  it('accepts a path of lesson ids and rejects a malformed id', () => {
    const path = { title: everyLocale('x'), description: everyLocale('y'), lessons: ['language/greetings'] };
    expect(pathFile.safeParse(path).success).toBe(true);
    expect(pathFile.safeParse({ ...path, lessons: ['greetings'] }).success).toBe(false);
  });
});

describe('source', () => {
  it('needs a web link, so every fact can be checked', () => {
    expect(source.safeParse({ title: 'Musala', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Musala' }).success).toBe(true);
    const noLink = source.safeParse({ title: 'Labour Code', publisher: 'State Gazette' });
    expect(noLink.error?.issues[0]).toMatchObject({
      path: ['url'],
      message: 'every source needs a link (url) where the fact can be checked',
    });
    expect(source.safeParse({ title: 'x', publisher: 'y', url: 'javascript:alert(1)' }).success).toBe(false);
  });
});
