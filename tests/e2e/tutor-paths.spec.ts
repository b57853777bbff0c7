/**
 * The path builder and the path link: a tutor builds a four-lesson path, saves it, and its
 * link opened on "another computer" (a fresh browser context, with its own IndexedDB) shows
 * the path, saves it and gives it to a child there. Hostile links change nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { createLearner, unlockTutorPage } from './learner-steps';
import { buildPath, builtPathTitles } from './path-steps';
import { axe } from './axe';

test.describe.configure({ timeout: 90_000 });

/** The serious or critical accessibility problems of the page as it is now. */
async function seriousProblems(page: Page): Promise<string[]> {
  const results = await axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('a path built on one computer opens, is saved and given to a child on another', async ({ page, browser }) => {
  const link = await buildPath(page);
  expect(await seriousProblems(page)).toEqual([]);

  const other = await browser.newContext();
  try {
    const there = await other.newPage();
    await createLearner(there, 'Mira', 3);
    await there.goto(link);
    await expect(there.getByRole('heading', { name: 'Tuesday afternoon' })).toBeVisible();
    await expect(there.locator('.paths__shared .paths__title')).toHaveText(builtPathTitles);
    await expect(there.locator('.paths__shared img.paths__picture')).toHaveCount(4);
    expect(await seriousProblems(there)).toEqual([]);

    await unlockTutorPage(there, '1357');
    await there.getByRole('button', { name: 'Save this path' }).click();
    await expect(there.getByText('This path is already saved on this computer.')).toBeVisible();
    await there.getByLabel('Who').selectOption({ label: 'Child: \u2068Mira\u2069' });
    await there.getByRole('button', { name: 'Give the path' }).click();
    await expect(there.getByText(/The path “.Tuesday afternoon.” is given\./)).toBeVisible();

    // What is kept on that computer: the path, given to Mira (read with the browser's own IndexedDB).
    const kept = await there.evaluate(
      () =>
        new Promise<{
          paths: { id: string; title: string; lessons: string[] }[];
          assignments: { pathId: string; profileId?: string }[];
          mira?: string;
        }>((resolve, reject) => {
          const open = indexedDB.open('zdravei');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['paths', 'assignments', 'profiles'], 'readonly');
            const all = (name: string) =>
              new Promise<unknown[]>(
                (done) => (tx.objectStore(name).getAll().onsuccess = (e) => done((e.target as IDBRequest<unknown[]>).result)),
              );
            void Promise.all([all('paths'), all('assignments'), all('profiles')]).then(([paths, assignments, profiles]) =>
              resolve({
                paths: paths as never,
                assignments: assignments as never,
                mira: (profiles as { id: string; name: string }[]).find((p) => p.name === 'Mira')?.id,
              }),
            );
          };
        }),
    );
    expect(kept.paths).toHaveLength(1);
    expect(kept.paths[0]).toMatchObject({
      title: 'Tuesday afternoon',
      lessons: ['language/colours', 'language/greetings', 'language/my-family', 'language/animals'],
    });
    expect(kept.assignments).toEqual([expect.objectContaining({ pathId: kept.paths[0]!.id, profileId: kept.mira })]);

    // Mira's home shows the path she was given, its lessons in the tutor's order.
    await there.goto('/en/learners/');
    await there.getByRole('button', { name: 'Mira' }).click();
    await expect(there).toHaveURL(/\/en\/me\/$/);
    await expect(there.getByRole('heading', { name: 'My lessons: Tuesday afternoon' })).toBeVisible();
    await expect(there.locator('.child-home__path .child-home__lesson')).toHaveText(builtPathTitles);
  } finally {
    await other.close();
  }
});

test('a damaged, cut-short or other-version link says so and changes nothing', async ({ page }) => {
  const link = await buildPath(page);
  const code = link.slice(link.indexOf('#path=') + '#path='.length);
  const hostile = [
    [`/en/path/#path=v1.%00${code.slice(3)}`, 'This link is damaged or is not a Zdravei path. Nothing was changed.'],
    [
      `/en/path/#path=${code.slice(0, Math.floor(code.length / 2))}`,
      'This link is cut short: part of it is missing. Copy the whole link again. Nothing was changed.',
    ],
    [`/en/path/#path=v9.${code.slice(3)}`, 'This link comes from another version of Zdravei and cannot be read here. Nothing was changed.'],
    ['/en/path/#path=v1.PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg', 'This link is damaged or is not a Zdravei path. Nothing was changed.'],
  ] as const;
  for (const [url, message] of hostile) {
    await page.goto('/en/');
    await page.goto(url);
    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(page.getByRole('button', { name: 'Save this path' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Keep it on this computer' })).toHaveCount(0);
  }

  // The only path on this computer is still the one the tutor saved.
  await page.goto('/en/tutor/paths/');
  await unlockTutorPage(page);
  await expect(page.getByRole('region', { name: 'Saved paths' }).getByRole('listitem')).toHaveCount(1);
});
