/**
 * The data behind each embeddable chart, as a table with Chinese column headers, and its CSV
 * form. Built from the same lib functions the chart components use, so the download carries
 * the chart's own numbers. Amounts are 万元 with two decimals and no separators, from integer fen.
 */
import type { Budget } from '../data/load';
import { publishedCsv } from '../data/publish';
import { branchOverview, findBranch } from '../branches/summary';
import { flowChartModel } from '../flow/model';
import { nodeLookup } from '../flow/names';
import { formatShare } from '../format';
import { compositionParts, headlineFigures } from '../headline';
import { fenToWanString } from '../money';
import { buildTreemapModel } from '../treemap/model';
import type { NodeKind, TreemapNode } from '../treemap/types';
import type { EmbedChart } from './charts';

export interface ChartTable {
  columns: string[];
  /** One array per row, in column order; every cell already formatted as it goes into the CSV. */
  rows: string[][];
}

export { UTF8_BOM } from '../data/publish';

export function chartCsv(table: ChartTable): string {
  return publishedCsv(table.columns, table.rows, { newline: '\r\n' });
}

const TREEMAP_KIND_NAMES: Record<Exclude<NodeKind, 'others'>, string> = {
  root: '类',
  kuan: '款',
  xiang: '项',
  unit: '预算单位',
  project: '项目',
  basic: '基本支出',
};

/** Projects go by their project id (as in /projects/<id>/); everything else by its ?node= id. */
const treemapId = (node: TreemapNode) => node.project?.id ?? node.id;

/** Every node of the tree as the report gives it (not the drawing's "其余 N 项" groups), parents first. */
function treemapTable(budget: Budget, view: 'function' | 'unit'): ChartTable {
  const { tree, total } = buildTreemapModel(budget, view);
  const rows: string[][] = [];
  const visit = (node: TreemapNode, parent: TreemapNode | null, depth: number) => {
    if (node.kind === 'others') throw new Error('treemap data: the report tree has no display groups');
    rows.push([
      String(depth),
      TREEMAP_KIND_NAMES[node.kind],
      treemapId(node),
      node.name,
      parent ? treemapId(parent) : '',
      parent?.name ?? '',
      fenToWanString(node.amount),
      parent ? formatShare(node.amount, parent.amount) : '',
      formatShare(node.amount, total),
    ]);
    for (const child of node.children) visit(child, node, depth + 1);
  };
  visit(tree, null, 0);
  return {
    columns: ['层级', '类型', '编码或编号', '名称', '上级编码或编号', '上级名称', '金额（万元）', '占上级', '占节能环保支出'],
    rows,
  };
}

/** Every flow of the most detailed graph (节能环保支出 to 项, every project on its own). */
function flowTable(budget: Budget): ChartTable {
  const detail = flowChartModel(budget).details.find((entry) => entry.detail === '项');
  if (!detail) throw new Error('flow data: no 项-level detail');
  const lookup = nodeLookup(detail.full);
  const rows = detail.table.map((row, index) => {
    const link = detail.full.links[index];
    if (link?.id !== row.id) throw new Error(`flow data: table row ${row.id} does not match link ${link?.id}`);
    const step = lookup(link.source).column === 0 ? '资金来源→功能科目' : '功能科目→支出';
    return [step, row.from, row.to, fenToWanString(row.amount), row.share, row.basis, row.derived ? '本站推断' : '报告列明'];
  });
  return { columns: ['环节', '从', '到', '金额（万元）', '占“从”的比例', '依据', '报告列明或推断'], rows };
}

/** One row per branch, largest project budget first, as the chart orders them; themes as extra columns. */
function branchComparisonTable(budget: Budget): ChartTable {
  const overview = branchOverview(budget);
  const themes = [...overview.themeStyles.keys()];
  const ordered = [...overview.branches].sort((a, b) => b.total - a.total);
  const rows = ordered.map((branch) => [
    branch.shortName,
    branch.county,
    fenToWanString(branch.total),
    formatShare(branch.total, overview.total),
    branch.runningCost === null ? '' : fenToWanString(branch.runningCost),
    String(branch.projects.length),
    ...themes.map((theme) => {
      const entry = branch.themes.find((total) => total.theme === theme);
      return entry ? fenToWanString(entry.amount) : '';
    }),
  ]);
  return {
    columns: [
      '分局',
      '县区',
      '项目预算（万元）',
      '占分局合计',
      '机关运行经费（万元）',
      '项目数',
      ...themes.map((theme) => `${theme}（万元）`),
    ],
    rows,
  };
}

function branchProjectsTable(budget: Budget, branchId: string): ChartTable {
  const branch = findBranch(branchOverview(budget), branchId);
  return {
    columns: ['项目编号', '项目', '主题', '金额（万元）', '占本分局'],
    rows: branch.projects.map((project) => [
      project.id,
      project.name,
      project.theme,
      fenToWanString(project.amount),
      formatShare(project.amount, branch.total),
    ]),
  };
}

function compositionTable(budget: Budget): ChartTable {
  const figures = headlineFigures(budget);
  return {
    columns: ['分组', '项目', '金额（万元）', '占预算总额'],
    rows: compositionParts(figures).map((part) => [
      part.group,
      part.name,
      fenToWanString(part.amount),
      formatShare(part.amount, figures.grandTotal),
    ]),
  };
}

/** The table a chart's CSV download holds. */
export function chartData(budget: Budget, chart: EmbedChart): ChartTable {
  switch (chart.kind) {
    case 'treemap-function':
      return treemapTable(budget, 'function');
    case 'treemap-unit':
      return treemapTable(budget, 'unit');
    case 'flow':
      return flowTable(budget);
    case 'branch-comparison':
      return branchComparisonTable(budget);
    case 'branch-projects':
      if (!chart.branchId) throw new Error(`chart ${chart.slug} has no branchId`);
      return branchProjectsTable(budget, chart.branchId);
    case 'home-composition':
      return compositionTable(budget);
  }
}
