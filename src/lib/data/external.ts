import { decodeUtf8 } from './csv';
import { directoryReader, type FileReader } from './load';
import { externalFiguresTable, type ExternalFigure } from './schemas';
import { parseTable } from './table';
import { dataDir } from '../dataDir';

let cached: ExternalFigure[] | undefined;

/**
 * Figures that are not in the budget report (external_figures.csv), each with its source. Kept
 * apart from getBudget() so that nothing from outside the report can enter its reconciliation.
 */
export function loadExternalFigures(read: FileReader): ExternalFigure[] {
  return parseTable(externalFiguresTable, decodeUtf8(externalFiguresTable.file, read(externalFiguresTable.file)));
}

export function externalFigure(id: string, figures = getExternalFigures()): ExternalFigure {
  const row = figures.find((entry) => entry.id === id);
  if (!row) throw new Error(`external_figures.csv has no "${id}"`);
  return row;
}

export function getExternalFigures(): ExternalFigure[] {
  cached ??= loadExternalFigures(directoryReader(dataDir()));
  return cached;
}
