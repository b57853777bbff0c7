// @vitest-environment jsdom
/** What the site's own client directives share: one hydration, and a check once the page is read. */
import { expect, it, vi } from 'vitest';
import { hydrateOnce, whenPageRead } from '../../src/islands/directive-parts';

it('hydrates once, however many signs ask for it', async () => {
  const run = vi.fn();
  const load = vi.fn(async () => async () => run());
  const hydrate = hydrateOnce(load);
  hydrate();
  hydrate();
  await vi.waitFor(() => expect(run).toHaveBeenCalledOnce());
  hydrate();
  expect(load).toHaveBeenCalledOnce();
});

it('checks at once on a page already read, and after DOMContentLoaded on one being read', () => {
  const check = vi.fn();
  whenPageRead(check);
  expect(check).toHaveBeenCalledOnce();
  const reading = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
  const later = vi.fn();
  whenPageRead(later);
  expect(later).not.toHaveBeenCalled();
  reading.mockRestore();
  document.dispatchEvent(new Event('DOMContentLoaded'));
  expect(later).toHaveBeenCalledOnce();
});
