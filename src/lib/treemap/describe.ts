import { placeAmong, type Place } from '../ranks';
import { formatShare, formatWanIn, formatWanNumber } from '../format';
import { ui } from '../../i18n/ui/index';
import { compareTiles } from './layout';
import { realChildren, shareBase, type TreemapModel } from './model';
import { FUNDING_SOURCES } from '../fundingSources';
import type { TreemapNode } from './types';
import { capitalised } from '../text/capitalised';

/** The words a screen reader says for a tile: "晋城市大气污染防治能力建设项目，1,225.10万元，占总额5.2%". */
export function accessibleName(model: TreemapModel, node: TreemapNode): string {
  return words(model).accessibleName(
    contextualName(model, node),
    formatWanIn(model.lang, node.amount),
    formatShare(node.amount, model.total),
  );
}

/** The words of the model's language (src/i18n/ui/*.ts, treemap.describe). */
const words = (model: TreemapModel) => ui(model.lang).treemap.describe;
/** An English sentence may start with the lower-case word of a joined phrase. */

/** A name that makes sense on its own: a 项's basic expenditure is named with its 项. */
export function contextualName(model: TreemapModel, node: TreemapNode): string {
  const parent = model.placed.get(node.id)?.realParent;
  const w = words(model);
  if (node.kind === 'basic' && parent && parent.kind !== 'root') return w.basicOf(parent.name);
  if (node.kind === 'others' && parent) {
    const count = realChildren(node).length;
    return node.ranks?.band ? w.bandOf(parent.name, node.name, count) : w.smallerOf(parent.name, count);
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

export interface DescribeOptions {
  /** URL of a project's page (the site base is the caller's business). */
  projectHref: (projectId: string) => string;
}

export function nodeDetails(model: TreemapModel, node: TreemapNode, options: DescribeOptions): NodeDetails {
  const w = words(model);
  const amount = (fen: number) => formatWanIn(model.lang, fen);
  const placed = model.placed.get(node.id);
  const parent = placed?.realParent ?? null;
  const lines: DetailsLine[] = [{ label: w.amount, value: amount(node.amount) }];
  if (parent && parent.kind !== 'root') lines.push({ label: w.shareOf(parent.name), value: formatShare(node.amount, parent.amount) });
  lines.push({ label: w.shareOfTotal, value: formatShare(node.amount, model.total) });

  const funding = node.funding;
  const fundingLines = funding
    ? FUNDING_SOURCES.filter((source) => funding[source.column] > 0).map((source) => ({
        label: w.funding[source.column],
        value: amount(funding[source.column]),
      }))
    : null;

  if (node.project) {
    lines.push({ label: w.unit, value: node.project.unitName });
    lines.push({ label: w.functionCode, value: w.functionValue(node.project.functionName, node.project.functionCode) });
  } else if (node.kind === 'basic') {
    lines.push({ label: w.unit, value: w.basicUnsplit });
  } else if (node.unitName && node.kind !== 'unit') {
    lines.push({ label: w.unit, value: node.unitName });
  }

  const count = realChildren(node).length;
  return {
    id: node.id,
    title: contextualName(model, node),
    kindLabel: node.kind === 'root' && model.view === 'unit' ? w.allUnits : node.ranks?.band ? w.band : w.kinds[node.kind],
    lines,
    funding: fundingLines,
    projectHref: node.project ? options.projectHref(node.project.id) : null,
    derivedNote: node.project ? w.derivedNote(w.bases[node.project.basis]) : null,
    zoomHint: node.children.length ? w.zoomHint(count) : null,
  };
}

/** One data-driven sentence for a zoom level: which item is largest, and how large. */
export function levelSummary(model: TreemapModel, node: TreemapNode): string {
  const w = words(model);
  const amount = (fen: number) => formatWanIn(model.lang, fen);
  const items = [...realChildren(node)].sort(compareTiles);
  const base = shareBase(model, node);
  const top = items[0];
  if (!top) return w.summaryOnly(node.name, amount(node.amount));
  const topName = contextualName(model, top);
  if (items.length === 1) return w.summaryAll(node.name, amount(node.amount), topName);
  const lead = node.kind === 'root' ? '' : w.summaryLead(contextualName(model, node), amount(node.amount), items.length);
  const topShare = formatShare(top.amount, base.amount);
  const text =
    node.kind === 'others'
      ? w.summaryOthers(lead, topName, amount(top.amount), base.name, topShare)
      : w.summaryLargest(lead, topName, amount(top.amount), topShare);
  return model.lang === 'en' ? capitalised(text) : text;
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
  const amounts = sorted.map((child) => child.amount);
  return sorted.map((child, index) => ({
    id: child.id,
    rank: index + 1,
    rankLabel: rankLabel(model, placeAmong(amounts, child.amount)),
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

const rankLabel = (model: TreemapModel, place: Place) => words(model).rank(place.rank, place.tied);

function rowNote(model: TreemapModel, node: TreemapNode): Pick<TableRow, 'note' | 'derived'> {
  const w = words(model);
  if (node.project) {
    const basis = w.bases[node.project.basis];
    return { note: null, derived: { basis, functionName: model.view === 'function' ? null : node.project.functionName } };
  }
  if (node.kind === 'basic') return { note: w.basicNote[model.view], derived: null };
  return { note: null, derived: null };
}
