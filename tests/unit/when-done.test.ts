import { expect, it, vi } from 'vitest';
import { whenDone } from '../../src/islands/when-done';

it('runs the action, and on failure logs it and shows the message instead of losing it', async () => {
  const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const shown = vi.fn();
  const failing = whenDone(async (n: number) => {
    if (n > 1) throw new Error('disk full');
  }, shown);
  expect(failing(1)).toBeUndefined();
  await vi.waitFor(() => expect(shown).not.toHaveBeenCalled());
  failing(2);
  await vi.waitFor(() => expect(shown).toHaveBeenCalledTimes(1));
  expect(log).toHaveBeenCalledWith(new Error('disk full'));
  log.mockRestore();
});
