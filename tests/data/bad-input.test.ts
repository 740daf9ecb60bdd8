import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBudget, loadBudget, directoryReader, type FileReader } from '../../src/lib/data/load';
import { reconcile, ReconciliationError } from '../../src/lib/data/reconcile';
import { DataError, DataErrors } from '../../src/lib/data/errors';

// Each case swaps one real file for a broken fixture and expects a clear error naming file, row and column.
const DATA_DIR = 'data';
const FIXTURES = 'tests/fixtures/bad-input';
const realFiles = directoryReader(DATA_DIR);

function readerWith(file: string, bytes: Uint8Array): FileReader {
  return (name) => (name === file ? bytes : realFiles(name));
}

function fixture(name: string): Uint8Array {
  return readFileSync(join(FIXTURES, name));
}

/** The real file with one line replaced, as UTF-8 bytes. */
function realWithLine(file: string, rowNumber: number, replace: (line: string) => string): Uint8Array {
  const lines = readFileSync(join(DATA_DIR, file), 'utf8').split('\n');
  lines[rowNumber - 1] = replace(lines[rowNumber - 1]!);
  return new TextEncoder().encode(lines.join('\n'));
}

function loadError(file: string, bytes: Uint8Array): DataError {
  try {
    loadBudget(readerWith(file, bytes));
  } catch (error) {
    if (error instanceof DataError) return error;
    if (error instanceof DataErrors) return error.errors[0]!;
    throw error;
  }
  throw new Error(`expected ${file} to be rejected`);
}

describe('bad input stops the build with a clear error', () => {
  test('the real data loads and reconciles', () => {
    expect(() => reconcile(loadBudget(realFiles))).not.toThrow();
  });

  test('an unclosed quote', () => {
    const error = loadError('units.csv', fixture('unclosed-quote.csv'));
    expect(error.file).toBe('units.csv');
    expect(error.row).toBe(3);
    expect(error.message).toMatch(/units\.csv, row 3: .*quote.*never closed/);
  });

  test('a row with too many columns', () => {
    const error = loadError('units.csv', realWithLine('units.csv', 4, (line) => `${line},extra`));
    expect(error.row).toBe(4);
    expect(error.message).toMatch(/too many columns: expected 11/);
  });

  test('a row with too few columns', () => {
    const error = loadError('units.csv', realWithLine('units.csv', 5, (line) => line.split(',').slice(0, 5).join(',')));
    expect(error.row).toBe(5);
    expect(error.message).toMatch(/too few columns: expected 11 .* found 5/);
  });

  test('a non-numeric amount', () => {
    const error = loadError('projects.csv', realWithLine('projects.csv', 2, (line) => line.replace(',380.00,380.00,', ',三百八十,380.00,')));
    expect([error.file, error.row, error.column]).toEqual(['projects.csv', 2, 'amount']);
    expect(error.message).toContain('expected a numeric amount in 万元 with two decimals');
    expect(error.message).toContain('found "三百八十"');
  });

  test('a negative amount', () => {
    const error = loadError('projects.csv', realWithLine('projects.csv', 2, (line) => line.replace(',380.00,380.00,', ',-380.00,380.00,')));
    expect([error.row, error.column]).toEqual([2, 'amount']);
    expect(error.message).toContain('negative amounts are not allowed');
  });

  test('an amount with more than two decimals', () => {
    const error = loadError('projects.csv', realWithLine('projects.csv', 2, (line) => line.replace(',380.00,380.00,', ',380.001,380.00,')));
    expect([error.row, error.column]).toEqual([2, 'amount']);
    expect(error.message).toContain('at most two decimals');
  });

  test('a file in GBK instead of UTF-8', () => {
    const error = loadError('glossary.csv', fixture('glossary-gbk.csv'));
    expect(error.file).toBe('glossary.csv');
    expect(error.message).toMatch(/not valid UTF-8 .*line 2.*GBK/);
  });

  test('a bidirectional override character in a name', () => {
    const error = loadError('projects.csv', realWithLine('projects.csv', 2, (line) => line.replace(',环保事业运行经费,', ',环保\u202E事业运行经费,')));
    expect([error.file, error.row, error.column]).toEqual(['projects.csv', 2, 'name']);
    expect(error.code).toBe('TEXT_BIDI');
    expect(error.message).toContain('bidirectional control character (U+202E) at character 3');
  });

  // Text is one line of visible characters: each of these is refused with its code, position and a fix.
  test.each([
    ['a line break inside a quoted name', '"环保\n事业运行经费"', 'TEXT_LINE_BREAK', 'a line break (U+000A) at character 3'],
    ['a stray carriage return', '环保\r事业运行经费', 'TEXT_LINE_BREAK', 'a stray carriage return (CR) (U+000D) at character 3'],
    ['a tab', '环保\t事业运行经费', 'TEXT_TAB', 'a tab (U+0009) at character 3'],
    ['a control character', '环保\u0007事业运行经费', 'TEXT_CONTROL', 'a control character (U+0007) at character 3'],
    ['a zero-width space', '环保\u200B事业运行经费', 'TEXT_INVISIBLE', 'a zero-width character (U+200B) at character 3'],
    ['a right-to-left isolate', '环保\u2067事业运行经费', 'TEXT_BIDI', 'a bidirectional control character (U+2067) at character 3'],
  ])('%s is refused', (_, cell, code, detail) => {
    const error = loadError('projects.csv', realWithLine('projects.csv', 2, (line) => line.replace(',环保事业运行经费,', `,${cell},`)));
    expect([error.file, error.row, error.column, error.code]).toEqual(['projects.csv', 2, 'name', code]);
    expect(error.message).toContain(detail);
    expect(error.hint).toBeTruthy();
    // The cell is shown on one line with the invisible character made visible, never pasted raw.
    expect(error.message).not.toMatch(/[\n\r\t\u0007\u200B\u2067]/);
  });

  test('rows after a quoted line break are numbered as an editor shows them', () => {
    const lines = readFileSync(join(DATA_DIR, 'projects.csv'), 'utf8').split('\n');
    lines[1] = lines[1]!.replace(',环保事业运行经费,', ',"环保\n事业运行经费",');
    lines[4] = lines[4]!.replace(/,\d+\.\d{2},/, ',abc,');
    const { errors } = checkBudget(readerWith('projects.csv', new TextEncoder().encode(lines.join('\n'))));
    // File line 5 is editor line 6: line 2 now takes two lines.
    expect(errors.map((error) => [error.code, error.row])).toEqual([['TEXT_LINE_BREAK', 2], ['CELL_TYPE', 6]]);
  });

  test('a file with CRLF line endings is accepted', () => {
    const crlf = readFileSync(join(DATA_DIR, 'units.csv'), 'utf8').replace(/\n/g, '\r\n');
    expect(() => loadBudget(readerWith('units.csv', new TextEncoder().encode(crlf)))).not.toThrow();
  });

  test('all errors of a file are reported at once', () => {
    const lines = readFileSync(join(DATA_DIR, 'units.csv'), 'utf8').split('\n');
    lines[2] = `${lines[2]},extra`;
    lines[3] = lines[3]!.replace(/^[^,]+,/, 'Bad Id,');
    lines[5] = lines[5]!.replace(/,(\d+\.\d{2}),/, ',12,');
    const { errors } = checkBudget(readerWith('units.csv', new TextEncoder().encode(lines.join('\n'))));
    expect(errors.map((error) => [error.code, error.row, error.column])).toEqual([
      ['CSV_COLUMN_COUNT', 3, undefined],
      ['CELL_TYPE', 4, 'id'],
      ['CELL_TYPE', 6, 'project_total'],
    ]);
  });

  test('a UTF-8 byte-order mark is accepted', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...realFiles('units.csv')]);
    expect(() => loadBudget(readerWith('units.csv', bom))).not.toThrow();
  });

  test('a duplicate id', () => {
    const lines = readFileSync(join(DATA_DIR, 'units.csv'), 'utf8').trimEnd().split('\n');
    const duplicated = [...lines, lines[2]!].join('\n') + '\n';
    const error = loadError('units.csv', new TextEncoder().encode(duplicated));
    expect([error.row, error.column]).toEqual([lines.length + 1, 'id']);
    expect(error.message).toMatch(/duplicate id "enforcement" \(first on row 3\)/);
  });

  test('an indicator repeated for its project, even after another project\'s indicators', () => {
    const lines = readFileSync(join(DATA_DIR, 'indicators.csv'), 'utf8').trimEnd().split('\n');
    // The first project's first indicator again, at the end of the file, after every other project.
    const repeated = [...lines, lines[1]!].join('\n') + '\n';
    const error = loadError('indicators.csv', new TextEncoder().encode(repeated));
    expect([error.file, error.row, error.column]).toEqual(['indicators.csv', lines.length + 1, 'seq']);
    expect(error.message).toMatch(/duplicate seq 1 for /);
  });

  test('an indicator of a project that does not exist', () => {
    const error = loadError('indicators.csv', realWithLine('indicators.csv', 3, (line) => line.replace(/^[^,]+,/, 'no-such-project,')));
    expect([error.file, error.row, error.column]).toEqual(['indicators.csv', 3, 'project_id']);
    expect(error.message).toContain('project_id "no-such-project" does not exist in projects.csv');
  });

  test('a unit that does not exist', () => {
    const error = loadError('projects.csv', realWithLine('projects.csv', 2, (line) => line.replace(',bureau,', ',nowhere,')));
    expect([error.file, error.row, error.column]).toEqual(['projects.csv', 2, 'unit_id']);
    expect(error.message).toContain('unit_id "nowhere" does not exist in units.csv');
  });

  test('a functional code that does not exist', () => {
    const original = readFileSync(join(DATA_DIR, 'projects.csv'), 'utf8').split('\n')[1]!;
    const code = original.split(',')[9]!;
    const error = loadError('projects.csv', realWithLine('projects.csv', 2, (line) => line.replace(`,${code},`, ',2119998,')));
    expect([error.file, error.row, error.column]).toEqual(['projects.csv', 2, 'function_code']);
    expect(error.message).toContain('function_code "2119998" does not exist');
  });

  test('an empty file', () => {
    const error = loadError('revenue.csv', new Uint8Array());
    expect(error.message).toBe('revenue.csv: is empty: expected a header row and data rows');
  });

  test('totals that no longer reconcile', () => {
    // 表十二's 遗属补助 1.06 → 1.07: the bureau subtotal and the 项 it is charged to no longer add up.
    const changed = realWithLine('projects.csv', 29, (line) => line.replace(',1.06,1.06,', ',1.07,1.07,'));
    const budget = loadBudget(readerWith('projects.csv', changed));
    let caught: unknown;
    try {
      reconcile(budget);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReconciliationError);
    const message = (caught as Error).message;
    expect(message).toContain('new gap: units:bureau.project_total = sum(projects): printed 7884.24, computed 7884.25');
    // The rows that feed the identity are named, the changed one among them.
    expect(message).toContain('units.csv:2:project_total=7884.24');
    expect(message).toContain('projects.csv:29:amount=1.07');
  });

  test('every fixture file is used by a test', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(['glossary-gbk.csv', 'unclosed-quote.csv']);
  });
});
