import type { APIRoute } from 'astro';
import { resolve } from 'node:path';
import { classicScript } from '../lib/embed/bundle';

/** /embed.js, the script journalists paste with the iframe: built from src/lib/embed/hostScript.ts. */
export const GET: APIRoute = async () => {
  const source = await classicScript(resolve('src/lib/embed/hostScript.ts'));
  return new Response(source, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
