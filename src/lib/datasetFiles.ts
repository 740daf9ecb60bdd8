import { DATASETS, type DatasetInfo } from './datasets';
import { dataDir } from './dataDir';
import { DataErrors } from './data/errors';
import { checkFile, directoryReader } from './data/load';
import { publishedCsv } from './data/publish';
import { tableSpec } from './data/validate';

export interface DatasetFile extends DatasetInfo {
  columns: string[];
  rowCount: number;
  /** Size of the published file (/data/<file>), BOM included. */
  bytes: number;
}

/** A published CSV as readers download it, written from the cells after its schema has checked them. */
export function publishedDatasetCsv(file: string, directory = dataDir()): string {
  const table = checkFile(directoryReader(directory), tableSpec(file));
  if (table.errors.length) throw new DataErrors(table.errors);
  return publishedCsv(table.header, table.cells, { newline: '\n' });
}

/** The published CSVs: header, data-row count and size, each read through its schema. */
export function readDatasetFiles(directory = dataDir()): DatasetFile[] {
  return DATASETS.map((dataset) => {
    const table = checkFile(directoryReader(directory), tableSpec(dataset.file));
    if (table.errors.length) throw new DataErrors(table.errors);
    const bytes = Buffer.byteLength(publishedCsv(table.header, table.cells, { newline: '\n' }));
    return { ...dataset, columns: table.header, rowCount: table.rows.length, bytes };
  });
}
