/**
 * Bad data and missing storage on a shared computer: a malformed learner record leaves
 * the other children choosable and is shown to the tutor to remove; without IndexedDB
 * at all every page still works and the learner pages say progress will not be kept.
 */
import { expect, test } from '@playwright/test';
import { createLearner, openTutor } from './learner-steps';
import { pageTypes } from './pages';

test('a profile record with a number for a name leaves the other children choosable, and the tutor can remove it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await createLearner(page, 'Ana', 0);
  await createLearner(page, 'Omar', 1);
  // Written straight into IndexedDB, as an old bug or a curious adult with developer tools would.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('zdravei');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('profiles', 'readwrite');
          tx.objectStore('profiles').put({ id: 'broken-1', name: 42, picture: '1F98A', createdAt: 3, updatedAt: 3 });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

  await page.goto('/en/learners/');
  await expect(page.locator('.learners__cards').getByRole('button')).toHaveText(['Ana', 'Omar', /A new learner/]);
  await page.getByRole('button', { name: 'Omar' }).click();
  await expect(page).toHaveURL(/\/en\/me\/$/);
  await expect(page.getByText('Hello, Omar!')).toBeVisible();

  await openTutor(page);
  const damaged = page.getByRole('region', { name: 'Damaged records' });
  await expect(damaged.getByRole('listitem')).toHaveText(/Learner record .*"broken-1".* \(wrong: name\)/);
  page.once('dialog', (dialog) => void dialog.accept());
  await damaged.getByRole('button', { name: 'Remove' }).click();
  await expect(damaged).toHaveCount(0);
  await expect(page.locator('.tutor__learners .tutor__name')).toHaveText(['Ana', 'Omar']);
  expect(errors).toEqual([]);
});

test.describe('without IndexedDB', () => {
  test.beforeEach(async ({ page }) => {
    // Gone before any of the page's scripts run, as in browsers that have none.
    await page.addInitScript(() => {
      delete (window as { indexedDB?: IDBFactory }).indexedDB;
    });
  });

  test('every page type renders its content, without a script error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    for (const [type, url] of Object.entries(pageTypes)) {
      const response = await page.goto(url('en'));
      expect(response?.status(), type).toBe(200);
      await expect(page.locator('h1'), type).not.toBeEmpty();
      await expect(page.locator('main'), type).not.toContainText('Loading…');
      // The header says it on every page, except the learner pages whose islands say it.
      if (!['learners', 'me', 'review', 'tutor'].includes(type))
        await expect(page.locator('[data-storage-off]'), type).toContainText('This browser cannot keep progress on this computer');
    }
    expect(errors).toEqual([]);
  });

  const notice = 'This browser cannot keep progress on this computer';
  test('the learner, home, review and tutor pages work from memory and say so', async ({ page }) => {
    await page.goto(pageTypes.learners('en'));
    await expect(page.getByRole('status')).toContainText(notice);
    await expect(page.getByLabel('Name')).toBeVisible();

    // A page in memory forgets who was chosen on the page before: each asks again.
    for (const url of [pageTypes.me('en'), pageTypes.review('en')]) {
      await page.goto(url);
      await expect(page.getByRole('status')).toContainText(notice);
      await expect(page.locator('main')).toContainText('Choose who is learning first.');
    }

    await page.goto(pageTypes.tutor('en'));
    await expect(page.getByRole('status')).toContainText(notice);
    await expect(page.getByLabel('The same PIN again')).toBeVisible();
  });

  test('a learner can be made and chosen in memory', async ({ page }) => {
    await page.goto(pageTypes.learners('en'));
    await page.getByLabel('Name').fill('Mira');
    await page.locator('.picture-choice').first().click();
    await page.getByRole('button', { name: 'Start learning' }).click();
    await expect(page).toHaveURL(/\/en\/me\/$/);
    await expect(page.getByRole('status')).toContainText(notice);
  });

  test('a lesson says the stars will not be kept', async ({ page }) => {
    await page.goto(pageTypes.lesson('en'));
    const deck = page.locator('.flashcards').first();
    const next = deck.getByRole('button', { name: 'Next card' });
    await expect(next).toBeEnabled();
    while (await next.isVisible()) await next.click();
    await expect(deck.getByText('This browser cannot keep your progress on this computer.')).toBeVisible();
  });
});
