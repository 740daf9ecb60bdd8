/**
 * How many budget units the report counts: nine, the bureau's own office (局机关本级) included
 * (说明 十 “机关及下属预算单位9个”, line 1572; 整体绩效表 “所属预算单位数 9个”, line 1600).
 * So “局及下属9个单位” would read as ten: say “共9个预算单位（含局机关本级）”.
 */
import type { Budget } from './data/load';
import { budgetIndex } from './data/budgetIndex';

export interface BudgetUnitCounts {
  /** All budget units, the bureau's own office included (9). */
  total: number;
  /** The units other than the bureau's own office (8). */
  subordinate: number;
  branches: number;
}

export function budgetUnitCounts(budget: Budget): BudgetUnitCounts {
  const total = budget.units.length;
  const printed = budget.department.find((fact) => fact.key === 'budget-units');
  if (!printed || Number(printed.value) !== total) {
    throw new Error(`units.csv has ${total} units, department.csv budget-units says ${printed?.value ?? 'nothing'}`);
  }
  const offices = budget.units.filter((unit) => unit.kind === 'headquarters').length;
  if (offices !== 1) throw new Error(`units.csv: expected one headquarters unit (the bureau's own office), found ${offices}`);
  return { total, subordinate: total - offices, branches: budgetIndex(budget).branches().length };
}
