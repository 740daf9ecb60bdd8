/**
 * The notes /en/methodology/ shows in English (known_gaps.csv `note`, discrepancies.csv
 * `explanation_zh`) follow their Chinese: rewording a Chinese note makes `npm run validate` fail,
 * naming the translation file, its row and the column that still holds the old Chinese.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { directoryReader } from '../../src/lib/data/load';
import { validateData } from '../../src/lib/data/validate';
import { dataDir } from '../../src/lib/dataDir';
import { TRANSLATION_SPECS } from '../../src/lib/i18n/allSpecs';
import { DISCREPANCY_TRANSLATIONS, KNOWN_GAP_TRANSLATIONS } from '../../src/lib/i18n/specs-glossary';

const disk = directoryReader(dataDir());
const encode = (text: string) => new TextEncoder().encode(text);

/** data/<table>.csv with `field` of its first row reworded, and the line of that row in the translation file. */
function reworded(table: string, field: string): { csv: string; id: string; translationLine: number } {
  const text = readFileSync(join(dataDir(), `${table}.csv`), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const first = parsed.data[0]!;
  const changed = parsed.data.map((row) => (row === first ? { ...row, [field]: `${row[field]}（改）` } : row));
  const translation = readFileSync(join(dataDir(), 'translations', 'en', `${table}.csv`), 'utf8').replace(/^\uFEFF/, '');
  const ids = Papa.parse<Record<string, string>>(translation, { header: true, skipEmptyLines: true }).data.map((row) => row.id);
  // Line 1 is the header; the rows have no line breaks inside their cells before the first one's.
  return { csv: Papa.unparse(changed, { columns: parsed.meta.fields }), id: first.id!, translationLine: ids.indexOf(first.id!) + 2 };
}

describe.each([
  ['known_gaps', 'note', KNOWN_GAP_TRANSLATIONS],
  ['discrepancies', 'explanation_zh', DISCREPANCY_TRANSLATIONS],
] as const)('the methodology’s %s notes', (table, field, spec) => {
  test('are checked by npm run validate', () => {
    expect(TRANSLATION_SPECS).toContain(spec);
    expect(validateData(disk).errors.filter((error) => error.file === `translations/en/${table}.csv`)).toEqual([]);
  });

  test('fail validation, naming file, row and column, when the Chinese changes and the English does not', () => {
    const { csv, translationLine } = reworded(table, field);
    const read = (file: string) => (file === `${table}.csv` ? encode(csv) : disk(file));
    const errors = validateData(read).errors.filter((error) => error.file === `translations/en/${table}.csv`);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.row).toBe(translationLine);
    expect(errors[0]!.column).toBe(`${field}_zh`);
    expect(errors[0]!.message).toMatch(
      new RegExp(`translations/en/${table}\\.csv, row ${translationLine}, column "${field}_zh": translates`),
    );
    expect(errors[0]!.message).toContain('（改）');
  });
});
