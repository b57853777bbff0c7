import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The one command a centre without internet runs on each computer (`npm run serve:local`,
 * docs/deploy.md): it serves the built site on localhost with the cache headers a service
 * worker needs, and refuses a port already in use instead of moving to another address.
 */

const root = path.resolve(import.meta.dirname, '../..');

/** A port no one is listening on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function start(port: number): { child: ChildProcess; output: Promise<string>; exit: Promise<number | null> } {
  const child = spawn('npm', ['run', '--silent', 'serve:local'], { cwd: root, env: { ...process.env, PORT: String(port) } });
  let text = '';
  const output = new Promise<string>((resolve) => {
    const collect = (chunk: Buffer) => {
      text += chunk.toString();
      if (/localhost:\d+|Could not start/.test(text)) resolve(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output, exit };
}

test('npm run serve:local serves the site, its service worker and the cache headers on localhost', async () => {
  const port = await freePort();
  const first = start(port);
  try {
    expect(await first.output).toContain(`http://localhost:${port}/`);
    const origin = `http://localhost:${port}`;

    const home = await fetch(`${origin}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Zdravei');

    const worker = await fetch(`${origin}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toMatch(/javascript/);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect(await worker.text()).toContain('en/about/index.html');

    const page = await fetch(`${origin}/en/lessons/language/greetings/`);
    expect(page.status).toBe(200);
    const script = /\/_astro\/[\w.-]+\.js/.exec(await page.text())?.[0];
    expect(script).toBeDefined();
    const hashed = await fetch(`${origin}${script}`);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    expect((await fetch(`${origin}/no-such-page/`)).status).toBe(404);

    // A second start on the same port stops with a reason instead of moving elsewhere.
    const second = start(port);
    expect(await second.output).toContain('already in use');
    expect(await second.exit).toBe(1);
  } finally {
    first.child.kill();
    await first.exit;
  }
});
