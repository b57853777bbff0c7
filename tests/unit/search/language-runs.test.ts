/** Bulgarian quoted in a text in another language stays one run, its marked words inside. */
import { describe, expect, it } from 'vitest';
import { languageRuns } from '../../../src/lib/search/language-runs';

describe('languageRuns', () => {
  it('keeps consecutive Bulgarian parts, marked or not, in one run between the others', () => {
    const runs = languageRuns([
      { text: 'نقول: ' },
      { text: 'Мечката е ', bulgarian: true },
      { text: 'кафява', bulgarian: true, mark: true },
      { text: '.', bulgarian: true },
      { text: ' أي أن الدب بني.' },
    ]);
    expect(runs.map((run) => [run.bulgarian, run.parts.map((part) => part.text).join('')])).toEqual([
      [false, 'نقول: '],
      [true, 'Мечката е кафява.'],
      [false, ' أي أن الدب بني.'],
    ]);
    expect(runs[1]!.parts[1]).toEqual({ text: 'кафява', bulgarian: true, mark: true });
  });

  it('gives one run for text in one language, and none for no text', () => {
    expect(languageRuns([{ text: 'a ' }, { text: 'bear', mark: true }])).toEqual([
      { bulgarian: false, parts: [{ text: 'a ' }, { text: 'bear', mark: true }] },
    ]);
    expect(languageRuns([])).toEqual([]);
  });
});
