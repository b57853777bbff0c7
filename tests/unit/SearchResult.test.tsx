// @vitest-environment jsdom
/**
 * One search result as a parent reads it: the title in the help language, and a snippet
 * in which Bulgarian quoted in an Arabic sentence stays in its own reading order.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import Result from '../../src/islands/SearchResult';
import type { SearchStrings } from '../../src/islands/Search';
import { pickStrings } from '../../src/i18n';
import type { SearchResult as Found } from '../../src/lib/search/engine';

const strings = pickStrings('ar', [
  'audio.play',
  'audio.loading',
  'audio.playing',
  'audio.unavailable',
  'search.kind.lesson',
  'search.kind.culture',
  'search.kind.word',
]) as SearchStrings;

/** A lesson whose Arabic text quotes a Bulgarian sentence, with the searched word marked in it. */
const lesson: Found = {
  ref: 'lesson:nature/bears',
  kind: 'lesson',
  url: '/ar/lessons/nature/bears/',
  title: { language: 'ar', parts: [{ text: 'الدببة' }] },
  snippet: {
    language: 'ar',
    parts: [
      { text: 'نقول: ' },
      { text: 'Мечката е ', bulgarian: true },
      { text: 'кафява', bulgarian: true, mark: true },
      { text: '.', bulgarian: true },
      { text: ' أي أن الدب بني.' },
    ],
  },
};

afterEach(cleanup);

describe('a search result', () => {
  it('links its title, in the help language', () => {
    render(<Result result={lesson} strings={strings} />);
    expect(screen.getByRole('link', { name: 'الدببة' })).toHaveAttribute('href', '/ar/lessons/nature/bears/');
    expect(screen.getByText('درس')).toBeInTheDocument();
  });

  it('keeps a quoted Bulgarian sentence in one left-to-right run, its marked word inside it', () => {
    const { container } = render(<Result result={lesson} strings={strings} />);
    const snippet = container.querySelector('.search-result__snippet')!;
    expect(snippet.firstElementChild).toHaveAttribute('lang', 'ar');
    expect(snippet.firstElementChild).toHaveAttribute('dir', 'rtl');
    // One isolated run: pieces isolated one by one would be set right to left between them.
    const runs = snippet.querySelectorAll('[lang="bg"]');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toHaveAttribute('dir', 'ltr');
    expect(runs[0]).toHaveTextContent(/^Мечката е кафява\.$/);
    expect(runs[0]!.querySelector('mark')).toHaveTextContent('кафява');
    expect(snippet).toHaveTextContent('نقول: Мечката е кафява. أي أن الدب بني.');
  });
});
