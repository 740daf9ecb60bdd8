import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS } from '../../lib/datasets';
import { publishedDatasetCsv } from '../../lib/datasetFiles';

// Every published CSV is written from data/ at build time, after its schema has checked it, with a
// BOM and formula-like text neutralised (src/lib/data/publish.ts); never edited by hand.
export const getStaticPaths: GetStaticPaths = () => DATASETS.map((dataset) => ({ params: { file: dataset.file } }));

export const GET: APIRoute = ({ params }) =>
  new Response(publishedDatasetCsv(String(params.file)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
