import { expect, test } from '@playwright/test';
import { createLearner, openTutor } from './learner-steps';

test.describe.configure({ timeout: 90_000 });

test('a tutor makes a group of two children and assigns it a ready-made path; both children see it on their home', async ({ page }) => {
  await createLearner(page, 'Ana', 0);
  await createLearner(page, 'Omar', 1);

  await openTutor(page);
  await page.getByLabel('Name of a new group').fill('Tuesday afternoon');
  await page.getByRole('button', { name: 'Create the group' }).click();
  const members = page.getByRole('group', { name: 'Children in Tuesday afternoon' });
  await members.getByRole('checkbox', { name: 'Ana' }).click();
  await expect(members.getByRole('checkbox', { name: 'Ana' })).toBeChecked();
  await members.getByRole('checkbox', { name: 'Omar' }).click();
  await expect(members.getByRole('checkbox', { name: 'Omar' })).toBeChecked();

  // All seven ready-made paths are offered, each with its number of lessons.
  const path = page.getByRole('combobox', { name: 'Path', exact: true });
  await expect(path.getByRole('option')).toHaveCount(7);
  await path.selectOption({ label: 'Discover Bulgaria (31 lessons)' });
  await page.getByRole('combobox', { name: 'Give it to' }).selectOption({ label: 'Group: Tuesday afternoon' });
  await page.getByLabel('To finish by (optional)').fill('2027-03-01');
  await page.getByRole('button', { name: 'Assign the path' }).click();
  await expect(page.getByRole('status')).toHaveText('The path is assigned.');
  await expect(page.locator('.tutor__assignments')).toContainText('Discover Bulgaria → Group: Tuesday afternoon (by March 1, 2027)');

  for (const child of ['Ana', 'Omar']) {
    await page.goto('/en/learners/');
    await page.getByRole('button', { name: child }).click();
    await expect(page).toHaveURL(/\/en\/me\/$/);
    await expect(page.getByRole('heading', { name: 'My lessons: Discover Bulgaria' })).toBeVisible();
    await expect(page.getByText('Finish by March 1, 2027')).toBeVisible();
    await expect(page.locator('.child-home__path li')).toHaveCount(31);
    const next = page.getByRole('link', { name: 'Next: The four seasons' });
    await expect(next).toHaveAttribute('href', '/en/lessons/nature/seasons/');
  }
});
