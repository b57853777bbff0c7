import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { drawnPictureName, pictureSourceFile } from '../../src/lib/content/openmoji-files';
import { loadVocabularyFiles } from '../../src/lib/content/vocabulary-loader';

const root = path.resolve(__dirname, '../..');

it('finds each kind of picture where the build reads it', () => {
  expect(pictureSourceFile('1F43B', root)).toBe(path.join(root, 'node_modules/openmoji/color/svg/1F43B.svg'));
  expect(pictureSourceFile('/pictures/kosa.svg', root)).toBe(path.join(root, 'content/pictures/kosa.svg'));
  expect(pictureSourceFile('/images/rose-valley.png', root)).toBe(path.join(root, 'public/images/rose-valley.png'));
  expect(drawnPictureName('/pictures/bez-petnayset.svg')).toBe('bez-petnayset');
  expect(drawnPictureName('/pictures/../x.svg')).toBeUndefined();
});

it('every picture drawn for the project is used by a word, and every word finds its picture', async () => {
  const words = await loadVocabularyFiles('content/vocabulary', root);
  const drawn = words.map(({ entry }) => entry.picture && drawnPictureName(entry.picture)).filter(Boolean);
  expect(drawn.length).toBeGreaterThan(100);
  for (const name of drawn) expect(existsSync(path.join(root, 'content/pictures', `${name}.svg`)), String(name)).toBe(true);
});

it('stops the build naming the word and the missing file', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'zdravei-pictures-'));
  try {
    mkdirSync(path.join(dir, 'content/vocabulary'), { recursive: true });
    writeFileSync(
      path.join(dir, 'content/vocabulary/test.yaml'),
      `- id: kosa\n  bg: коса\n  stressed: коса̀\n  pos: noun\n  gender: f\n  plural: косѝ\n  gloss: { en: hair, ar: شعر, fa: مو, uk: волосся }\n  translit: kosa\n  picture: /pictures/kosa.svg\n`,
    );
    await expect(loadVocabularyFiles('content/vocabulary', dir)).rejects.toThrow(
      'content/vocabulary/test.yaml, entry "kosa": field picture: no file content/pictures/kosa.svg for /pictures/kosa.svg',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
