import { describe, expect, it } from 'vitest';
import { sentenceTiles, tileAudioFile, tileSpokenText } from '../../src/lib/audio/tile-audio';

describe('tile audio', () => {
  it('cuts a sentence into the tiles a child arranges', () => {
    expect(sentenceTiles('Жа̀бата ска̀ча в рѐката.')).toEqual(['Жа̀бата', 'ска̀ча', 'в', 'рѐката.']);
  });

  it('names a tile by its written form: one file whatever its capitals, stress mark or punctuation', () => {
    const file = tileAudioFile('Жа̀бата');
    expect(file).toMatch(/^tiles\/zhabata\.[0-9a-f]{8}\.mp3$/);
    expect(tileAudioFile('жабата,')).toBe(file);
  });

  it('gives different forms different files, even when they transliterate alike', () => {
    expect(tileAudioFile('цар')).not.toBe(tileAudioFile('тсар'));
    expect(tileAudioFile('цар').split('.')[0]).toBe(tileAudioFile('тсар').split('.')[0]);
  });

  it('reads the tile with its stress mark and without the punctuation around it', () => {
    expect(tileSpokenText('„Здравѐй!“')).toBe('Здравѐй');
    expect(tileSpokenText('рѐката.')).toBe('рѐката');
  });
});

describe('every tile has its sound', () => {
  it('has a generated file for each tile of each example sentence that is not a word of the bank', async () => {
    const { readWordBank } = await import('../../src/lib/content/read-files');
    const { normalise } = await import('../../src/lib/exercises/answer-check');
    const { existsSync } = await import('node:fs');
    const bank = await readWordBank();
    const forms = new Set(bank.map(({ entry }) => normalise(entry.bg)));
    const missing = bank.flatMap(({ entry }) =>
      (entry.example ? sentenceTiles(entry.example.stressed) : [])
        .filter((tile) => !forms.has(normalise(tile)))
        .filter((tile) => !existsSync(`public/audio/${tileAudioFile(tile)}`))
        .map((tile) => `${entry.id}: ${tile}`),
    );
    expect(missing, 'run npm run audio').toEqual([]);
  });
});
