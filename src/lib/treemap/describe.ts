import { placesOf } from '../ranks';
import { BASIS_LABELS } from '../functionBasis';
import { formatShare, formatWan, formatWanNumber } from '../format';
import { compareTiles } from './layout';
import { realChildren, shareBase, type TreemapModel } from './model';
import { FUNDING_SOURCES } from '../fundingSources';
import type { TreemapNode } from './types';

/** The words a screen reader says for a tile: "晋城市大气污染防治能力建设项目，1,225.10万元，占总额5.2%". */
export function accessibleName(model: TreemapModel, node: TreemapNode): string {
  return `${contextualName(model, node)}，${formatWan(node.amount)}，占总额${formatShare(node.amount, model.total)}`;
}

/** A name that makes sense on its own: a 项's basic expenditure is named with its 项. */
export function contextualName(model: TreemapModel, node: TreemapNode): string {
  const parent = model.placed.get(node.id)?.realParent;
  if (node.kind === 'basic' && parent && parent.kind !== 'root') return `${parent.name}的基本支出`;
  if (node.kind === 'others' && parent) {
    const count = realChildren(node).length;
    return node.ranks?.band ? `${parent.name}中排${node.name}的${count}项` : `${parent.name}中较小的${count}项`;
  }
  return node.name;
}

export interface DetailsLine {
  label: string;
  value: string;
}

/** Everything the details panel shows for one node, already formatted (the browser only places it). */
export interface NodeDetails {
  id: string;
  title: string;
  /** "项目" / "功能分类·款" … */
  kindLabel: string;
  lines: DetailsLine[];
  /** Amount by source; null when the report gives no split. */
  funding: DetailsLine[] | null;
  /** The project's own page. */
  projectHref: string | null;
  /** For projects: how the 项 link was derived (the report never states it). */
  derivedNote: string | null;
  /** Groups: how many items zooming in reveals. */
  zoomHint: string | null;
}

const KIND_LABELS: Record<TreemapNode['kind'], string> = {
  root: '功能分类·类',
  kuan: '功能分类·款',
  xiang: '功能分类·项',
  unit: '预算单位',
  project: '项目',
  basic: '基本支出（工资和日常运转）',
  others: '较小的几项合在一起',
};

export interface DescribeOptions {
  /** URL of a project's page (the site base is the caller's business). */
  projectHref: (projectId: string) => string;
}

export function nodeDetails(model: TreemapModel, node: TreemapNode, options: DescribeOptions): NodeDetails {
  const placed = model.placed.get(node.id);
  const parent = placed?.realParent ?? null;
  const lines: DetailsLine[] = [{ label: '金额', value: formatWan(node.amount) }];
  if (parent && parent.kind !== 'root') lines.push({ label: `占${parent.name}`, value: formatShare(node.amount, parent.amount) });
  lines.push({ label: `占节能环保支出总额`, value: formatShare(node.amount, model.total) });

  const funding = node.funding;
  const fundingLines = funding
    ? FUNDING_SOURCES.filter((source) => funding[source.column] > 0).map((source) => ({ label: source.shortLabel, value: formatWan(funding[source.column]) }))
    : null;

  if (node.project) {
    lines.push({ label: '单位', value: node.project.unitName });
    lines.push({ label: '功能科目', value: `${node.project.functionName}（${node.project.functionCode}，推定）` });
  } else if (node.kind === 'basic') {
    lines.push({ label: '单位', value: '报告未按单位拆分基本支出' });
  } else if (node.unitName && node.kind !== 'unit') {
    lines.push({ label: '单位', value: node.unitName });
  }

  const count = realChildren(node).length;
  return {
    id: node.id,
    title: contextualName(model, node),
    kindLabel: node.kind === 'root' && model.view === 'unit' ? '全部预算单位' : node.ranks?.band ? '金额排名相邻的几项合在一起' : KIND_LABELS[node.kind],
    lines,
    funding: fundingLines,
    projectHref: node.project ? options.projectHref(node.project.id) : null,
    derivedNote: node.project
      ? `报告没有写明这个项目属于哪个功能科目，本站按“${BASIS_LABELS[node.project.basis].name}”推定。`
      : null,
    zoomHint: node.children.length ? `包含${count}项，点击或按回车键放大查看。` : null,
  };
}

/** One data-driven sentence for a zoom level: which item is largest, and how large. */
export function levelSummary(model: TreemapModel, node: TreemapNode): string {
  const items = [...realChildren(node)].sort(compareTiles);
  const base = shareBase(model, node);
  const top = items[0];
  if (!top) return `${node.name}：${formatWan(node.amount)}。`;
  const topName = contextualName(model, top);
  if (items.length === 1) return `${node.name}的${formatWan(node.amount)}全部是${topName}。`;
  const lead = node.kind === 'root' ? '' : `${contextualName(model, node)}共${formatWan(node.amount)}，分${items.length}项；其中`;
  const topShare = formatShare(top.amount, base.amount);
  return node.kind === 'others'
    ? `${lead}${topName}最多，${formatWan(top.amount)}，占${base.name}的${topShare}。`
    : `${lead}${topName}占最大份额，${formatWan(top.amount)}，${topShare}。`;
}

export interface TableRow {
  id: string;
  rank: number;
  /** The rank as shown: “3”, or “并列3” when a sibling has the same amount. */
  rankLabel: string;
  name: string;
  amount: number;
  amountText: string;
  shareOfLevel: string;
  shareOfTotal: string;
  /** Zoom target (groups) or project page. */
  zoomNodeId: string | null;
  projectHref: string | null;
  /** How the row's place in this hierarchy is known, when the report states it. */
  note: string | null;
  /** When the row's 项 is derived (projects): the basis, and the 项 name where the view does not show it. */
  derived: { basis: string; functionName: string | null } | null;
}

/** The ranked rows of a zoom level: its real children, largest first. */
export function levelRows(model: TreemapModel, node: TreemapNode, options: DescribeOptions): TableRow[] {
  const base = shareBase(model, node);
  const sorted = [...realChildren(node)].sort(compareTiles);
  const places = placesOf(sorted.map((child) => child.amount));
  return sorted.map((child, index) => ({
    id: child.id,
    rank: index + 1,
    rankLabel: `${places[index]!.tied ? '并列' : ''}${places[index]!.rank}`,
    name: contextualName(model, child),
    amount: child.amount,
    amountText: formatWanNumber(child.amount),
    shareOfLevel: formatShare(child.amount, base.amount),
    shareOfTotal: formatShare(child.amount, model.total),
    zoomNodeId: child.children.length ? child.id : null,
    projectHref: child.project ? options.projectHref(child.project.id) : null,
    ...rowNote(model, child),
  }));
}

function rowNote(model: TreemapModel, node: TreemapNode): Pick<TableRow, 'note' | 'derived'> {
  if (node.project) {
    const basis = BASIS_LABELS[node.project.basis].name;
    return { note: null, derived: { basis, functionName: model.view === 'function' ? null : node.project.functionName } };
  }
  if (node.kind === 'basic') return { note: model.view === 'function' ? '表三列明' : '表三列明，未按单位拆分', derived: null };
  return { note: null, derived: null };
}
