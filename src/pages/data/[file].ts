import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS } from '../../lib/datasets';
import { dataDir } from '../../lib/dataDir';

// Every published CSV is copied byte for byte from data/ at build time, never edited by hand.
export const getStaticPaths: GetStaticPaths = () => DATASETS.map((dataset) => ({ params: { file: dataset.file } }));

export const GET: APIRoute = ({ params }) => {
  const body = readFileSync(join(dataDir(), String(params.file)));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
