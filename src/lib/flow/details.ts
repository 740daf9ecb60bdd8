import { formatShare, formatWan } from '../format';
import type { Fen } from '../money';
import { BASIS_TEXT } from './basis';
import type { PrintedDifference } from './conservation';
import { displayName, linkAccessibleName, nodeLookup } from './names';
import { FUNDING_SOURCES } from '../fundingSources';
import { sourceLabelOf, sourceNodeId } from './sources';
import { isDerived, type FlowGraph, type FlowLink, type FlowNode, type Funds } from './types';

/** What the details panel shows for one node or link; built once at build time, read by the client script. */
export interface PanelContent {
  title: string;
  rows: [string, string][];
  /** Set on links whose function assignment we derived, and on project and group nodes. */
  basis?: { label: string; text: string; derived: boolean };
  /** Extra lines: the report's printed figure where it differs, the projects in a group. */
  notes: string[];
  /** Site path of the project page, without the base. */
  href?: string;
}

/** "一般公共预算当年拨款" or "一般公共预算当年拨款 1.00万元；上年结转 2.00万元" when a flow has several sources. */
export function fundingText(funds: Funds): string {
  const parts = FUNDING_SOURCES.map((source) => [sourceNodeId(source), funds[sourceNodeId(source)] ?? 0] as const).filter(([, value]) => value > 0);
  if (parts.length === 1) return sourceLabelOf(parts[0]![0]);
  return parts.map(([id, value]) => `${sourceLabelOf(id)} ${formatWan(value)}`).join('；');
}

export function projectPath(projectId: string): string {
  return `/projects/${projectId}/`;
}

function printedNote(difference: PrintedDifference): string {
  return `报告印作${formatWan(difference.printed)}，而它的下级科目相加为${formatWan(difference.shown)}（报告自身0.01万元的舍入差）。图中显示相加之和，这样每个节点流入和流出的钱相等。`;
}

/** A group's panel names at most this many of its projects (the real data's largest group has 21); the table has them all. */
const MAX_LISTED_MEMBERS = 40;

/** Panel contents for every node and link of the given graphs, keyed by element id. */
export function panelContents(graphs: readonly FlowGraph[], differences: readonly PrintedDifference[], grandTotal: Fen): Record<string, PanelContent> {
  const contents: Record<string, PanelContent> = {};
  const notesFor = (id: string) => differences.filter((difference) => difference.elementId === id).map(printedNote);
  for (const graph of graphs) {
    const lookup = nodeLookup(graph);
    const name = (node: FlowNode) => displayName(node, lookup);
    for (const node of graph.nodes) {
      if (contents[node.id]) continue;
      const rows: [string, string][] = [
        ['金额', formatWan(node.value)],
        ['占全部资金', formatShare(node.value, grandTotal)],
      ];
      const content: PanelContent = { title: name(node), rows, notes: notesFor(node.id) };
      if (node.kind !== 'source') rows.push(['资金来源', fundingText(node.funds)]);
      if (node.kind === 'basic' || node.kind === 'project' || node.kind === 'group') {
        const parent = lookup(node.functionId!);
        rows.push(['功能科目', `${parent.code} ${name(parent)}`], [`占${name(parent)}`, formatShare(node.value, parent.value)]);
      }
      if (node.kind === 'function') rows.push(['科目编码', node.code!]);
      if (node.kind === 'project') {
        rows.push(['预算单位', node.unitName ?? '']);
        const basis = BASIS_TEXT[node.basis!];
        content.basis = { label: basis.short, text: basis.explanation, derived: true };
        if (node.basisNote) content.notes.push(`归属说明：${node.basisNote}`);
        content.href = projectPath(node.projectId!);
      }
      if (node.kind === 'group') {
        rows.push(['项目数', `${node.members!.length}个`]);
        const into = graph.links.find((link) => link.target === node.id)!;
        const basis = BASIS_TEXT[into.basis];
        content.basis = { label: basis.short, text: basis.explanation, derived: isDerived(into.basis) };
      }
      contents[node.id] = content;
    }
    for (const link of graph.links) {
      if (contents[link.id]) continue;
      contents[link.id] = linkPanel(link, lookup, notesFor(link.id));
    }
  }
  // Group notes list member names with amounts; members are known once every graph is read.
  for (const graph of graphs) {
    for (const node of graph.nodes.filter((entry) => entry.kind === 'group')) {
      const members = node.members!;
      const listed = members.slice(0, MAX_LISTED_MEMBERS).map((memberId) => {
        const member = contents[memberId];
        return member ? `${member.title}（${member.rows[0]![1]}）` : memberId;
      });
      const more = members.length > listed.length ? [`……共${members.length}个项目，全部列在数据表中。`] : [];
      contents[node.id]!.notes = [node.tableOnly ? '项目太多，图中不逐个画出。最大的几个：' : '点击或按回车键可展开这一组。包括：', ...listed, ...more];
    }
  }
  return contents;
}

function linkPanel(link: FlowLink, lookup: (id: string) => FlowNode, notes: string[]): PanelContent {
  const source = lookup(link.source);
  const target = lookup(link.target);
  const sourceName = displayName(source, lookup);
  const targetName = displayName(target, lookup);
  const basis = BASIS_TEXT[link.basis];
  const content: PanelContent = {
    title: linkAccessibleName(link, lookup).replace(/：[^：]*$/, ''),
    rows: [
      ['金额', formatWan(link.value)],
      [`占${sourceName}`, formatShare(link.value, source.value)],
      [`占${targetName}`, formatShare(link.value, target.value)],
      ['资金来源', fundingText(link.funds)],
    ],
    basis: { label: basis.short, text: basis.explanation, derived: isDerived(link.basis) },
    notes,
  };
  if (target.kind === 'project') {
    content.href = projectPath(target.projectId!);
    if (target.basisNote) content.notes.push(`归属说明：${target.basisNote}`);
  }
  return content;
}
