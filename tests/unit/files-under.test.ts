import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { filesUnder } from '../../src/build/files-under';

it('lists every file under a folder, nested ones too, and no folders', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'files-under-'));
  await mkdir(path.join(dir, 'en', 'lessons'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), '');
  await writeFile(path.join(dir, 'en', 'lessons', 'index.html'), '');
  expect((await filesUnder(dir)).sort()).toEqual([path.join(dir, 'en', 'lessons', 'index.html'), path.join(dir, 'index.html')]);
});
