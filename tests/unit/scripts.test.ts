/** The project's TypeScript scripts run with plain Node through scripts/run-ts.mjs, from any folder. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-files';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

it('runs the content report on the real content, from another folder', async () => {
  const { lessons, words, culture } = await readContent(root);
  const { stdout } = await run(process.execPath, [path.join(root, 'scripts/run-ts.mjs'), path.join(root, 'scripts/content-report.ts')], {
    cwd: path.join(root, 'tests'),
  });
  expect(stdout).toContain(`Total: ${lessons.length} lessons.`);
  expect(stdout).toContain(`Words: ${words.length} in `);
  expect(stdout).toContain(`Guides: ${culture.length / 5}. Missing a language: none`);
}, 60_000);

it('refuses an entry that is not TypeScript', async () => {
  const failure = await run(process.execPath, [path.join(root, 'scripts/run-ts.mjs'), 'scripts/bench-size.mjs'], { cwd: root }).catch(
    (error: { code: number; stderr: string }) => error,
  );
  expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining('usage: node scripts/run-ts.mjs <entry.ts>') });
});
