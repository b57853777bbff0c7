import { z } from '../../src/lib/zod-mini';

it('never compiles parsers with eval, which the pages’ policy refuses', () => {
  expect(z.core.globalConfig.jitless).toBe(true);
  const spy = vi.spyOn(globalThis, 'Function');
  expect(z.strictObject({ id: z.string() }).safeParse({ id: 'a' }).success).toBe(true);
  expect(spy).not.toHaveBeenCalled();
  spy.mockRestore();
});
