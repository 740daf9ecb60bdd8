import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataDir } from '../../../lib/dataDir';

// The report's plain text, published so that every cited source line can be checked.
export const getStaticPaths: GetStaticPaths = () => [{ params: { file: 'jincheng-eeb-2024-budget.txt' } }];

export const GET: APIRoute = ({ params }) => {
  const body = readFileSync(join(dataDir(), 'source', String(params.file)));
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
