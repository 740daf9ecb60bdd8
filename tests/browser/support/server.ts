import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves a built site on 127.0.0.1 under `base` (e.g. "/" or "/jincheng-budget/"), like a static host. */
export async function serveStatic(distDir: string, base = '/', port = 0): Promise<StaticServer> {
  const serveFile = sirv(distDir, { dev: false, etag: false, dotfiles: false });
  const notFoundPage = join(distDir, '404.html');
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) return sendNotFound(response);
    request.url = `/${url.slice(base.length)}`;
    serveFile(request, response, () => sendNotFound(response));
  });
  function sendNotFound(response: import('node:http').ServerResponse) {
    response.statusCode = 404;
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
  }
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
