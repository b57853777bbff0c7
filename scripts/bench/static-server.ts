/**
 * A static file server for the benchmarks: serves a built folder on 127.0.0.1 with gzip
 * for text, as any real host would (astro preview does not compress, which would make the
 * slow-network timings measure bytes no visitor downloads). The same server serves the
 * site, the bare one-island page and the plain HTML page, so their timings compare.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest']);

async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  const clean = path.normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  const full = path.join(root, clean);
  if (!full.startsWith(root)) return undefined;
  try {
    const info = await stat(full);
    if (info.isFile()) return full;
    if (info.isDirectory()) {
      const index = path.join(full, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Serves `root` on `port` until `close()`. */
export async function serveStatic(root: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const absolute = path.resolve(root);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const file = await fileFor(absolute, request.url ?? '/');
      if (!file) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const ext = path.extname(file);
      let body = await readFile(file);
      const headers: Record<string, string> = { 'content-type': types[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (compressible.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
        body = gzipSync(body, { level: 6 });
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(200, headers).end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
