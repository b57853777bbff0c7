import { describe, expect, it } from 'vitest';
import { searchDocuments, searchFields } from '../../../src/lib/search/documents';
import { content } from './fixture-content';

describe('searchFields', () => {
  it('has one field per role and language, the help language first', () => {
    expect(searchFields('fa').map((f) => f.name)).toEqual([
      'title_fa',
      'title_bg',
      'title_la',
      'words_bg',
      'words_la',
      'gloss_fa',
      'gloss_en',
      'gloss_ar',
      'gloss_uk',
      'text_fa',
      'text_bg',
    ]);
    expect(searchFields('bg').map((f) => f.name)).toEqual([
      'title_bg',
      'title_la',
      'words_bg',
      'words_la',
      'gloss_en',
      'gloss_ar',
      'gloss_fa',
      'gloss_uk',
      'text_bg',
    ]);
  });

  it('weighs titles above words above running text', () => {
    const boost = Object.fromEntries(searchFields('en').map((f) => [f.name, f.boost]));
    expect(boost.title_en).toBeGreaterThan(boost.words_bg ?? 0);
    expect(boost.words_bg).toBeGreaterThan(boost.text_en ?? 0);
  });
});

describe('searchDocuments', () => {
  const docs = searchDocuments(content, 'en');
  const lesson = docs.find((d) => d.stored.url === '/en/lessons/nature/bears/');
  const word = (title: string) => docs.find((d) => d.stored.kind === 'word' && d.stored.title[1] === title);

  it('makes a document per lesson, per module in the page’s language and per word', () => {
    expect(docs.map((d) => d.stored.kind)).toEqual(['lesson', 'lesson', 'culture', ...content.words.map(() => 'word')]);
    expect(searchDocuments(content, 'uk').filter((d) => d.stored.kind === 'culture')).toEqual([]);
  });

  it('indexes a lesson’s help text, its objectives, and the words of its exercises', () => {
    expect(lesson?.fields.text_en).toContain('Brown bears live in the Bulgarian mountains.');
    expect(lesson?.fields.text_en).toContain('I know which animals live in the mountains.');
    // gora is only in <Flashcards>, not in the frontmatter.
    expect(lesson?.fields.words_bg?.split('\n')).toEqual(['мечка', 'мечки', 'вълк', 'вълци', 'гора', 'гори']);
    expect(lesson?.fields.gloss_en?.split('\n')).toEqual(['bear', 'wolf', 'forest']);
  });

  it('indexes [Bulgarian] quoted in help text as Bulgarian, and the Bulgarian help text too', () => {
    expect(lesson?.fields.text_en).not.toContain('мечка');
    expect(lesson?.fields.text_bg).toContain('мечка');
    expect(lesson?.fields.text_bg).toContain('В българските планини живеят кафяви мечки.');
  });

  it('shows the title in the help language and in Bulgarian', () => {
    expect(lesson?.stored.title).toEqual(['en', 'Bears and wolves']);
    expect(lesson?.stored.titleBg).toBe('Мечки и вълци');
  });

  it('links a word to the first lesson that teaches it, else to a guide, else to its picture-dictionary topic', () => {
    expect(word('bear')?.stored.url).toBe('/en/lessons/nature/bears/');
    expect(word('hedgehog')?.stored.url).toBe('/en/culture/forest/');
    expect(word('book')?.stored.url).toBe('/en/dictionary/school/');
    // игра is only in the greetings lesson's flashcards, not in its frontmatter: it is not what the lesson teaches.
    expect(word('game')?.stored.url).toBe('/en/dictionary/play/');
    // A word with no lesson, guide or topic has no link.
    const alone = { ...content.words[5]!, id: 'alone', topic: undefined };
    expect(searchDocuments({ ...content, words: [alone] }, 'en').at(-1)?.stored.url).toBeUndefined();
  });

  it('gives a word its picture, sound, transliteration and every gloss', () => {
    const bear = word('bear');
    expect(bear?.stored).toMatchObject({
      titleBg: 'мѐчка',
      translit: 'mechka',
      picture: '/pictures/1F43B.svg',
      audio: '/audio/words/mechka.mp3',
    });
    expect(bear?.fields).toMatchObject({ gloss_uk: 'ведмідь', gloss_fa: 'خرس', gloss_ar: 'دب', title_en: 'bear' });
  });

  it('writes a module’s <Word> as the Bulgarian word in its text, and takes the Bulgarian title from the Bulgarian module', () => {
    const module = docs.find((d) => d.stored.kind === 'culture');
    expect(module?.stored.texts[0]?.[1]).toContain('[ля̀стовица]');
    expect(module?.fields.text_bg).toContain('ля̀стовица');
    expect(module?.stored.titleBg).toBe('В гората');
    expect(module?.fields.words_bg?.split('\n')).toEqual(['гора', 'гори', 'лястовица', 'лястовици', 'еж']);
  });

  it('on Bulgarian pages, titles are Bulgarian and words show as the word', () => {
    const bg = searchDocuments(content, 'bg');
    expect(bg[0]?.stored.title).toEqual(['bg', 'Поздрави']);
    expect(bg.find((d) => d.stored.kind === 'word')?.stored.title).toEqual(['bg', 'мѐчка']);
  });
});
