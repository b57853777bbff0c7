/**
 * `npm run serve:local`: the built site (dist/) on this computer's own address,
 * http://localhost:4400/, for a centre without internet. Service workers, and so the
 * offline mode, work only over HTTPS or on localhost; and a browser keeps progress per
 * address, so the port must stay the same on every start: a port already in use is an
 * error, never a silent move to another one. PORT=… changes it (for tests).
 *
 * Served by sirv, with the cache headers a service worker needs (docs/deploy.md):
 * sw.js always asked for again, hashed files under /_astro/ kept for a year, the rest
 * checked with their ETag.
 */
import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';

const root = path.resolve(import.meta.dirname, '..', 'dist');
const port = Number(process.env.PORT ?? 4400);

if (!existsSync(path.join(root, 'sw.js'))) {
  console.error(`No built site in ${root}: run \`npm run build\` first (or copy a built dist/ here).`);
  process.exit(1);
}

const notFound = readFileSync(path.join(root, '404.html'));
const serve = sirv(root, {
  etag: true,
  setHeaders(response, pathname) {
    response.setHeader('Cache-Control', pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  },
  onNoMatch(_request, response) {
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(notFound);
  },
});

/** Listens on one loopback address; only a port in use stops the start. */
function listen(host) {
  return new Promise((resolve, reject) => {
    const server = http.createServer((request, response) => serve(request, response));
    server.once('error', (error) => (error.code === 'EADDRINUSE' ? reject(error) : resolve(undefined)));
    server.listen(port, host, () => resolve(server));
  });
}

try {
  // IPv4 and IPv6: browsers may try either for "localhost".
  const servers = [await listen('127.0.0.1'), await listen('::1')].filter(Boolean);
  if (servers.length === 0) throw new Error('no loopback address could be used');
  console.log(`Zdravei is at http://localhost:${port}/ (Ctrl+C stops it)`);
} catch (error) {
  console.error(
    `Could not start on port ${port}: ${error.code === 'EADDRINUSE' ? 'it is already in use (is Zdravei already running?)' : error.message}`,
  );
  process.exit(1);
}
