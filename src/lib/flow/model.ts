import type { Fen } from '../money';
import { buildFlow } from './build';
import { assertFlowConsistent, grandTotal, type PrintedDifference } from './conservation';
import { panelContents, type PanelContent } from './details';
import { applyGrouping, openGroup, planGroups, projectParts, smallProjectThreshold, type Grouping } from './grouping';
import { layoutFlow, type FlowLayout } from './layout';
import { layoutFlowVertical } from './layoutVertical';
import { displayName, nodeLookup } from './names';
import { flowSummary } from './summary';
import { flowTableRows, type FlowTableRow } from './table';
import { membersOf, type FlowBudget, type FlowGraph, type FunctionDetail } from './types';
import { variantKey, type DetailKey } from './variantKey';
import type { Lang } from '../../i18n/lang';
import { englishGraph, groupNameEnglish } from './english';
import { defined } from '../checked';

export const DETAILS: readonly { detail: FunctionDetail; key: DetailKey; label: string }[] = [
  { detail: '款', key: 'kuan', label: '款' },
  { detail: '项', key: 'xiang', label: '项' },
];

export interface FlowVariant {
  key: string;
  detailKey: DetailKey;
  graph: FlowGraph;
  layout: FlowLayout;
  /** The same graph drawn top to bottom, for narrow screens. */
  vertical: FlowLayout;
}

export interface GroupInfo {
  id: string;
  /** "环境保护管理事务的其他12个项目" */
  label: string;
}

export interface DetailModel {
  key: DetailKey;
  detail: FunctionDetail;
  /** Every project on its own. */
  full: FlowGraph;
  /** Small projects gathered: the default view. */
  grouped: FlowGraph;
  grouping: Grouping;
  groups: GroupInfo[];
  table: FlowTableRow[];
  differences: PrintedDifference[];
}

export interface FlowChartModel {
  lang: Lang;
  threshold: Fen;
  grandTotal: Fen;
  projectCount: number;
  details: DetailModel[];
  /** Every prerendered chart; the first is the default (款, grouped). */
  variants: FlowVariant[];
  panel: Record<string, PanelContent>;
  /** Figures that differ from the printed report, each explained by known_gaps.csv (same for both details). */
  differences: PrintedDifference[];
  summary: string;
}

/**
 * Everything the flow chart needs, computed once at build time: graphs for both levels of
 * detail, every prerendered layout (grouped, all projects, and each group opened on its own),
 * the details-panel text and the table. Throws if money is not conserved.
 */
const cache = { zh: new WeakMap<FlowBudget, FlowChartModel>(), en: new WeakMap<FlowBudget, FlowChartModel>() };

/** The model for this budget in one language, built once per build even when several pages show the chart. */
export function flowChartModel(budget: FlowBudget, lang: Lang = 'zh'): FlowChartModel {
  let model = cache[lang].get(budget);
  if (!model) {
    model = buildFlowChartModel(budget, lang);
    cache[lang].set(budget, model);
  }
  return model;
}

/** One level of detail as the chart groups it: every project on its own, and small projects gathered. */
export function groupedFlow(
  budget: FlowBudget,
  detail: FunctionDetail,
  threshold: Fen,
  lang: Lang = 'zh',
): Pick<DetailModel, 'full' | 'grouping' | 'grouped'> {
  const built = buildFlow(budget, detail);
  const full = lang === 'en' ? englishGraph(built, budget) : built;
  const grouping = planGroups(full, threshold);
  return { full, grouping, grouped: named(applyGrouping(full, grouping), lang) };
}

/** Groups are named when they are made (grouping.ts, in Chinese); English graphs rename them. */
function named(graph: FlowGraph, lang: Lang): FlowGraph {
  if (lang === 'zh') return graph;
  return {
    ...graph,
    nodes: graph.nodes.map((node) =>
      node.kind === 'group'
        ? { ...node, name: groupNameEnglish(membersOf(node).length, Boolean(node.tableOnly)), original: node.name }
        : node,
    ),
  };
}

/** Every prerendered layout of one level of detail: grouped, all projects, and each group opened on its own. */
export function flowVariants(
  key: DetailKey,
  { full, grouping, grouped }: Pick<DetailModel, 'full' | 'grouping' | 'grouped'>,
  lang: Lang = 'zh',
): FlowVariant[] {
  const variant = (open: string | null, all: boolean, graph: FlowGraph): FlowVariant => ({
    key: variantKey({ detail: key, all, open }),
    detailKey: key,
    graph,
    layout: layoutFlow(graph, lang),
    vertical: layoutFlowVertical(graph, lang),
  });
  const parts = projectParts(full);
  return [
    variant(null, false, grouped),
    variant(null, true, named(applyGrouping(full, grouping, 'all'), lang)),
    ...[...grouping.groups.keys()].map((groupId) => variant(groupId, false, named(openGroup(grouped, parts, groupId), lang))),
  ];
}

export function buildFlowChartModel(budget: FlowBudget, lang: Lang = 'zh'): FlowChartModel {
  const total = grandTotal(budget);
  const threshold = smallProjectThreshold(budget.projects.map((project) => project.amount));
  const details: DetailModel[] = DETAILS.map(({ detail, key }) => {
    const { full, grouping, grouped } = groupedFlow(budget, detail, threshold, lang);
    const lookup = nodeLookup(grouped);
    const differences = [...assertFlowConsistent(full, budget)];
    assertFlowConsistent(grouped, budget);
    const groups = grouped.nodes
      .filter((node) => node.kind === 'group')
      .map((node) => ({ id: node.id, label: displayName(node, lookup, lang) }));
    return { key, detail, full, grouped, grouping, groups, table: flowTableRows(full, lang), differences };
  });
  const variants = details.flatMap((model) => flowVariants(model.key, model, lang));

  // The same difference can show on both levels (e.g. 类 208); keep one per element.
  const seen = new Set<string>();
  const differences = details
    .flatMap((model) => model.differences)
    .filter((difference) => !seen.has(difference.elementId) && seen.add(difference.elementId));
  const detailed = defined(
    details.find((model) => model.detail === '项'),
    'the flow model at the level of 项 (DETAILS)',
  );
  return {
    lang,
    threshold,
    grandTotal: total,
    projectCount: budget.projects.length,
    details,
    variants,
    // Variants add the nodes that gather what a view cannot draw (none in the real data).
    panel: panelContents(
      [...details.flatMap((model) => [model.full, model.grouped]), ...variants.map((variant) => variant.graph)],
      differences,
      total,
      lang,
    ),
    differences,
    summary: flowSummary(detailed.full, lang),
  };
}
