import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server';
import { DIST_DIR } from './dist';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    base: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST_DIR}/index.html`)) throw new Error(`${DIST_DIR}/ is missing: run \`npm run build\` before the browser tests.`);
  const base = process.env.BASE ?? '/';
  const server = await serveStatic(DIST_DIR, base);
  project.provide('origin', server.origin);
  project.provide('base', base);
  return () => server.close();
}
