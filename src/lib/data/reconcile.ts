import { sumFen, type Fen } from '../money';
import type { Budget } from './load';
import type { FunctionRow } from './schemas';
import { groupBy } from '../groupBy';

/** One identity the report states or implies: a printed figure against the figure its parts give. */
export interface IdentityCheck {
  identity: string;
  /** In 万元 (amounts) or percent (shares). */
  printed: number;
  computed: number;
  lines: number[];
}

const toWan = (fen: Fen) => Math.round(fen / 10_000) / 100;

function amountCheck(identity: string, printed: Fen, computed: Fen, lines: number[]): IdentityCheck {
  return { identity, printed: toWan(printed), computed: toWan(computed), lines };
}

function totalById(budget: Budget, id: string) {
  const total = budget.reportTotals.find((row) => row.id === id);
  if (!total) throw new Error(`report_totals.csv has no "${id}" row`);
  return total;
}

const FUNCTION_COLUMNS = ['total', 'basic', 'project', 'general_budget', 'unit_funds', 'carryover'] as const;

function functionChecks(budget: Budget): IdentityCheck[] {
  const checks: IdentityCheck[] = [];
  const childrenOf = new Map<string, FunctionRow[]>();
  for (const row of budget.functions) {
    if (row.parent_code) childrenOf.set(row.parent_code, [...(childrenOf.get(row.parent_code) ?? []), row]);
  }
  for (const row of budget.functions) {
    const children = childrenOf.get(row.code) ?? [];
    if (children.length) {
      for (const column of FUNCTION_COLUMNS) {
        const printed = row[column] ?? 0;
        const computed = sumFen(children.map((child) => child[column] ?? 0));
        checks.push(amountCheck(`functions:${row.code}.${column} = sum(children)`, printed, computed, [row.source_line, ...children.map((child) => child.source_line)]));
      }
    }
    checks.push(amountCheck(`functions:${row.code}.total = basic + project`, row.total, (row.basic ?? 0) + (row.project ?? 0), [row.source_line]));
    checks.push(
      amountCheck(
        `functions:${row.code}.total = general_budget + unit_funds + carryover`,
        row.total,
        (row.general_budget ?? 0) + (row.unit_funds ?? 0) + (row.carryover ?? 0),
        [row.source_line, ...(row.income_source_line ? [row.income_source_line] : [])],
      ),
    );
  }
  const classes = budget.functions.filter((row) => row.level === '类');
  const classTotal = (column: (typeof FUNCTION_COLUMNS)[number]) => sumFen(classes.map((row) => row[column] ?? 0));
  const classLines = classes.map((row) => row.source_line);
  for (const [column, totalId] of [
    ['total', 'grand-total'],
    ['basic', 'basic-total'],
    ['project', 'project-total'],
    ['carryover', 'carryover-total'],
  ] as const) {
    const total = totalById(budget, totalId);
    checks.push(amountCheck(`report_totals:${totalId} = functions:sum(类.${column})`, total.amount, classTotal(column), [total.source_line, ...classLines]));
  }
  // The same 类 rows must also add up to the current-year totals of 表一, 表二, 表四 and 表五.
  for (const [totalId, columns] of [
    ['general-budget-current-year', ['general_budget']],
    ['income-current-year', ['general_budget', 'unit_funds']],
    ['fiscal-appropriation-total', ['general_budget', 'carryover']],
  ] as const) {
    const total = totalById(budget, totalId);
    const computed = sumFen(classes.flatMap((row) => columns.map((column) => row[column] ?? 0)));
    checks.push(amountCheck(`report_totals:${totalId} = functions:sum(类.${columns.join(' + ')})`, total.amount, computed, [total.source_line, ...classLines]));
  }
  const energy = totalById(budget, 'energy-environment-total');
  const code211 = budget.functions.find((row) => row.code === '211');
  checks.push(amountCheck('report_totals:energy-environment-total = functions:211.total', energy.amount, code211?.total ?? 0, [energy.source_line, code211?.source_line ?? 0]));
  return checks;
}

function totalsChecks(budget: Budget): IdentityCheck[] {
  const t = (id: string) => totalById(budget, id);
  const revenueLines = budget.revenue.map((row) => row.source_line);
  const currentRevenue = sumFen(budget.revenue.filter((row) => row.id !== 'carryover').map((row) => row.amount ?? 0));
  const carryoverRevenue = budget.revenue.find((row) => row.id === 'carryover')?.amount ?? 0;
  const generalRevenue = budget.revenue.find((row) => row.id === 'general-budget')?.amount ?? 0;
  return [
    amountCheck('report_totals:grand-total = income-current-year + carryover-total', t('grand-total').amount, t('income-current-year').amount + t('carryover-total').amount, [464, 460, 462]),
    amountCheck('report_totals:grand-total = basic-total + project-total', t('grand-total').amount, t('basic-total').amount + t('project-total').amount, [464, 572]),
    amountCheck('report_totals:income-current-year = revenue:sum(current-year sources)', t('income-current-year').amount, currentRevenue, [460, ...revenueLines]),
    amountCheck('report_totals:carryover-total = revenue:carryover', t('carryover-total').amount, carryoverRevenue, [462, ...revenueLines]),
    amountCheck('report_totals:general-budget-current-year = revenue:general_budget', t('general-budget-current-year').amount, generalRevenue, [484, ...revenueLines]),
    amountCheck(
      'report_totals:fiscal-appropriation-total = general-budget-current-year + carryover-total',
      t('fiscal-appropriation-total').amount,
      t('general-budget-current-year').amount + t('carryover-total').amount,
      [793, 484, 462],
    ),
  ];
}

function projectChecks(budget: Budget): IdentityCheck[] {
  const checks: IdentityCheck[] = [];
  const table12 = budget.projects.filter((project) => project.source_table === '表十二');
  const table13 = budget.projects.filter((project) => project.source_table === '表十三');
  const table12ByUnit = groupBy(table12, (project) => project.unit_id);
  const chargedTo = groupBy(budget.projects, (project) => project.function_code);
  for (const unit of budget.units) {
    const unitProjects = table12ByUnit.get(unit.id) ?? [];
    checks.push(amountCheck(`units:${unit.id}.project_total = sum(projects)`, unit.project_total, sumFen(unitProjects.map((p) => p.amount)), [unit.source_line, ...unitProjects.map((p) => p.source_line)]));
  }
  const t12 = totalById(budget, 'table12-total');
  const t13 = totalById(budget, 'table13-total');
  checks.push(amountCheck('report_totals:table12-total = units:sum(project_total)', t12.amount, sumFen(budget.units.map((u) => u.project_total)), [t12.source_line, ...budget.units.map((u) => u.source_line)]));
  checks.push(amountCheck('report_totals:table13-total = projects:sum(表十三)', t13.amount, sumFen(table13.map((p) => p.amount)), [t13.source_line, ...table13.map((p) => p.source_line)]));

  // Each 项's project spending, source by source, equals the projects charged to it.
  for (const row of budget.functions.filter((f) => f.level === '项')) {
    const charged = chargedTo.get(row.code) ?? [];
    const projectGeneral = (row.general_budget ?? 0) - (row.basic ?? 0);
    const pairs: [string, Fen, Fen][] = [
      ['project', row.project ?? 0, sumFen(charged.map((p) => p.amount))],
      ['general_budget - basic', projectGeneral, sumFen(charged.map((p) => p.general_budget))],
      ['unit_funds', row.unit_funds ?? 0, sumFen(charged.map((p) => p.unit_funds))],
      ['carryover', row.carryover ?? 0, sumFen(charged.map((p) => p.carryover))],
    ];
    for (const [column, printed, computed] of pairs) {
      checks.push(amountCheck(`functions:${row.code}.${column} = projects:sum(charged)`, printed, computed, [row.source_line, ...charged.map((p) => p.source_line)]));
    }
  }
  return checks;
}

const ECONOMIC_ITEMS_BY_FUNCTION: [string, string[]][] = [
  ['机关事业单位基本养老保险缴费', ['2080505']],
  ['职工基本医疗保险缴费', ['2101101', '2101102']],
  ['公务员医疗补助缴费', ['2101103']],
  ['住房公积金', ['2210201']],
];

function economicChecks(budget: Budget): IdentityCheck[] {
  const checks: IdentityCheck[] = [];
  const rows = budget.basicByEconomic;
  const categories = rows.filter((row) => row.level === 'category');
  for (const category of categories) {
    const items = rows.filter((row) => row.level === 'item' && row.category === category.category);
    for (const column of ['total', 'personnel', 'public'] as const) {
      checks.push(amountCheck(`basic_by_economic:${category.category}.${column} = sum(items)`, category[column] ?? 0, sumFen(items.map((item) => item[column] ?? 0)), [category.source_line, ...items.map((item) => item.source_line)]));
    }
  }
  for (const row of rows) {
    checks.push(amountCheck(`basic_by_economic:row ${row.seq}.total = personnel + public`, row.total, (row.personnel ?? 0) + (row.public ?? 0), [row.source_line]));
  }
  for (const [column, totalId] of [
    ['total', 'economic-total'],
    ['personnel', 'personnel-total'],
    ['public', 'public-total'],
  ] as const) {
    const total = totalById(budget, totalId);
    checks.push(amountCheck(`report_totals:${totalId} = basic_by_economic:sum(categories.${column})`, total.amount, sumFen(categories.map((row) => row[column] ?? 0)), [total.source_line, ...categories.map((row) => row.source_line)]));
  }
  const economic = totalById(budget, 'economic-total');
  const personnel = totalById(budget, 'personnel-total');
  const publicCost = totalById(budget, 'public-total');
  checks.push(amountCheck('report_totals:economic-total = personnel-total + public-total', economic.amount, personnel.amount + publicCost.amount, [916]));
  checks.push(amountCheck('report_totals:basic-total = economic-total', totalById(budget, 'basic-total').amount, economic.amount, [572, 916]));

  // Social-insurance and housing-fund items of 表六 are paid under known functional codes.
  for (const [item, codes] of ECONOMIC_ITEMS_BY_FUNCTION) {
    const items = rows.filter((row) => row.level === 'item' && row.dept_item === item);
    const functionRows = budget.functions.filter((row) => codes.includes(row.code));
    checks.push(
      amountCheck(
        `basic_by_economic:${item} = functions:${codes.join(' + ')}.basic`,
        sumFen(functionRows.map((row) => row.basic ?? 0)),
        sumFen(items.map((row) => row.total)),
        [...functionRows.map((row) => row.source_line), ...items.map((row) => row.source_line)],
      ),
    );
  }

  const running = totalById(budget, 'running-cost-total');
  checks.push(amountCheck('report_totals:running-cost-total = units:sum(running_cost)', running.amount, sumFen(budget.units.map((u) => u.running_cost ?? 0)), [running.source_line, ...budget.units.flatMap((u) => (u.running_cost_source_line ? [u.running_cost_source_line] : []))]));
  return checks;
}

function smallTableChecks(budget: Budget): IdentityCheck[] {
  const threePublic = totalById(budget, 'three-public-total');
  const procurement = totalById(budget, 'procurement-total');
  const topLevel = budget.threePublic.filter((row) => row.parent_id === null);
  const checks = [
    amountCheck('report_totals:three-public-total = three_public:sum(top-level)', threePublic.amount, sumFen(topLevel.map((row) => row.amount)), [threePublic.source_line, ...topLevel.map((row) => row.source_line)]),
    amountCheck('report_totals:procurement-total = procurement:sum', procurement.amount, sumFen(budget.procurement.map((row) => row.amount)), [procurement.source_line]),
  ];
  for (const parent of topLevel) {
    const children = budget.threePublic.filter((row) => row.parent_id === parent.id);
    if (children.length) {
      checks.push(amountCheck(`three_public:${parent.id}.amount = sum(children)`, parent.amount, sumFen(children.map((row) => row.amount)), [parent.source_line, ...children.map((row) => row.source_line)]));
    }
  }
  return checks;
}

function shareChecks(budget: Budget): IdentityCheck[] {
  const grand = totalById(budget, 'grand-total');
  return budget.revenue
    .filter((row) => row.share_printed !== null)
    .map((row) => ({
      identity: `revenue:${row.id}.share_printed = round(amount / grand-total, 2)`,
      printed: row.share_printed!,
      computed: Math.round(((row.amount ?? 0) / grand.amount) * 10_000) / 100,
      lines: [row.source_line],
    }));
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Percentages printed in 第三部分, recomputed from the amounts they describe. */
function changeChecks(budget: Budget): IdentityCheck[] {
  const change = (id: string) => {
    const row = budget.changes.find((entry) => entry.id === id);
    if (!row) throw new Error(`changes.csv has no "${id}" row`);
    return row;
  };
  const wan = (id: string) => totalById(budget, id).amount / 1_000_000;
  const classGeneral = (code: string) => (budget.functions.find((row) => row.code === code)?.general_budget ?? 0) / 1_000_000;
  const percentCheck = (id: string, computed: number, formula: string): IdentityCheck => {
    const row = change(id);
    return { identity: `changes:${id} = round(${formula}, 2)`, printed: row.value, computed: round2(computed), lines: [row.source_line] };
  };
  const grand = wan('grand-total');
  const generalCurrent = wan('general-budget-current-year');
  const totalDecrease = change('revenue-total-change').value;
  const generalIncrease = change('general-budget-change').value;
  const runningDecrease = change('running-cost-change').value;
  return [
    percentCheck('revenue-total-change-pct', (totalDecrease / (grand + totalDecrease)) * 100, 'decrease / (grand-total + decrease) * 100'),
    percentCheck('expenditure-total-change-pct', (totalDecrease / (grand + totalDecrease)) * 100, 'decrease / (grand-total + decrease) * 100'),
    percentCheck('general-budget-change-pct', (generalIncrease / (generalCurrent - generalIncrease)) * 100, 'increase / (general-budget-current-year - increase) * 100'),
    percentCheck('running-cost-change-pct', (runningDecrease / (wan('running-cost-total') + runningDecrease)) * 100, 'decrease / (running-cost-total + decrease) * 100'),
    percentCheck('share-basic', (wan('basic-total') / grand) * 100, 'basic-total / grand-total * 100'),
    percentCheck('share-project', (wan('project-total') / grand) * 100, 'project-total / grand-total * 100'),
    percentCheck('share-gb-social-security', (classGeneral('208') / generalCurrent) * 100, '208.general_budget / general-budget-current-year * 100'),
    percentCheck('share-gb-health', (classGeneral('210') / generalCurrent) * 100, '210.general_budget / general-budget-current-year * 100'),
    percentCheck('share-gb-environment', (classGeneral('211') / generalCurrent) * 100, '211.general_budget / general-budget-current-year * 100'),
    percentCheck('share-gb-housing', (classGeneral('221') / generalCurrent) * 100, '221.general_budget / general-budget-current-year * 100'),
  ];
}

export class SheetFundsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Performance-sheet funds disagree with 表十二 (see data/sheet_fund_differences.csv):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SheetFundsError';
  }
}

/**
 * Each project's performance sheet must give the same annual funds as 表十二, or the difference
 * must be recorded, with the same figures, in sheet_fund_differences.csv.
 */
export function checkSheetFunds(budget: Budget): void {
  const recorded = new Map(budget.sheetFundDifferences.map((row) => [row.project_id, row]));
  const problems: string[] = [];
  for (const project of budget.projects) {
    const annual = project.annual_total_yuan;
    const note = recorded.get(project.id);
    recorded.delete(project.id);
    if (annual === null) {
      if (project.source_table === '表十二') problems.push(`${project.id} (row ${project.row}) has no performance-sheet funds`);
      if (note) problems.push(`${project.id} is recorded as a difference but has no sheet`);
      continue;
    }
    if (annual === project.amount) {
      if (note) problems.push(`${project.id} is recorded as a difference, but its sheet agrees with 表十二`);
    } else if (!note) {
      problems.push(`${project.id} (row ${project.row}): sheet ${annual / 100} 元 vs 表十二 ${toWan(project.amount)} 万元, not recorded`);
    } else if (note.sheet_annual_total_yuan !== annual || note.table_amount !== project.amount) {
      problems.push(`${project.id}: the recorded figures no longer match projects.csv`);
    }
  }
  for (const id of recorded.keys()) problems.push(`sheet_fund_differences.csv names an unknown project "${id}"`);
  if (problems.length) throw new SheetFundsError(problems);
}

/** Every identity, in a stable order. */
export function identityChecks(budget: Budget): IdentityCheck[] {
  return [...totalsChecks(budget), ...functionChecks(budget), ...projectChecks(budget), ...economicChecks(budget), ...smallTableChecks(budget), ...shareChecks(budget), ...changeChecks(budget)];
}

/** The identities that do not hold to the cent (or, for shares, to the printed decimals). */
export function findGaps(budget: Budget): IdentityCheck[] {
  return identityChecks(budget).filter((check) => Math.abs(check.printed - check.computed) > 1e-9);
}

export class ReconciliationError extends Error {
  constructor(readonly unexpected: IdentityCheck[], readonly vanished: string[]) {
    const lines = [
      ...unexpected.map((gap) => `  - new gap: ${gap.identity}: printed ${gap.printed}, computed ${gap.computed} (source lines ${gap.lines.slice(0, 6).join(', ')})`),
      ...vanished.map((identity) => `  - listed in known_gaps.csv but no longer found: ${identity}`),
    ];
    super(`The data does not reconcile with the report (see data/known_gaps.csv):\n${lines.join('\n')}`);
    this.name = 'ReconciliationError';
  }
}

/** Passes only when the gaps found are exactly those listed, with the same figures, in known_gaps.csv. */
export function reconcile(budget: Budget): IdentityCheck[] {
  const gaps = findGaps(budget);
  const listed = new Map(budget.knownGaps.map((gap) => [gap.identity, gap]));
  const unexpected = gaps.filter((gap) => {
    const known = listed.get(gap.identity);
    return !known || Math.abs(known.printed - gap.printed) > 1e-9 || Math.abs(known.computed - gap.computed) > 1e-9;
  });
  const found = new Set(gaps.map((gap) => gap.identity));
  const vanished = [...listed.keys()].filter((identity) => !found.has(identity));
  if (unexpected.length || vanished.length) throw new ReconciliationError(unexpected, vanished);
  checkSheetFunds(budget);
  return gaps;
}

