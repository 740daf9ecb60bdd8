import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { DATASETS, type DatasetInfo } from './datasets';
import { dataDir } from './dataDir';

export interface DatasetFile extends DatasetInfo {
  columns: string[];
  rowCount: number;
  bytes: number;
}

/** The published CSVs as they are on disk: header, data-row count and size. */
export function readDatasetFiles(directory = dataDir()): DatasetFile[] {
  return DATASETS.map((dataset) => {
    const path = join(directory, dataset.file);
    const parsed = Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: true });
    const [header = [], ...rows] = parsed.data;
    return { ...dataset, columns: header, rowCount: rows.length, bytes: statSync(path).size };
  });
}
