import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { exercisePicture, exercisePictures } from '../../src/lib/exercises/pictures';
import { openMojiFile } from '../../src/lib/content/openmoji-files';
import { pictureUrl } from '../../src/lib/routes';

const root = path.resolve(import.meta.dirname, '../..');

it('uses only pictures OpenMoji has, and no flags', () => {
  for (const [name, code] of Object.entries(exercisePictures)) {
    expect(existsSync(openMojiFile(code, root)), `${name}: ${code}`).toBe(true);
    // Flags are pairs of regional indicator letters (1F1E6–1F1FF) or tag sequences (1F3F4-E00…).
    expect(code, name).not.toMatch(/^1F1[EF][0-9A-F]|^1F3F4-E/);
  }
});

it('are served at the same address as word pictures', () => {
  expect(exercisePicture('listen')).toBe(pictureUrl(exercisePictures.listen));
});
