// @vitest-environment jsdom
/** Links held while a save runs: only a plain click on a link that leaves this tab, and never for long. */
import { afterEach, expect, it, vi } from 'vitest';
import { holdLinksWhileSaving, longestHold } from '../../src/lib/browser/hold-links';

let saving = true;
let ended: () => void = () => undefined;
const settled = () => new Promise<void>((resolve) => (ended = resolve));
holdLinksWhileSaving(() => saving, settled);

function link(attributes: Record<string, string> = {}): HTMLAnchorElement {
  const made = document.createElement('a');
  made.href = '#elsewhere';
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  document.body.append(made);
  return made;
}
const click = (target: Element, init: MouseEventInit = {}) =>
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));

afterEach(() => {
  document.body.replaceChildren();
  window.location.hash = '';
  saving = true;
  vi.useRealTimers();
});

it('follows the link once the save has ended', async () => {
  expect(click(link())).toBe(false);
  expect(window.location.hash).toBe('');
  ended();
  await vi.waitFor(() => expect(window.location.hash).toBe('#elsewhere'));
});

it('leaves alone a link to another tab, a download, a click with a key held, and anything but a link', () => {
  expect(click(link({ target: '_blank' }))).toBe(true);
  expect(click(link({ download: '' }))).toBe(true);
  expect(click(link(), { ctrlKey: true })).toBe(true);
  const button = document.createElement('button');
  document.body.append(button);
  expect(click(button)).toBe(true);
});

it('lets a click through at once when nothing is being saved', () => {
  saving = false;
  expect(click(link())).toBe(true);
});

it('follows the link anyway when the save hangs', async () => {
  vi.useFakeTimers();
  expect(click(link())).toBe(false);
  await vi.advanceTimersByTimeAsync(longestHold - 1);
  expect(window.location.hash).toBe('');
  await vi.advanceTimersByTimeAsync(1);
  expect(window.location.hash).toBe('#elsewhere');
});
