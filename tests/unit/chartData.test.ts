import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { branchOverview } from '../../src/lib/branches/summary';
import { chartCsv, chartData, UTF8_BOM, type ChartTable } from '../../src/lib/embed/chartData';
import { embedCharts, findEmbedChart } from '../../src/lib/embed/charts';
import { headlineFigures } from '../../src/lib/headline';
import { sumFen, wanToFen } from '../../src/lib/money';

// Every expectation is read from the data: report_totals.csv, functions.csv, units.csv, projects.csv.
const budget = getBudget();
const charts = embedCharts(budget);
const table = (slug: string) => chartData(budget, findEmbedChart(charts, slug));
const reportTotal = (id: string) => budget.reportTotals.find((row) => row.id === id)!.amount;
const functionTotal = (code: string) => budget.functions.find((row) => row.code === code)!.total;

/** The table's rows as objects keyed by column header. */
function records(data: ChartTable): Record<string, string>[] {
  return data.rows.map((row) => Object.fromEntries(data.columns.map((column, index) => [column, row[index]!])));
}
const fen = (rows: Record<string, string>[], column = '金额（万元）') => sumFen(rows.map((row) => wanToFen(row[column]!)));

describe('chart data for the CSV downloads', () => {
  test.each(charts.map((chart) => chart.slug))('%s: CSV starts with a BOM and round-trips through papaparse', (slug) => {
    const data = table(slug);
    expect(data.rows.length).toBeGreaterThan(0);
    for (const row of data.rows) expect(row).toHaveLength(data.columns.length);
    const csv = chartCsv(data);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([data.columns, ...data.rows]);
  });

  test.each(charts.map((chart) => chart.slug))('%s: amounts are 万元 with two decimals and no separators', (slug) => {
    const data = table(slug);
    const amountColumns = data.columns.flatMap((column, index) => (column.includes('万元') ? [index] : []));
    expect(amountColumns.length).toBeGreaterThan(0);
    for (const row of data.rows) for (const index of amountColumns) expect(row[index]).toMatch(/^(\d+\.\d{2})?$/);
  });

  test.each(['treemap', 'treemap-unit'])('%s: every node of the tree; each level adds up to class 211', (slug) => {
    const rows = records(table(slug));
    const [root, ...rest] = rows;
    expect(root!['编码或编号']).toBe('211');
    expect(wanToFen(root!['金额（万元）']!)).toBe(functionTotal('211'));
    expect(functionTotal('211')).toBe(reportTotal('energy-environment-total'));
    expect(fen(rest.filter((row) => row['层级'] === '1'))).toBe(reportTotal('energy-environment-total'));
    // Every parent equals the sum of its children.
    for (const parent of rows) {
      const children = rows.filter(
        (row) => row['层级'] === String(Number(parent['层级']) + 1) && row['上级编码或编号'] === parent['编码或编号'],
      );
      if (children.length) expect(fen(children), parent['名称']).toBe(wanToFen(parent['金额（万元）']!));
    }
    // Every project appears exactly once.
    const projects = rows
      .filter((row) => row['类型'] === '项目')
      .map((row) => row['编码或编号'])
      .sort();
    expect(projects).toEqual(budget.projects.map((project) => project.id).sort());
  });

  test('treemap by function: the 款 rows are the 款 of functions.csv with their printed totals', () => {
    const kuan = records(table('treemap')).filter((row) => row['类型'] === '款');
    const expected = budget.functions.filter((row) => row.parent_code === '211');
    expect(kuan.map((row) => [row['编码或编号'], wanToFen(row['金额（万元）']!)]).sort()).toEqual(
      expected.map((row) => [row.code, row.total]).sort(),
    );
  });

  test('flow: each step adds up to the grand total, and projects to the project total', () => {
    const rows = records(table('flow'));
    const grand = reportTotal('grand-total');
    expect(fen(rows.filter((row) => row['环节'] === '资金来源→功能科目'))).toBe(grand);
    const spending = rows.filter((row) => row['环节'] === '功能科目→支出');
    expect(fen(spending)).toBe(grand);
    const isBasic = (row: Record<string, string>) => row['到']!.startsWith('基本支出');
    expect(fen(spending.filter((row) => !isBasic(row)))).toBe(reportTotal('project-total'));
    expect(fen(spending.filter(isBasic))).toBe(reportTotal('basic-total'));
    expect(new Set(rows.map((row) => row['报告列明或推断']))).toEqual(new Set(['报告列明', '本站推断']));
    // Derived links are exactly the ones to projects: the report never says which 项 a project is in.
    for (const row of spending) expect(row['报告列明或推断']).toBe(isBasic(row) ? '报告列明' : '本站推断');
  });

  test('branches: one row per branch, adding up to the overview; themes add up to each branch', () => {
    const overview = branchOverview(budget);
    const rows = records(table('branches'));
    expect(rows.map((row) => row['分局']).sort()).toEqual(overview.branches.map((branch) => branch.shortName).sort());
    expect(fen(rows, '项目预算（万元）')).toBe(overview.total);
    expect(sumFen(rows.map((row) => (row['机关运行经费（万元）'] ? wanToFen(row['机关运行经费（万元）']) : 0)))).toBe(
      overview.runningCostTotal,
    );
    expect(rows.reduce((sum, row) => sum + Number(row['项目数']), 0)).toBe(
      overview.branches.reduce((sum, branch) => sum + branch.projects.length, 0),
    );
    const themeColumns = table('branches').columns.filter(
      (column) => column.endsWith('（万元）') && !['项目预算（万元）', '机关运行经费（万元）'].includes(column),
    );
    for (const row of rows) {
      const themeSum = sumFen(themeColumns.map((column) => (row[column] ? wanToFen(row[column]) : 0)));
      expect(themeSum, row['分局']).toBe(wanToFen(row['项目预算（万元）']!));
    }
    for (const unit of budget.units.filter((entry) => entry.kind === 'branch')) {
      expect(wanToFen(rows.find((row) => row['分局'] === unit.short_name)!['项目预算（万元）']!)).toBe(unit.project_total);
    }
  });

  test.each(branchOverview(budget).branches.map((branch) => branch.id))(
    'branch-%s: its projects add up to its project budget in units.csv',
    (id) => {
      const rows = records(table(`branch-${id}`));
      const unit = budget.units.find((entry) => entry.id === id)!;
      expect(fen(rows)).toBe(unit.project_total);
      expect(rows.map((row) => row['项目编号']).sort()).toEqual(
        budget.projects
          .filter((project) => project.unit_id === id)
          .map((project) => project.id)
          .sort(),
      );
    },
  );

  test('home: sources and spending each add up to the grand total', () => {
    const rows = records(table('home'));
    const figures = headlineFigures(budget);
    expect(fen(rows.filter((row) => row['分组'] === '钱从哪来'))).toBe(figures.grandTotal);
    expect(fen(rows.filter((row) => row['分组'] === '钱怎么花'))).toBe(figures.grandTotal);
    expect(figures.grandTotal).toBe(reportTotal('grand-total'));
  });
});
