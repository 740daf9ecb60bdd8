import { FEN_PER_WAN, fenToWanString, sumFen, type Fen } from '../money';
import { DataError, type CellRef } from './errors';
import type { Budget } from './load';
import { budgetIndex } from './budgetIndex';
import type { FunctionRow, KnownGap } from './schemas';
import { groupBy } from '../groupBy';
import { ROOT_CLASS } from '../budgetConfig';

/** One identity the report states or implies: a printed figure against the figure its parts give. */
export interface IdentityCheck {
  identity: string;
  /** In 万元 (amounts) or percent (shares). */
  printed: number;
  computed: number;
  lines: number[];
  /** The CSV cells that feed the identity, printed side first, so a broken one can be traced to its rows. */
  cells: CellRef[];
}

const toWan = (fen: Fen) => Math.round(fen / 10_000) / 100;

/** The cells `column` of `rows` in `file`, with their values as the CSV writes them. */
function cellsOf<R extends { row: number }>(file: string, rows: readonly R[], column: keyof R & string): CellRef[] {
  return rows.map((row) => {
    const value = row[column];
    return { file, row: row.row, column, value: value === null || value === undefined ? '' : typeof value === 'number' && isAmountColumn(column) ? fenToWanString(value) : String(value) };
  });
}

// Columns that hold fen (万元 amounts); every other number is written as it is.
const isAmountColumn = (column: string) => !/share|value|change|line|seq|printed|computed|difference/.test(column);

function amountCheck(identity: string, printed: Fen, computed: Fen, lines: number[], cells: CellRef[]): IdentityCheck {
  return { identity, printed: toWan(printed), computed: toWan(computed), lines, cells };
}

const FUNCTIONS = 'functions.csv';
const TOTALS = 'report_totals.csv';
const PROJECTS = 'projects.csv';
const UNITS = 'units.csv';
const REVENUE = 'revenue.csv';
const ECONOMIC = 'basic_by_economic.csv';
const CHANGES = 'changes.csv';

function totalById(budget: Budget, id: string) {
  return budgetIndex(budget).totalRow(id);
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
        checks.push(amountCheck(`functions:${row.code}.${column} = sum(children)`, printed, computed, [row.source_line, ...children.map((child) => child.source_line)], cellsOf(FUNCTIONS, [row, ...children], column)));
      }
    }
    checks.push(amountCheck(`functions:${row.code}.total = basic + project`, row.total, (row.basic ?? 0) + (row.project ?? 0), [row.source_line], [...cellsOf(FUNCTIONS, [row], 'total'), ...cellsOf(FUNCTIONS, [row], 'basic'), ...cellsOf(FUNCTIONS, [row], 'project')]));
    checks.push(
      amountCheck(
        `functions:${row.code}.total = general_budget + unit_funds + carryover`,
        row.total,
        (row.general_budget ?? 0) + (row.unit_funds ?? 0) + (row.carryover ?? 0),
        [row.source_line, ...(row.income_source_line ? [row.income_source_line] : [])],
        (['total', 'general_budget', 'unit_funds', 'carryover'] as const).flatMap((column) => cellsOf(FUNCTIONS, [row], column)),
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
    checks.push(amountCheck(`report_totals:${totalId} = functions:sum(类.${column})`, total.amount, classTotal(column), [total.source_line, ...classLines], [...cellsOf(TOTALS, [total], 'amount'), ...cellsOf(FUNCTIONS, classes, column)]));
  }
  // The same 类 rows must also add up to the current-year totals of 表一, 表二, 表四 and 表五.
  for (const [totalId, columns] of [
    ['general-budget-current-year', ['general_budget']],
    ['income-current-year', ['general_budget', 'unit_funds']],
    ['fiscal-appropriation-total', ['general_budget', 'carryover']],
  ] as const) {
    const total = totalById(budget, totalId);
    const computed = sumFen(classes.flatMap((row) => columns.map((column) => row[column] ?? 0)));
    checks.push(amountCheck(`report_totals:${totalId} = functions:sum(类.${columns.join(' + ')})`, total.amount, computed, [total.source_line, ...classLines], [...cellsOf(TOTALS, [total], 'amount'), ...columns.flatMap((column) => cellsOf(FUNCTIONS, classes, column))]));
  }
  const energy = totalById(budget, 'energy-environment-total');
  const rootClass = budget.functions.find((row) => row.code === ROOT_CLASS);
  checks.push(amountCheck(`report_totals:energy-environment-total = functions:${ROOT_CLASS}.total`, energy.amount, rootClass?.total ?? 0, [energy.source_line, rootClass?.source_line ?? 0], [...cellsOf(TOTALS, [energy], 'amount'), ...cellsOf(FUNCTIONS, rootClass ? [rootClass] : [], 'total')]));
  return checks;
}

function totalsChecks(budget: Budget): IdentityCheck[] {
  const t = (id: string) => totalById(budget, id);
  const revenueLines = budget.revenue.map((row) => row.source_line);
  const currentRevenue = sumFen(budget.revenue.filter((row) => row.id !== 'carryover').map((row) => row.amount ?? 0));
  const carryoverRevenue = budget.revenue.find((row) => row.id === 'carryover')?.amount ?? 0;
  const generalRevenue = budget.revenue.find((row) => row.id === 'general-budget')?.amount ?? 0;
  const totals = (...ids: string[]) => cellsOf(TOTALS, ids.map(t), 'amount');
  const lines = (...ids: string[]) => ids.map((id) => t(id).source_line);
  const revenueCells = (ids: (id: string) => boolean) => cellsOf(REVENUE, budget.revenue.filter((row) => ids(row.id)), 'amount');
  return [
    amountCheck('report_totals:grand-total = income-current-year + carryover-total', t('grand-total').amount, t('income-current-year').amount + t('carryover-total').amount, lines('grand-total', 'income-current-year', 'carryover-total'), totals('grand-total', 'income-current-year', 'carryover-total')),
    amountCheck('report_totals:grand-total = basic-total + project-total', t('grand-total').amount, t('basic-total').amount + t('project-total').amount, lines('grand-total', 'basic-total'), totals('grand-total', 'basic-total', 'project-total')),
    amountCheck('report_totals:income-current-year = revenue:sum(current-year sources)', t('income-current-year').amount, currentRevenue, [...lines('income-current-year'), ...revenueLines], [...totals('income-current-year'), ...revenueCells((id) => id !== 'carryover')]),
    amountCheck('report_totals:carryover-total = revenue:carryover', t('carryover-total').amount, carryoverRevenue, [...lines('carryover-total'), ...revenueLines], [...totals('carryover-total'), ...revenueCells((id) => id === 'carryover')]),
    amountCheck('report_totals:general-budget-current-year = revenue:general_budget', t('general-budget-current-year').amount, generalRevenue, [...lines('general-budget-current-year'), ...revenueLines], [...totals('general-budget-current-year'), ...revenueCells((id) => id === 'general-budget')]),
    amountCheck(
      'report_totals:fiscal-appropriation-total = general-budget-current-year + carryover-total',
      t('fiscal-appropriation-total').amount,
      t('general-budget-current-year').amount + t('carryover-total').amount,
      lines('fiscal-appropriation-total', 'general-budget-current-year', 'carryover-total'),
      totals('fiscal-appropriation-total', 'general-budget-current-year', 'carryover-total'),
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
    checks.push(amountCheck(`units:${unit.id}.project_total = sum(projects)`, unit.project_total, sumFen(unitProjects.map((p) => p.amount)), [unit.source_line, ...unitProjects.map((p) => p.source_line)], [...cellsOf(UNITS, [unit], 'project_total'), ...cellsOf(PROJECTS, unitProjects, 'amount')]));
  }
  const t12 = totalById(budget, 'table12-total');
  const t13 = totalById(budget, 'table13-total');
  checks.push(amountCheck('report_totals:table12-total = units:sum(project_total)', t12.amount, sumFen(budget.units.map((u) => u.project_total)), [t12.source_line, ...budget.units.map((u) => u.source_line)], [...cellsOf(TOTALS, [t12], 'amount'), ...cellsOf(UNITS, budget.units, 'project_total')]));
  checks.push(amountCheck('report_totals:table13-total = projects:sum(表十三)', t13.amount, sumFen(table13.map((p) => p.amount)), [t13.source_line, ...table13.map((p) => p.source_line)], [...cellsOf(TOTALS, [t13], 'amount'), ...cellsOf(PROJECTS, table13, 'amount')]));

  // Each 项's project spending, source by source, equals the projects charged to it.
  for (const row of budget.functions.filter((f) => f.level === '项')) {
    const charged = chargedTo.get(row.code) ?? [];
    const projectGeneral = (row.general_budget ?? 0) - (row.basic ?? 0);
    const fn = (...columns: (keyof FunctionRow & string)[]) => columns.flatMap((column) => cellsOf(FUNCTIONS, [row], column));
    const pairs: [string, Fen, Fen, CellRef[]][] = [
      ['project', row.project ?? 0, sumFen(charged.map((p) => p.amount)), [...fn('project'), ...cellsOf(PROJECTS, charged, 'amount')]],
      ['general_budget - basic', projectGeneral, sumFen(charged.map((p) => p.general_budget)), [...fn('general_budget', 'basic'), ...cellsOf(PROJECTS, charged, 'general_budget')]],
      ['unit_funds', row.unit_funds ?? 0, sumFen(charged.map((p) => p.unit_funds)), [...fn('unit_funds'), ...cellsOf(PROJECTS, charged, 'unit_funds')]],
      ['carryover', row.carryover ?? 0, sumFen(charged.map((p) => p.carryover)), [...fn('carryover'), ...cellsOf(PROJECTS, charged, 'carryover')]],
    ];
    for (const [column, printed, computed, cells] of pairs) {
      checks.push(amountCheck(`functions:${row.code}.${column} = projects:sum(charged)`, printed, computed, [row.source_line, ...charged.map((p) => p.source_line)], cells));
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
      checks.push(amountCheck(`basic_by_economic:${category.category}.${column} = sum(items)`, category[column] ?? 0, sumFen(items.map((item) => item[column] ?? 0)), [category.source_line, ...items.map((item) => item.source_line)], cellsOf(ECONOMIC, [category, ...items], column)));
    }
  }
  for (const row of rows) {
    checks.push(amountCheck(`basic_by_economic:row ${row.seq}.total = personnel + public`, row.total, (row.personnel ?? 0) + (row.public ?? 0), [row.source_line], (['total', 'personnel', 'public'] as const).flatMap((column) => cellsOf(ECONOMIC, [row], column))));
  }
  for (const [column, totalId] of [
    ['total', 'economic-total'],
    ['personnel', 'personnel-total'],
    ['public', 'public-total'],
  ] as const) {
    const total = totalById(budget, totalId);
    checks.push(amountCheck(`report_totals:${totalId} = basic_by_economic:sum(categories.${column})`, total.amount, sumFen(categories.map((row) => row[column] ?? 0)), [total.source_line, ...categories.map((row) => row.source_line)], [...cellsOf(TOTALS, [total], 'amount'), ...cellsOf(ECONOMIC, categories, column)]));
  }
  const economic = totalById(budget, 'economic-total');
  const personnel = totalById(budget, 'personnel-total');
  const publicCost = totalById(budget, 'public-total');
  checks.push(amountCheck('report_totals:economic-total = personnel-total + public-total', economic.amount, personnel.amount + publicCost.amount, [economic.source_line], cellsOf(TOTALS, [economic, personnel, publicCost], 'amount')));
  const basicTotal = totalById(budget, 'basic-total');
  checks.push(amountCheck('report_totals:basic-total = economic-total', basicTotal.amount, economic.amount, [basicTotal.source_line, economic.source_line], cellsOf(TOTALS, [basicTotal, economic], 'amount')));

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
        [...cellsOf(FUNCTIONS, functionRows, 'basic'), ...cellsOf(ECONOMIC, items, 'total')],
      ),
    );
  }

  const running = totalById(budget, 'running-cost-total');
  checks.push(amountCheck('report_totals:running-cost-total = units:sum(running_cost)', running.amount, sumFen(budget.units.map((u) => u.running_cost ?? 0)), [running.source_line, ...budget.units.flatMap((u) => (u.running_cost_source_line ? [u.running_cost_source_line] : []))], [...cellsOf(TOTALS, [running], 'amount'), ...cellsOf(UNITS, budget.units, 'running_cost')]));
  return checks;
}

function smallTableChecks(budget: Budget): IdentityCheck[] {
  const threePublic = totalById(budget, 'three-public-total');
  const procurement = totalById(budget, 'procurement-total');
  const topLevel = budget.threePublic.filter((row) => row.parent_id === null);
  const checks = [
    amountCheck('report_totals:three-public-total = three_public:sum(top-level)', threePublic.amount, sumFen(topLevel.map((row) => row.amount)), [threePublic.source_line, ...topLevel.map((row) => row.source_line)], [...cellsOf(TOTALS, [threePublic], 'amount'), ...cellsOf('three_public.csv', topLevel, 'amount')]),
    amountCheck('report_totals:procurement-total = procurement:sum', procurement.amount, sumFen(budget.procurement.map((row) => row.amount)), [procurement.source_line], [...cellsOf(TOTALS, [procurement], 'amount'), ...cellsOf('procurement.csv', budget.procurement, 'amount')]),
  ];
  for (const parent of topLevel) {
    const children = budget.threePublic.filter((row) => row.parent_id === parent.id);
    if (children.length) {
      checks.push(amountCheck(`three_public:${parent.id}.amount = sum(children)`, parent.amount, sumFen(children.map((row) => row.amount)), [parent.source_line, ...children.map((row) => row.source_line)], cellsOf('three_public.csv', [parent, ...children], 'amount')));
    }
  }
  return checks;
}

function shareChecks(budget: Budget): IdentityCheck[] {
  const grand = totalById(budget, 'grand-total');
  return budget.revenue.flatMap((row) => {
    const printed = row.share_printed;
    if (printed === null) return [];
    return [
      {
        identity: `revenue:${row.id}.share_printed = round(amount / grand-total, 2)`,
        printed,
        computed: Math.round(((row.amount ?? 0) / grand.amount) * 10_000) / 100,
        lines: [row.source_line],
        cells: [...cellsOf(REVENUE, [row], 'share_printed'), ...cellsOf(REVENUE, [row], 'amount'), ...cellsOf(TOTALS, [grand], 'amount')],
      },
    ];
  });
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Percentages printed in 第三部分, recomputed from the amounts they describe. */
function changeChecks(budget: Budget): IdentityCheck[] {
  const change = (id: string) => {
    const row = budget.changes.find((entry) => entry.id === id);
    if (!row) throw new DataError(CHANGES, `has no "${id}" row`, undefined, 'id', { code: 'BAD_REFERENCE', value: id, hint: `Restore the "${id}" row: the reconciliation needs it.` });
    return row;
  };
  const wan = (id: string) => totalById(budget, id).amount / FEN_PER_WAN;
  const classGeneral = (code: string) => (budget.functions.find((row) => row.code === code)?.general_budget ?? 0) / FEN_PER_WAN;
  const percentCheck = (id: string, computed: number, formula: string): IdentityCheck => {
    const row = change(id);
    return { identity: `changes:${id} = round(${formula}, 2)`, printed: row.value, computed: round2(computed), lines: [row.source_line], cells: cellsOf(CHANGES, [row], 'value') };
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
  constructor(readonly errors: DataError[]) {
    super(`Performance-sheet funds disagree with 表十二 (see data/sheet_fund_differences.csv):\n${errors.map((error) => `  - ${error.message}`).join('\n')}`);
    this.name = 'SheetFundsError';
  }
}

const SHEET_HINT = 'Record the difference in sheet_fund_differences.csv with the same figures, or correct annual_total_yuan / amount in projects.csv.';

/**
 * Each project's performance sheet must give the same annual funds as 表十二, or the difference
 * must be recorded, with the same figures, in sheet_fund_differences.csv.
 */
export function checkSheetFunds(budget: Budget): void {
  const recorded = new Map(budget.sheetFundDifferences.map((row) => [row.project_id, row]));
  const errors: DataError[] = [];
  const problem = (file: string, detail: string, row: number, column: string, value: string) =>
    errors.push(new DataError(file, detail, row, column, { code: 'SHEET_FUNDS', value, hint: SHEET_HINT }));
  for (const project of budget.projects) {
    const annual = project.annual_total_yuan;
    const note = recorded.get(project.id);
    recorded.delete(project.id);
    const annualText = annual === null ? '' : String(annual / 100);
    if (annual === null) {
      if (project.source_table === '表十二') problem(PROJECTS, `${project.id} has no performance-sheet funds`, project.row, 'annual_total_yuan', annualText);
      if (note) problem('sheet_fund_differences.csv', `${project.id} is recorded as a difference but has no sheet`, note.row, 'project_id', project.id);
      continue;
    }
    if (annual === project.amount) {
      if (note) problem('sheet_fund_differences.csv', `${project.id} is recorded as a difference, but its sheet agrees with 表十二`, note.row, 'project_id', project.id);
    } else if (!note) {
      problem(PROJECTS, `${project.id}: sheet ${annual / 100} 元 vs 表十二 ${toWan(project.amount)} 万元, not recorded`, project.row, 'annual_total_yuan', annualText);
    } else if (note.sheet_annual_total_yuan !== annual || note.table_amount !== project.amount) {
      problem('sheet_fund_differences.csv', `${project.id}: the recorded figures no longer match projects.csv row ${project.row} (amount ${fenToWanString(project.amount)}, annual_total_yuan ${annualText})`, note.row, 'sheet_annual_total_yuan', String(note.sheet_annual_total_yuan / 100));
    }
  }
  for (const [id, note] of recorded) problem('sheet_fund_differences.csv', `names an unknown project "${id}"`, note.row, 'project_id', id);
  if (errors.length) throw new SheetFundsError(errors);
}

/** Every identity, in a stable order. */
export function identityChecks(budget: Budget): IdentityCheck[] {
  return [...totalsChecks(budget), ...functionChecks(budget), ...projectChecks(budget), ...economicChecks(budget), ...smallTableChecks(budget), ...shareChecks(budget), ...changeChecks(budget)];
}

/** The identities that do not hold to the cent (or, for shares, to the printed decimals). */
export function findGaps(budget: Budget): IdentityCheck[] {
  return identityChecks(budget).filter((check) => Math.abs(check.printed - check.computed) > 1e-9);
}

const formatCell = (cell: CellRef) => `${cell.file}:${cell.row}:${cell.column}=${cell.value === '' ? '(empty)' : cell.value}`;

export class ReconciliationError extends Error {
  constructor(readonly unexpected: IdentityCheck[], readonly vanished: KnownGap[]) {
    const lines = [
      ...unexpected.map((gap) => `  - new gap: ${gap.identity}: printed ${gap.printed}, computed ${gap.computed} (source lines ${gap.lines.slice(0, 6).join(', ')})\n      from ${gap.cells.map(formatCell).join(', ')}`),
      ...vanished.map((gap) => `  - listed in known_gaps.csv (row ${gap.row}) but no longer found: ${gap.identity}`),
    ];
    super(`The data does not reconcile with the report (see data/known_gaps.csv):\n${lines.join('\n')}`);
    this.name = 'ReconciliationError';
  }

  /** One error per broken identity, naming the first cell (the printed figure) and listing every cell that feeds it. */
  toDataErrors(): DataError[] {
    return [
      ...this.unexpected.map((gap) => {
        const printed = gap.cells[0];
        const difference = Math.round((gap.printed - gap.computed) * 100) / 100;
        return new DataError(
          printed?.file ?? 'known_gaps.csv',
          `${gap.identity} does not hold: printed ${gap.printed}, computed ${gap.computed} (difference ${difference}; report lines ${gap.lines.join(', ')})`,
          printed?.row,
          printed?.column,
          {
            code: 'IDENTITY_GAP',
            value: printed?.value,
            cells: gap.cells,
            hint: 'Check the cells below against the report lines; if the report itself does not add up, add the identity with both figures to known_gaps.csv.',
          },
        );
      }),
      ...this.vanished.map(
        (gap) =>
          new DataError('known_gaps.csv', `lists "${gap.identity}" as a gap, but it now holds or no longer exists`, gap.row, 'identity', {
            code: 'KNOWN_GAP_VANISHED',
            value: gap.identity,
            hint: 'Delete the row if the data was corrected; otherwise restore the figures that made the gap.',
          }),
      ),
    ];
  }
}

/** Passes only when the gaps found are exactly those listed, with the same figures, in known_gaps.csv. */
export function reconcile(budget: Budget): IdentityCheck[] {
  const gaps = findGaps(budget);
  const { unexpected, vanished } = compareWithKnownGaps(budget, gaps);
  if (unexpected.length || vanished.length) throw new ReconciliationError(unexpected, vanished);
  checkSheetFunds(budget);
  return gaps;
}

function compareWithKnownGaps(budget: Budget, gaps: IdentityCheck[]): { unexpected: IdentityCheck[]; vanished: KnownGap[] } {
  const listed = new Map(budget.knownGaps.map((gap) => [gap.identity, gap]));
  const unexpected = gaps.filter((gap) => {
    const known = listed.get(gap.identity);
    return !known || Math.abs(known.printed - gap.printed) > 1e-9 || Math.abs(known.computed - gap.computed) > 1e-9;
  });
  const found = new Set(gaps.map((gap) => gap.identity));
  return { unexpected, vanished: budget.knownGaps.filter((gap) => !found.has(gap.identity)) };
}


/** Every reconciliation problem (identities and sheet funds) as data errors, none hidden behind another. */
export function reconciliationErrors(budget: Budget): DataError[] {
  const errors: DataError[] = [];
  try {
    const { unexpected, vanished } = compareWithKnownGaps(budget, findGaps(budget));
    errors.push(...new ReconciliationError(unexpected, vanished).toDataErrors());
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    errors.push(error);
  }
  try {
    checkSheetFunds(budget);
  } catch (error) {
    if (!(error instanceof SheetFundsError)) throw error;
    errors.push(...error.errors);
  }
  return errors;
}
