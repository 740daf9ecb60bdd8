import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useForFile } from './pages';

export interface HostServer {
  origin: string;
  /** Publishes a plain article page with `body` pasted in; returns its URL. */
  page: (name: string, body: string) => string;
  close: () => Promise<void>;
}

/** A newsroom's page on another port (another origin) that only pastes our embed code. */
export async function startHostServer(): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server = createServer((request, response) => {
    const body = pages.get(new URL(request.url ?? '/', 'http://host').pathname);
    response.statusCode = body ? 200 : 404;
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    page: (name, body) => {
      pages.set(
        `/${name}.html`,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host: ${name}</title><meta name="viewport" content="width=device-width"><style>body{margin:0;font-family:sans-serif}main{padding:0 8px}</style></head><body><main><h1>A newspaper article</h1><p>Text before the chart.</p>${body}<p>Text after the chart.</p></main></body></html>`,
      );
      return `${origin}/${name}.html`;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A host server for the test file (see useForFile). */
export const useHostServer = (): (() => HostServer) => useForFile('the host server', startHostServer, (host) => host.close());
