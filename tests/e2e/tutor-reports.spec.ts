/**
 * The tutor's reports in the browser: a child who answers one exercise wrongly three times
 * shows as "needs help" with the missed word; the class view of a group, and its CSV, have
 * one row per child of the group with each lesson's status; the print view puts one child
 * on each page.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { bank, exercises, playLesson } from './exercise-driver';
import { createLearner, openTutor } from './learner-steps';
import { showExercise } from './sequence-steps';

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

/** Opens the reports page behind the PIN (the tutor page chose it first). */
async function openReports(page: Page) {
  await page.goto('/en/tutor/reports/');
  await page.getByLabel('Tutor PIN').fill(pin);
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('group', { name: 'Report' })).toBeVisible();
}

/** Answers the greetings lesson's listening exercise wrongly three times; returns the words asked when it went wrong. */
async function threeWrongAnswers(page: Page): Promise<string[]> {
  await page.goto('/en/lessons/language/greetings/');
  const section = exercises(page).and(page.locator('.listen')).first();
  // A chosen learner plays one exercise at a time: once the sequence is on, open the listening one by its step.
  await expect(page.locator('nav.sequence')).toBeVisible();
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

test('a child stuck on an exercise needs help in the class view, the CSV and on paper', async ({ page }) => {
  test.setTimeout(180_000);
  // Ana finishes the first lesson of the default path; Ivo gets one exercise wrong three times.
  await createLearner(page, 'Ana', 0);
  await page.goto('/en/lessons/alphabet/first-letters/');
  await playLesson(page, 'pointer');
  await createLearner(page, 'Ivo', 1);
  const missedWords = await threeWrongAnswers(page);
  // Zoe learns on this computer too, but is not in the group.
  await createLearner(page, 'Zoe', 2);
  await makeGroup(page, 'Tuesday', ['Ana', 'Ivo']);

  await openReports(page);
  await expect(page.getByRole('table', { name: 'First steps' }).getByRole('row', { name: /Zoe/ })).toBeVisible();
  await page.getByLabel('Group').selectOption({ label: 'Tuesday' });
  await expect(page.getByRole('table', { name: 'First steps' }).getByRole('row', { name: /Zoe/ })).toHaveCount(0);
  await expect(page.getByLabel('Lesson path')).toHaveValue('ready:first-steps');
  const grid = page.getByRole('table', { name: 'First steps' });
  const ivo = grid.getByRole('row', { name: /Ivo/ });
  const ana = grid.getByRole('row', { name: /Ana/ });
  // Columns: the child, then first letters, greetings, introduce yourself.
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
  expect(rows[0]).toEqual(['Child', 'The first letters: А to И', 'Hello! Greetings and polite words', 'This is me! Introducing yourself']);
  const byName = new Map(rows.slice(1).map((row) => [row[0], row.slice(1)]));
  expect([...byName.keys()].sort()).toEqual(['Ana', 'Ivo']);
  expect(byName.get('Ana')![0]).toMatch(/^Done: [123] stars?$/);
  expect(byName.get('Ana')!.slice(1)).toEqual(['Not started', 'Not started']);
  expect(byName.get('Ivo')![0]).toBe('Not started');
  expect(byName.get('Ivo')![1]).toMatch(/^Needs help: 3 wrong answers in /);
  for (const word of missedWords) expect(byName.get('Ivo')![1]).toContain(word);
  expect(byName.get('Ivo')![2]).toBe('Not started');

  // On paper: no navigation, one child to a page.
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(2);
});
