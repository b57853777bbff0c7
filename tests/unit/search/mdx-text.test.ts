import { describe, expect, it } from 'vitest';
import { mdxText } from '../../../src/lib/search/mdx-text';

describe('mdxText', () => {
  it('reads the text props of <HelpText> per language, brackets kept for the caller', () => {
    const { localized, prose } = mdxText(
      '<HelpText bg="Кажи „здравей“." en="Say [здравей]." ar="قل [здравей]." fa="بگو [здравей]." uk="Скажи [здравей]." />\n',
    );
    expect(localized).toEqual([
      { bg: 'Кажи „здравей“.', en: 'Say [здравей].', ar: 'قل [здравей].', fa: 'بگو [здравей].', uk: 'Скажи [здравей].' },
    ]);
    // Props are not prose: they are not shown in every language.
    expect(prose).toEqual([]);
  });

  it('reads the word ids of exercise components from their literal props, not their source text', () => {
    const { wordIds } = mdxText(
      [
        '<Flashcards words={["mechka", "valk"]} id="animals" />',
        '<Flashcards words={[`gora`, "mechka"]} />',
        '<Listen word="ezh" />',
        '<Flashcards words={someVariable} />',
      ].join('\n\n'),
    );
    expect(wordIds).toEqual(['mechka', 'valk', 'gora', 'ezh']);
  });

  it('reads texts and word ids at any depth of an exercise’s literal props, as in <Quiz>', () => {
    const { localized, wordIds } = mdxText(
      [
        '<Quiz',
        '  id="quiz-days"',
        '  questions={[',
        '    {',
        '      prompt: { bg: "Кой ден идва след понеделник?", en: "Which day comes after [понеделник]?" },',
        '      options: [',
        '        { word: "petak", feedback: { bg: "Петък е в края.", en: "[Петък] is at the end." } },',
        '        { word: "vtornik", correct: true },',
        '      ],',
        '    },',
        '    { prompt: { "uk": "Який день?" }, options: [{ word: computed() }], words: ["sabota"] },',
        '  ]}',
        '/>',
      ].join('\n'),
    );
    expect(localized).toEqual([
      { bg: 'Кой ден идва след понеделник?', en: 'Which day comes after [понеделник]?' },
      { bg: 'Петък е в края.', en: '[Петък] is at the end.' },
      { uk: 'Який день?' },
    ]);
    expect(wordIds).toEqual(['petak', 'vtornik', 'sabota']);
  });

  it('gives prose in paragraphs and headings, with <Word> written as the caller says', () => {
    const { prose, wordIds } = mdxText(
      '## Who is Baba Marta?\n\n<Word id="baba-marta" /> means *Grandma March*.\n\n- a list item with `code`\n',
      (id) => `[${id.toUpperCase()}]`,
    );
    expect(prose).toEqual(['Who is Baba Marta?', '[BABA-MARTA] means Grandma March.', 'a list item with code']);
    expect(wordIds).toEqual(['baba-marta']);
  });

  it('leaves out imports, expressions and code', () => {
    const { prose } = mdxText("import X from './x';\n\n{1 + 1}\n\n```js\nconst secret = 1;\n```\n\nVisible text.\n");
    expect(prose).toEqual(['Visible text.']);
  });

  it('reads an empty body', () => {
    expect(mdxText('')).toEqual({ prose: [], localized: [], wordIds: [] });
  });
});
