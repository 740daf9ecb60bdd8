import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeUtf8 } from '../data/csv';
import { directoryReader } from '../data/load';
import { parseTable } from '../data/table';
import { getBudget } from '../budget';
import { dataDir } from '../dataDir';
import { REPORT_TEXT_FILE } from '../data/validate';
import { buildGlossary, type GlossaryTerm } from './glossary';
import { siteGlossaryTable, type SiteGlossaryRow } from './siteGlossaryTable';

export function parseSiteGlossary(bytes: Uint8Array): SiteGlossaryRow[] {
  return parseTable(siteGlossaryTable, decodeUtf8(siteGlossaryTable.file, bytes));
}

let cached: GlossaryTerm[] | undefined;

/** The checked glossary, loaded once per build (site definitions joined to the report's). */
export function getGlossary(): GlossaryTerm[] {
  if (!cached) {
    const rows = parseSiteGlossary(directoryReader(dataDir())(siteGlossaryTable.file));
    const sourceLines = readFileSync(join(dataDir(), REPORT_TEXT_FILE), 'utf8').split('\n');
    cached = buildGlossary(rows, getBudget().glossary, sourceLines);
  }
  return cached;
}
