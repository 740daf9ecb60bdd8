import type { APIRoute } from 'astro';
import { resolve } from 'node:path';
import { classicScript } from '../../lib/embed/bundle';

/** /embed/setup.js: runs first in every embed (theme, sandbox support); from src/components/embed/setup.ts. */
export const GET: APIRoute = async () => {
  const source = await classicScript(resolve('src/components/embed/setup.ts'));
  return new Response(source, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
