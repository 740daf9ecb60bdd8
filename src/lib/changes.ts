import { budgetIndex } from './data/budgetIndex';
import type { Budget } from './data/load';
import type { Change } from './data/schemas';
import { formatWan } from './format';
import { wanNumberToFen, type Fen } from './money';
import { defined } from './checked';

/**
 * The year-on-year changes the report states (changes.csv, 第三部分), each with this year's amount
 * and what follows from the two by arithmetic: last year's amount and the percentage. The report
 * gives no breakdown of last year, so none is made up here.
 */
export interface YearChange {
  id: string;
  /** What changed, in the report's words without the verb (e.g. “预算总额”). */
  subject: string;
  /** This year's amount (2024). */
  current: Fen;
  /** Signed change as printed: negative for a decrease. */
  change: Fen;
  /** current − change: last year's amount, by arithmetic. */
  previous: Fen;
  /** The percentage as printed (unsigned), or null when the report gives none. */
  printedPercent: number | null;
  /** The percentage from the report's own two amounts, unrounded (unsigned). */
  computedPercent: number;
  /** True when the printed percentage is the computed one cut off rather than rounded. */
  truncated: boolean;
  sourceLine: number;
  /** The line of the printed percentage, when there is one. */
  percentSourceLine: number | null;
}

/** Which changes.csv rows go together, and which total (report_totals.csv id) each one changes. */
const CHANGES = [
  {
    id: 'expenditure-total-change',
    percentId: 'expenditure-total-change-pct',
    subject: '预算总额',
    total: 'grand-total',
  },
  {
    id: 'general-budget-change',
    percentId: 'general-budget-change-pct',
    subject: '一般公共预算当年支出',
    total: 'general-budget-current-year',
  },
  {
    id: 'three-public-change',
    percentId: null,
    subject: '“三公”经费',
    total: 'three-public-total',
  },
  {
    id: 'running-cost-change',
    percentId: 'running-cost-change-pct',
    subject: '机关运行经费',
    total: 'running-cost-total',
  },
] as const;

export type YearChangeId = (typeof CHANGES)[number]['id'];

function changeRow(budget: Budget, id: string): Change {
  const row = budget.changes.find((entry) => entry.id === id);
  if (!row) throw new Error(`changes.csv has no "${id}"`);
  return row;
}

export function yearChange(budget: Budget, id: YearChangeId): YearChange {
  const spec = defined(
    CHANGES.find((entry) => entry.id === id),
    `the change "${id}" in CHANGES (src/lib/changes.ts)`,
  );
  const row = changeRow(budget, id);
  if (row.unit !== '万元' || (row.direction !== 'increase' && row.direction !== 'decrease')) {
    throw new Error(`changes.csv row ${row.row} ("${id}") is not a change in 万元`);
  }
  const current = budgetIndex(budget).total(spec.total);
  const change = (row.direction === 'decrease' ? -1 : 1) * wanNumberToFen(row.value);
  const previous = current - change;
  const computedPercent = (Math.abs(change) / previous) * 100;
  const percentRow = spec.percentId ? changeRow(budget, spec.percentId) : null;
  const printedPercent = percentRow ? percentRow.value : null;
  const rounded = Math.round(computedPercent * 100) / 100;
  const cut = Math.floor(computedPercent * 100) / 100;
  return {
    id,
    subject: spec.subject,
    current,
    change,
    previous,
    printedPercent,
    computedPercent,
    truncated: printedPercent !== null && printedPercent !== rounded && printedPercent === cut,
    sourceLine: row.source_line,
    percentSourceLine: percentRow?.source_line ?? null,
  };
}

/** “减少7,581.35万元” / “增加5,143.14万元” */
export function changeText(change: YearChange): string {
  return `${change.change < 0 ? '减少' : '增加'}${formatWan(Math.abs(change.change))}`;
}

/** “下降22.98%” as printed, or null when the report prints no percentage. */
export function percentText(change: YearChange): string | null {
  if (change.printedPercent === null) return null;
  return `${change.change < 0 ? '下降' : '增长'}${change.printedPercent.toFixed(2)}%`;
}

/** The note for a truncated percentage, e.g. “报告写15.45%，按报告自己的两个数算是15.46%（报告截去了尾数，没有四舍五入）”. */
export function truncationNote(change: YearChange): string | null {
  if (!change.truncated || change.printedPercent === null) return null;
  const rounded = (Math.round(change.computedPercent * 100) / 100).toFixed(2);
  return `报告写${change.printedPercent.toFixed(2)}%；按报告自己的两个金额算是${rounded}%，报告截去了尾数，没有四舍五入。`;
}
