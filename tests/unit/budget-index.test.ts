import { describe, expect, test } from 'vitest';
import { getBudget, getBudgetIndex } from '../../src/lib/budget';
import { budgetIndex } from '../../src/lib/data/budgetIndex';
import { DataError } from '../../src/lib/data/errors';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

// Expected values come from the CSVs as written, not from the loader the index sits on.
const csv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;

describe('the budget index: one look-up per id and code', () => {
  const budget = getBudget();
  const index = getBudgetIndex();

  test('every report total by its id, in fen', () => {
    for (const row of csv('report_totals.csv')) expect(index.total(row.id!)).toBe(Math.round(Number(row.amount) * 100) * 10_000);
    expect(index.totalRow('grand-total').source_line).toBe(
      Number(csv('report_totals.csv').find((row) => row.id === 'grand-total')!.source_line),
    );
  });

  test('projects, units and codes by id; children and branches in the file order', () => {
    for (const row of csv('projects.csv')) expect(index.project(row.id!).unit_id).toBe(row.unit_id);
    for (const row of csv('units.csv')) expect(index.unit(row.id!).name).toBe(row.name);
    const functions = csv('functions.csv');
    for (const row of functions) {
      expect(index.functionRow(row.code!).name).toBe(row.name);
      expect(index.children(row.code!).map((child) => child.code)).toEqual(
        functions.filter((child) => child.parent_code === row.code).map((child) => child.code),
      );
    }
    expect(index.branches().map((unit) => unit.id)).toEqual(
      csv('units.csv')
        .filter((row) => row.kind === 'branch')
        .map((row) => row.id),
    );
    for (const unit of csv('units.csv'))
      expect(index.projectsOfUnit(unit.id!).map((project) => project.id)).toEqual(
        csv('projects.csv')
          .filter((row) => row.unit_id === unit.id)
          .map((row) => row.id),
      );
  });

  test('a missing id is one clear error naming the file, the column and the id', () => {
    const missing = (lookUp: () => unknown) => {
      try {
        lookUp();
      } catch (error) {
        return error;
      }
      throw new Error('expected the look-up to throw');
    };
    const error = missing(() => index.project('no-such-project'));
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe('projects.csv, column "id": unknown project "no-such-project"');
    expect((error as DataError).code).toBe('BAD_REFERENCE');
    expect((missing(() => index.total('no-such-total')) as Error).message).toBe(
      'report_totals.csv, column "id": has no "no-such-total" row',
    );
    expect((missing(() => index.unit('nowhere')) as Error).message).toMatch(/^units\.csv.*unknown unit "nowhere"/);
    expect((missing(() => index.functionRow('999')) as Error).message).toMatch(/^functions\.csv, column "code": has no code 999/);
  });

  test('a budget edited in place is looked up afresh, never from a stale position', () => {
    const copy = { ...budget, reportTotals: [...budget.reportTotals], projects: budget.projects.slice(1) };
    const edited = budgetIndex(copy);
    expect(edited.total('grand-total')).toBe(index.total('grand-total'));
    copy.reportTotals[0] = { ...copy.reportTotals[0]!, amount: 1 };
    expect(edited.total(copy.reportTotals[0].id)).toBe(1);
    expect(() => edited.project(budget.projects[0]!.id)).toThrow(/unknown project/);
  });
});
