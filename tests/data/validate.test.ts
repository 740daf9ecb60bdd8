/**
 * `npm run validate`: every CSV against its schema and every identity, all problems in one run, each
 * with a code, file, row, column, value and what to do. Faults are injected into in-memory copies of data/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DATASETS } from '../../src/lib/datasets';
import { directoryReader, type FileReader } from '../../src/lib/data/load';
import { PUBLISHED_TABLES, validateData } from '../../src/lib/data/validate';

const DATA_DIR = 'data';
const realFiles = directoryReader(DATA_DIR);
const onDisk = readdirSync(DATA_DIR).filter((name) => name.endsWith('.csv'));
const encode = (text: string) => new TextEncoder().encode(text);
const realText = (file: string) => readFileSync(join(DATA_DIR, file), 'utf8');

/** The real data with some files replaced (a string) or deleted (null). */
function readerWith(changes: Record<string, string | null>): FileReader {
  return (file) => {
    if (!(file in changes)) return realFiles(file);
    const text = changes[file];
    return text === null ? directoryReader('/nonexistent')(file) : encode(text!);
  };
}

/** Replaces one cell, by editor line (1 = header) and column name, in a file without quoted line breaks. */
function withCell(file: string, line: number, column: string, value: string | ((old: string) => string), text = realText(file)): string {
  const lines = text.split('\n');
  const header = lines[0]!.split(',');
  const index = header.indexOf(column);
  // Only the simple case is needed: cells before `column` contain no quoted commas in the lines used here.
  const cells = lines[line - 1]!.split(',');
  cells[index] = typeof value === 'function' ? value(cells[index]!) : value;
  lines[line - 1] = cells.join(',');
  return lines.join('\n');
}

describe('validateData', () => {
  test('the real data passes, every published CSV has a schema and every CSV in data/ is published', () => {
    const { errors, skipped } = validateData(realFiles, onDisk);
    expect(errors.map((error) => error.message)).toEqual([]);
    expect(skipped).toEqual([]);
    expect(DATASETS.map((dataset) => dataset.file).sort()).toEqual(PUBLISHED_TABLES.map((table) => table.file).sort());
  });

  test('reports every error of every file in one run, text problems and broken identities together', () => {
    let projects = withCell('projects.csv', 11, 'amount', (old) => (Number(old) + 0.01).toFixed(2));
    projects = withCell('projects.csv', 11, 'general_budget', (old) => (Number(old) + 0.01).toFixed(2), projects);
    projects = withCell('projects.csv', 3, 'name', (old) => `${old}\t附注`, projects);
    const { errors, skipped } = validateData(
      readerWith({
        'projects.csv': projects,
        'function_assignment_alternatives.csv': withCell('function_assignment_alternatives.csv', 4, 'misfits_if_alternative', (old) => `${old},9`),
        'site_glossary.csv': null,
      }),
      onDisk,
    );
    const codes = errors.map((error) => `${error.code} ${error.file}:${error.row ?? ''}`);
    expect(codes).toContain('TEXT_TAB projects.csv:3');
    expect(codes).toContain('CSV_COLUMN_COUNT function_assignment_alternatives.csv:4');
    expect(codes).toContain('FILE_MISSING site_glossary.csv:');
    expect(codes).toContain('IDENTITY_GAP units.csv:2');
    // The broken identity names the row that was changed, with its value.
    const unitGap = errors.find((error) => error.code === 'IDENTITY_GAP' && error.file === 'units.csv')!;
    const changed = Number(realText('projects.csv').split('\n')[10]!.split(',')[4]) + 0.01;
    expect(unitGap.cells).toContainEqual({ file: 'projects.csv', row: 11, column: 'amount', value: changed.toFixed(2) });
    expect(unitGap.cells[0]).toEqual({ file: 'units.csv', row: 2, column: 'project_total', value: '7884.24' });
    // Every error says what to do.
    for (const error of errors) expect(error.hint, error.message).toBeTruthy();
    expect(skipped.join(' ')).toContain('glossary');
  });

  test('a missing file is one clear error, not an exception', () => {
    const { errors } = validateData(readerWith({ 'units.csv': null }), onDisk);
    expect(errors.map((error) => error.message)).toEqual([expect.stringMatching(/^units\.csv: is missing from /)]);
  });

  test('a CSV in data/ that nothing publishes is reported', () => {
    const { errors } = validateData(realFiles, [...onDisk, 'stray.csv']);
    expect(errors.map((error) => [error.code, error.file])).toEqual([['FILE_UNPUBLISHED', 'stray.csv']]);
  });
});

describe('npm run validate', () => {
  test('prints every error grouped by file with a count, and exits non-zero, in under 5 s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    try {
      cpSync(DATA_DIR, dir, { recursive: true });
      writeFileSync(join(dir, 'units.csv'), withCell('units.csv', 3, 'project_total', '八十五'));
      writeFileSync(join(dir, 'glossary.csv'), withCell('glossary.csv', 2, 'term', (old) => `${old}\u200b`));
      unlinkSync(join(dir, 'function_assignment_alternatives.csv'));
      const start = Date.now();
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts'], { env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8' });
      // About 1 s on a quiet machine (most of it starting Node and tsx); a loose bound for a busy shared one.
      expect(Date.now() - start).toBeLessThan(10_000);
      expect(result.status).toBe(1);
      const report = result.stderr;
      expect(report).not.toMatch(/\n\s+at /); // no stack trace
      expect(report).toContain('function_assignment_alternatives.csv (1 error)\n  FILE_MISSING  is missing from');
      expect(report).toContain('units.csv (1 error)\n  CELL_TYPE  row 3, column project_total: expected a numeric amount in 万元 with two decimals (e.g. 380.00), found "八十五"');
      expect(report).toMatch(/glossary\.csv \(1 error\)\n {2}TEXT_INVISIBLE {2}row 2, column term: contains a zero-width character \(U\+200B\) at character \d+: ".*<U\+200B>"\n {6}what to do: /);
      const [, ms] = /validate: 3 errors in 3 files \(.*\) in .*, (\d+) ms\n?$/.exec(report) ?? [];
      expect(Number(ms), 'the checking itself').toBeLessThan(2_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('passes on the real data', () => {
    expect(execFileSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts'], { encoding: 'utf8' })).toMatch(/every CSV in .* matches its schema and every identity holds/);
  });
});
