/**
 * Every CSV the site publishes goes through src/lib/data/publish.ts: a BOM for Excel, formula-like
 * text neutralised with a leading ' (OWASP), numbers untouched, and still clean for papaparse and
 * Python's csv module.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, test } from 'vitest';
import { DATASETS } from '../../src/lib/datasets';
import { publishedDatasetCsv, readDatasetFiles } from '../../src/lib/datasetFiles';
import { checkFile, directoryReader } from '../../src/lib/data/load';
import { FORMULA_START, publishedCsv, UTF8_BOM } from '../../src/lib/data/publish';
import { tableSpec } from '../../src/lib/data/validate';
import { ALL_HOSTILE_TEXT, HOSTILE_NAMES } from '../fixtures/hostile/hostile-names.mjs';

const hasPython = spawnSync('python3', ['--version']).status === 0;

/** Rows as Python's csv module reads the text (utf-8-sig drops the BOM, as Excel does). */
function pythonRows(csv: string): string[][] {
  const script = 'import csv, io, json, sys\nprint(json.dumps(list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", newline="")))))';
  return JSON.parse(execFileSync('python3', ['-c', script], { input: Buffer.from(csv, 'utf8'), maxBuffer: 64 * 1024 * 1024 }).toString('utf8'));
}

describe('the published copies of data/', () => {
  test.each(DATASETS.map((dataset) => dataset.file))('%s is the file in data/ with a BOM in front', (file) => {
    expect(publishedDatasetCsv(file, 'data')).toBe(UTF8_BOM + readFileSync(join('data', file), 'utf8'));
  });

  test('the data page gives the published size, BOM included', () => {
    for (const file of readDatasetFiles('data')) expect(file.bytes).toBe(Buffer.byteLength(publishedDatasetCsv(file.file, 'data')));
  });
});

describe('neutralising formulas', () => {
  test.each([
    ['=HYPERLINK("x")', true],
    ['+SUM(1)', true],
    ['-2+3', true],
    ['@SUM(1)', true],
    ['\tx', true],
    ['-项目', true],
    ['-2.00', false],
    ['+5', false],
    ['12.5%', false],
    ['=', false],
    ['项目=1', false],
  ])('%j starts a formula: %s', (cell, formula) => {
    expect(FORMULA_START.test(cell)).toBe(formula);
    const csv = publishedCsv(['a'], [[cell]], { newline: '\r\n' });
    expect(Papa.parse<string[]>(csv.slice(1)).data[1]![0]).toBe(formula ? `'${cell}` : cell);
  });
});

describe('the hostile data set, published', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-publish-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  execFileSync(process.execPath, ['tests/fixtures/hostile/make-hostile-data.mjs', join(dir, 'data')]);

  test.each(DATASETS.map((dataset) => dataset.file))('%s: no cell starts a formula; numbers and other text are unchanged', (file) => {
    const source = checkFile(directoryReader(join(dir, 'data')), tableSpec(file));
    expect(source.errors).toEqual([]);
    const csv = publishedDatasetCsv(file, join(dir, 'data'));
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const readers = hasPython ? [parsed.data, pythonRows(csv)] : [parsed.data];
    for (const rows of readers) {
      expect(rows[0]).toEqual(source.header);
      expect(rows).toHaveLength(source.cells.length + 1);
      rows.slice(1).forEach((row, index) => {
        row.forEach((cell, column) => {
          const original = source.cells[index]![column]!;
          expect(cell, `${file} row ${index + 2}, ${source.header[column]}`).toBe(FORMULA_START.test(original) ? `'${original}` : original);
        });
      });
    }
  });

  test('the formula-like hostile texts are among the neutralised cells', () => {
    const csv = publishedDatasetCsv('projects.csv', join(dir, 'data'));
    const formulas = HOSTILE_NAMES.filter((name) => FORMULA_START.test(name));
    expect(formulas).toHaveLength(4);
    for (const name of formulas) expect(csv).toContain(`"'${name.replace(/"/g, '""')}"`);
    expect(ALL_HOSTILE_TEXT.filter((text) => FORMULA_START.test(text)).length).toBeGreaterThan(8);
  });
});
