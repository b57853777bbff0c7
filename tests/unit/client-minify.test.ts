import { expect, it } from 'vitest';
import { minify } from 'terser';
import type { ConfigEnv, UserConfig } from 'vite';
import { clientMinify, clientTerserOptions } from '../../src/build/client-minify';

const configFor = (isSsrBuild: boolean) => {
  const hook = clientMinify().config as (config: UserConfig, env: ConfigEnv) => UserConfig | undefined;
  return hook({}, { command: 'build', mode: 'production', isSsrBuild });
};

it('minifies the browser build with Terser, and leaves the server build alone', () => {
  expect(configFor(false)?.build).toEqual({ minify: 'terser', terserOptions: clientTerserOptions });
  expect(configFor(true)).toBeUndefined();
});

it('keeps a module’s exports and what they do, and drops what nothing reaches', async () => {
  const source = `
    const unused = () => 'never called';
    function label(count) { const word = count === 1 ? 'word' : 'words'; return count + ' ' + word; }
    export { label };`;
  const { code } = await minify(source, clientTerserOptions);
  expect(code).toBeDefined();
  expect(code).not.toContain('never called');
  expect(code).toMatch(/export\s*\{\s*\w+ as label\s*\}|export\s*\{\s*label\s*\}/);
  const label = new Function(`${code!.replace(/export\s*\{\s*(\w+)(?: as label)?\s*\};?/, 'return $1;')}`)() as (n: number) => string;
  expect([label(1), label(3)]).toEqual(['1 word', '3 words']);
});
