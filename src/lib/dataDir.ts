import { join } from 'node:path';

/** Where the CSVs are read from; DATA_DIR lets tests build the site from another data set. */
export function dataDir(): string {
  return process.env.DATA_DIR ?? join(process.cwd(), 'data');
}
