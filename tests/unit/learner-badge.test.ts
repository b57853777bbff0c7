// @vitest-environment jsdom
import { beforeEach, expect, it } from 'vitest';
import { showLearnerBadge } from '../../src/lib/browser/learner-badge';
import { learnerStore as store } from '../../src/lib/store/learner-store';
import { createProfile } from '../../src/lib/store/profiles';
import { startSession } from '../../src/lib/store/session';

/** The header's badge as Base.astro renders it: hidden until a learner is known. */
function header(): Document {
  document.body.innerHTML = `
    <span class="learner__badge" data-learner-badge hidden>
      <a href="/en/me/" data-learner-home><img src="" alt="" /><span data-learner-name></span></a>
    </span>`;
  return document;
}

beforeEach(async () => {
  const { db } = await store();
  await Promise.all(db.tables.map((table) => table.clear()));
});

it("shows the learner's picture and name, the name as text", async () => {
  const { db } = await store();
  const omar = await createProfile(db, { name: 'Omar &amp; Ana', picture: '1F981' });
  await startSession(db, omar.id, 1_000);
  const page = header();
  await showLearnerBadge(page, 2_000);
  const badge = page.querySelector<HTMLElement>('[data-learner-badge]')!;
  expect(badge.hidden).toBe(false);
  expect(badge.querySelector('img')?.getAttribute('src')).toBe('/pictures/1F981.svg');
  expect(badge.querySelector('[data-learner-name]')?.textContent).toBe('Omar &amp; Ana');
});

it('stays hidden once the time-out has passed', async () => {
  const { db } = await store();
  const omar = await createProfile(db, { name: 'Omar', picture: '1F981' });
  await startSession(db, omar.id, 0);
  const page = header();
  await showLearnerBadge(page, 16 * 60_000);
  expect(page.querySelector<HTMLElement>('[data-learner-badge]')!.hidden).toBe(true);
});
