/**
 * The tutor's story in the browser: a group of two children, a path of four lessons built
 * and given to the group, both children finding it on their home; a child who answers one
 * exercise wrongly three times shows as "needs help" with the missed word; the class view
 * of the group, and its CSV, have one row per child with each lesson's status; the print
 * view puts one child on each page. (The path's link on another computer: tutor-paths.spec.ts.)
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { bank, exercises, playLesson } from './exercise-driver';
import { createLearner, openTutor, unlockTutorPage } from './learner-steps';
import { buildPath, builtPathTitles } from './path-steps';
import { showExercise, waitForSequence } from './sequence-steps';

const pin = '2468';

/** On the tutor page, a group of these children. */
async function makeGroup(page: Page, name: string, children: string[]) {
  await openTutor(page, pin);
  await page.getByLabel('Name of a new group').fill(name);
  await page.getByRole('button', { name: 'Create the group' }).click();
  const members = page.getByRole('group', { name: `Children in ${name}` });
  for (const child of children) {
    // A click, not check(): the box shows the stored membership, ticked once the store has it.
    await members.getByRole('checkbox', { name: child }).click();
    await expect(members.getByRole('checkbox', { name: child })).toBeChecked();
  }
}

/** Opens the reports page (the tools stay open from the tutor page before it). */
async function openReports(page: Page) {
  await page.goto('/en/tutor/reports/');
  await unlockTutorPage(page, pin);
  await expect(page.getByRole('group', { name: 'Report' })).toBeVisible();
}

/** Chooses this child on "Who is learning?"; ends on their home. */
async function choose(page: Page, child: string) {
  await page.goto('/en/learners/');
  await page.getByRole('button', { name: child }).click();
  await expect(page).toHaveURL(/\/en\/me\/$/);
}

/** Answers the greetings lesson's listening exercise wrongly three times; returns the words asked when it went wrong. */
async function threeWrongAnswers(page: Page): Promise<string[]> {
  await page.goto('/en/lessons/language/greetings/');
  const section = exercises(page).and(page.locator('.listen')).first();
  // A chosen learner plays one exercise at a time: once the sequence is on, open the listening one by its step.
  await waitForSequence(page);
  await showExercise(page, section);
  await section.scrollIntoViewIfNeeded();
  await expect(section.locator('xpath=..')).not.toHaveAttribute('ssr', '');
  const missed: string[] = [];
  while (missed.length < 3) {
    const asked = (await section.locator('.exercise__prompt').getAttribute('data-word'))!;
    const wrong = section.locator(`.choice:not([data-word="${asked}"]):not([disabled])`).first();
    if ((await wrong.count()) > 0) {
      await wrong.click();
      await expect(section.locator('.feedback--wrong')).toBeVisible();
      missed.push(asked);
    } else {
      await section.locator(`.choice[data-word="${asked}"]`).click();
      await expect(section.locator('.feedback--right')).toBeVisible();
    }
    await section.locator('.feedback .button.primary').click();
  }
  return [...new Set(missed)].map((id) => bank.get(id)!.stressed.normalize('NFC'));
}

/** The CSV's rows, cells split on commas outside quotes (RFC 4180), without the byte-order mark. */
function csvRows(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text
    .slice(1)
    .split('\r\n')
    .filter(Boolean)
    .map((line) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1),
    );
}

test('a group is given a path of four lessons; a child stuck on one needs help, in the class view, the CSV and on paper', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await createLearner(page, 'Ana', 0);
  await createLearner(page, 'Ivo', 1);
  // Zoe learns on this computer too, but is not in the group.
  await createLearner(page, 'Zoe', 2);

  // The tutor builds the path, makes the group, and gives the path to the group.
  await buildPath(page);
  await makeGroup(page, 'Tuesday', ['Ana', 'Ivo']);
  await page.getByRole('combobox', { name: 'Path', exact: true }).selectOption({ label: 'Tuesday afternoon (4 lessons)' });
  await page.getByRole('combobox', { name: 'Give it to' }).selectOption({ label: 'Group: Tuesday' });
  await page.getByRole('button', { name: 'Assign the path' }).click();
  await expect(page.getByRole('status')).toHaveText('The path is assigned.');

  // Both children find it on their home; Zoe keeps the default path.
  for (const child of ['Ana', 'Ivo']) {
    await choose(page, child);
    await expect(page.getByRole('heading', { name: 'My lessons: Tuesday afternoon' })).toBeVisible();
    await expect(page.locator('.child-home__path .child-home__lesson')).toHaveText(builtPathTitles);
  }
  await choose(page, 'Zoe');
  await expect(page.getByRole('heading', { name: 'My lessons: First steps' })).toBeVisible();

  // Ana finishes the path's first lesson; Ivo gets the second one's listening wrong three times.
  await choose(page, 'Ana');
  await page.goto('/en/lessons/language/colours/');
  await playLesson(page, 'pointer');
  // The celebration sends her on along the path she was given, not the page's default one.
  await expect(page.locator('.celebration').getByRole('link', { name: /Next lesson/ })).toHaveAttribute(
    'href',
    '/en/lessons/language/greetings/',
  );
  await choose(page, 'Ivo');
  const missedWords = await threeWrongAnswers(page);

  await openTutor(page, pin);
  await openReports(page);
  await page.getByLabel('Lesson path').selectOption({ label: 'Tuesday afternoon' });
  await expect(page.getByRole('table', { name: 'Tuesday afternoon' }).getByRole('row', { name: /Zoe/ })).toBeVisible();
  await page.getByLabel('Group').selectOption({ label: 'Tuesday' });
  // For the group, the path is marked as the one it was given.
  await expect(page.getByLabel('Lesson path').locator('option:checked')).toHaveText('Tuesday afternoon (assigned)');
  const grid = page.getByRole('table', { name: 'Tuesday afternoon' });
  await expect(grid.getByRole('row', { name: /Zoe/ })).toHaveCount(0);
  const ivo = grid.getByRole('row', { name: /Ivo/ });
  const ana = grid.getByRole('row', { name: /Ana/ });
  // Columns: the child, then colours, greetings, my family, animals.
  await expect(ivo.getByRole('cell').nth(1)).toContainText('Needs help');
  await expect(ivo.getByRole('cell').nth(1)).toContainText('3 wrong answers');
  for (const word of missedWords) await expect(ivo.getByRole('cell').nth(1)).toContainText(word);
  await expect(ivo.getByRole('cell').nth(0)).toContainText('Not started');
  await expect(ana.getByRole('cell').nth(0)).toContainText('Done');
  await expect(ana.getByRole('cell').nth(1)).toContainText('Not started');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as a spreadsheet (CSV)' }).click();
  const file = await (await download).path();
  const rows = csvRows(await readFile(file, 'utf8'));
  expect(rows).toHaveLength(3);
  expect(rows[0]).toEqual(['Child', ...builtPathTitles]);
  const byName = new Map(rows.slice(1).map((row) => [row[0], row.slice(1)]));
  expect([...byName.keys()].sort()).toEqual(['Ana', 'Ivo']);
  expect(byName.get('Ana')![0]).toMatch(/^Done: [123] stars?$/);
  expect(byName.get('Ana')!.slice(1)).toEqual(['Not started', 'Not started', 'Not started']);
  expect(byName.get('Ivo')![0]).toBe('Not started');
  expect(byName.get('Ivo')![1]).toMatch(/^Needs help: 3 wrong answers in /);
  for (const word of missedWords) expect(byName.get('Ivo')![1]).toContain(word);
  expect(byName.get('Ivo')!.slice(2)).toEqual(['Not started', 'Not started']);

  // On paper: no navigation, one child to a page.
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(2);
});
