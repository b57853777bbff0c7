// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { showLearnerBadge } from '../../src/lib/browser/learner-badge';
import { openSessionChannel, sessionEndedEvent } from '../../src/lib/browser/session-channel';
import { learnerStore as store } from '../../src/lib/store/learner-store';
import { createProfile } from '../../src/lib/store/profiles';
import { activeLearner, startSession, touchSession } from '../../src/lib/store/session';

const minute = 60_000;

/** The header's badge as SiteHeader.astro renders it: hidden until a learner is known. */
function header(): Document {
  document.body.innerHTML = `
    <span class="learner__badge" data-learner-badge hidden data-unnamed='{"1F98A":"child with the fox picture"}'>
      <a href="/en/me/" data-learner-home><img src="" alt="" /><span data-learner-name></span></a>
    </span>
    <p data-session-ended role="status" hidden>Time is up for the last learner. Who is learning now?</p>`;
  return document;
}

const badge = () => document.querySelector<HTMLElement>('[data-learner-badge]')!;
const endedMessage = () => document.querySelector<HTMLElement>('[data-session-ended]')!;

/** A clock the test moves by hand; only the page's timers are faked, not IndexedDB's. */
let clock = 0;
const now = () => clock;

async function omarLearning(since = 0) {
  const { db } = await store();
  const omar = await createProfile(db, { name: 'Omar', picture: '1F981' });
  await startSession(db, omar.id, since);
  return db;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  clock = 0;
  window.history.replaceState(null, '', '/en/');
  const { db } = await store();
  await Promise.all(db.tables.map((table) => table.clear()));
});
/** Each test's header watch, stopped after it as closing the page would. */
const watches: (() => void)[] = [];
const watch = async (root: Document) => void watches.push(await showLearnerBadge(root, now));
afterEach(() => {
  watches.splice(0).forEach((stop) => stop());
  vi.useRealTimers();
});

it("shows the learner's picture and name, the name as text", async () => {
  const { db } = await store();
  const omar = await createProfile(db, { name: 'Omar &amp; Ana', picture: '1F981' });
  await startSession(db, omar.id, 1_000);
  clock = 2_000;
  await watch(header());
  expect(badge().hidden).toBe(false);
  expect(badge().querySelector('img')?.getAttribute('src')).toBe('/pictures/1F981.svg');
  expect(badge().querySelector('[data-learner-name]')?.textContent).toBe('Omar &amp; Ana');
});

it('shows a child without a name as their picture on their colour, named by the picture', async () => {
  const { db } = await store();
  const fox = await createProfile(db, { picture: '1F98A', colour: 'blue' });
  await startSession(db, fox.id, 1_000);
  clock = 2_000;
  await watch(header());
  expect(badge().hidden).toBe(false);
  expect(badge().querySelector('img')?.getAttribute('alt')).toBe('child with the fox picture');
  expect(badge().querySelector('[data-learner-name]')?.textContent).toBe('');
  expect(badge().style.getPropertyValue('--learner-colour')).toBe('#1565c0');
});

it('stays hidden once the time-out has passed', async () => {
  await omarLearning(0);
  clock = 16 * minute;
  await watch(header());
  expect(badge().hidden).toBe(true);
  expect(endedMessage().hidden).toBe(true);
});

it('clears itself on an open page when the time-out passes, and asks the next child to choose', async () => {
  await omarLearning(0);
  clock = minute;
  const ended = vi.fn();
  window.addEventListener(sessionEndedEvent, ended);
  await watch(header());
  expect(badge().hidden).toBe(false);

  clock = 14 * minute;
  await vi.advanceTimersByTimeAsync(13 * minute);
  expect(badge().hidden).toBe(false);

  clock = 16 * minute;
  await vi.advanceTimersByTimeAsync(2 * minute);
  await vi.waitFor(() => expect(badge().hidden).toBe(true));
  expect(badge().textContent).not.toContain('Omar');
  expect(endedMessage().hidden).toBe(false);
  expect(ended).toHaveBeenCalledOnce();
  window.removeEventListener(sessionEndedEvent, ended);
});

it('keeps the child while they are active elsewhere: the time-out counts from their last answer', async () => {
  const db = await omarLearning(0);
  await watch(header());
  await touchSession(db, 10 * minute);
  clock = 16 * minute;
  await vi.advanceTimersByTimeAsync(16 * minute);
  expect(badge().hidden).toBe(false);
  clock = 26 * minute;
  await vi.advanceTimersByTimeAsync(10 * minute);
  await vi.waitFor(() => expect(badge().hidden).toBe(true));
});

it('ends the session when the page came from "Switch learner", and drops the marker', async () => {
  const db = await omarLearning(0);
  window.history.replaceState(null, '', '/en/learners/?switch');
  await watch(header());
  expect(await activeLearner(db, 0)).toBeUndefined();
  expect(badge().hidden).toBe(true);
  expect(window.location.search).toBe('');
});

it('clears when another tab ends the session, without the time-out message', async () => {
  await omarLearning(0);
  await watch(header());
  expect(badge().hidden).toBe(false);
  const otherTab = openSessionChannel(() => undefined);
  otherTab.announce('switched');
  otherTab.close();
  await vi.waitFor(() => expect(badge().hidden).toBe(true));
  expect(endedMessage().hidden).toBe(true);
});
