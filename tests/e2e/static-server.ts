/**
 * A static server of the built site that a test owns: started on a free port, stopped
 * for real (its connections cut), and able to serve a second version in place of the
 * first (files of an overlay folder win over dist/). The shared `astro preview` cannot
 * be stopped or swapped by one test.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export const dist = path.resolve(import.meta.dirname, '../../dist');

export interface StaticServer {
  origin: string;
  /** Serves these files over dist/ from now on (a second build, as far as the browser can tell). */
  overlay(folder: string): void;
  stop(): Promise<void>;
}

export async function startStaticServer(): Promise<StaticServer> {
  // dev: reads the disk on every request, so a swapped overlay is seen at once.
  const site = sirv(dist, { dev: true, etag: true });
  let over: ReturnType<typeof sirv> | undefined;
  const sockets = new Set<Socket>();
  const server = http.createServer((request, response) => {
    const last = () =>
      site(request, response, () => {
        response.writeHead(404).end();
      });
    if (over) over(request, response, last);
    else last();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // Any free port, unless E2E_STATIC_PORT names one (a machine shared by several checkouts may allow only some).
  await new Promise<void>((resolve) => server.listen(Number(process.env.E2E_STATIC_PORT ?? 0), '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    overlay(folder) {
      over = sirv(folder, { dev: true, etag: true });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
