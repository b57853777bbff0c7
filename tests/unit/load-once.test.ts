import { expect, it, vi } from 'vitest';
import { loadOnce } from '../../src/lib/browser/load-once';

it('loads once, and every call gets the same result', async () => {
  const load = vi.fn(async () => 'code');
  const get = loadOnce(load);
  expect(await Promise.all([get(), get()])).toEqual(['code', 'code']);
  expect(await get()).toBe('code');
  expect(load).toHaveBeenCalledTimes(1);
});

it('forgets a failed load, so the next call tries again', async () => {
  const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('code');
  const get = loadOnce(load);
  await expect(get()).rejects.toThrow('offline');
  expect(await get()).toBe('code');
  expect(await get()).toBe('code');
  expect(load).toHaveBeenCalledTimes(2);
});
