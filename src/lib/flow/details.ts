import { localePath, type Lang } from '../../i18n/lang';
import { formatShare, formatWan, formatWanNumber } from '../format';
import { money, sourceLabelEnglish } from './english';
import { ui } from '../../i18n/ui';
import type { Fen } from '../money';
import { basisTexts } from './basis';
import type { PrintedDifference } from './conservation';
import { displayName, linkAccessibleName, nodeLookup } from './names';
import { FUNDING_SOURCES } from '../fundingSources';
import { sourceLabelOf, sourceNodeId } from './sources';
import {
  functionCodeOf,
  functionIdOf,
  isDerived,
  membersOf,
  projectIdOf,
  type FlowGraph,
  type FlowLink,
  type FlowNode,
  type Funds,
} from './types';
import { at, defined } from '../checked';

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
export function fundingText(funds: Funds, lang: Lang = 'zh'): string {
  const words = ui(lang).flowNames;
  const label = lang === 'en' ? sourceLabelEnglish : sourceLabelOf;
  const parts = FUNDING_SOURCES.map((source) => [sourceNodeId(source), funds[sourceNodeId(source)] ?? 0] as const).filter(
    ([, value]) => value > 0,
  );
  const [only, ...others] = parts;
  if (only && others.length === 0) return label(only[0]);
  return parts
    .map(([id, value]) => words.fundingPart(label(id), lang === 'en' ? money(value) : formatWan(value)))
    .join(words.fundingSeparator);
}

/** The page of the project a project node stands for. */
export function projectPath(node: FlowNode, lang: Lang = 'zh'): string {
  return localePath(lang, `/projects/${projectIdOf(node)}/`);
}

/** The details panel's words; the Chinese ones are the originals. */
const PANEL_TEXT = {
  zh: {
    amount: '金额',
    shareOfAll: '占全部资金',
    sources: '资金来源',
    fn: '功能科目',
    shareOf: (name: string) => `占${name}`,
    code: '科目编码',
    unit: '预算单位',
    count: '项目数',
    countValue: (count: number) => `${count}个`,
    note: (note: string) => `归属说明：${note}`,
    member: (title: string, amount: string) => `${title}（${amount}）`,
    more: (count: number) => `……共${count}个项目，全部列在数据表中。`,
    tooMany: '项目太多，图中不逐个画出。最大的几个：',
    open: '点击或按回车键可展开这一组。包括：',
    printed: (difference: PrintedDifference) => printedNote(difference),
    wan: formatWan,
    funding: (funds: Funds) => fundingText(funds),
    basis: basisTexts('zh'),
  },
  en: {
    amount: 'Amount',
    shareOfAll: 'Share of all the money',
    sources: 'Paid from',
    fn: 'Functional item',
    shareOf: (name: string) => `Share of ${name}`,
    code: 'Code',
    unit: 'Budget unit',
    count: 'Projects',
    countValue: (count: number) => String(count),
    note: (note: string) => note,
    member: (title: string, amount: string) => `${title} (${amount})`,
    more: (count: number) => `… ${count} projects in all, every one listed in the data table.`,
    tooMany: 'Too many projects to draw one by one. The largest:',
    open: 'Click, tap or press Enter to open this group. It holds:',
    printed: (difference: PrintedDifference) =>
      `The report prints ${formatWanNumber(difference.printed)}, but the items below it add up to ${formatWanNumber(difference.shown)} (in 10,000 yuan: a rounding gap of ¥100 in the report itself). The chart shows the sum, so that the money into and out of every node is equal.`,
    wan: money,
    funding: (funds: Funds) => fundingText(funds, 'en'),
    basis: basisTexts('en'),
  },
} as const;

function printedNote(difference: PrintedDifference): string {
  return `报告印作${formatWan(difference.printed)}，而它的下级科目相加为${formatWan(difference.shown)}（报告自身0.01万元的舍入差）。图中显示相加之和，这样每个节点流入和流出的钱相等。`;
}

/** A group's panel names at most this many of its projects (the real data's largest group has 21); the table has them all. */
const MAX_LISTED_MEMBERS = 40;

/** Panel contents for every node and link of the given graphs, keyed by element id. */
export function panelContents(
  graphs: readonly FlowGraph[],
  differences: readonly PrintedDifference[],
  grandTotal: Fen,
  lang: Lang = 'zh',
): Record<string, PanelContent> {
  const t = PANEL_TEXT[lang];
  const contents: Record<string, PanelContent> = {};
  const notesFor = (id: string) => differences.filter((difference) => difference.elementId === id).map(t.printed);
  for (const graph of graphs) {
    const lookup = nodeLookup(graph);
    const name = (node: FlowNode) => displayName(node, lookup, lang);
    for (const node of graph.nodes) {
      if (contents[node.id]) continue;
      const rows: [string, string][] = [
        [t.amount, t.wan(node.value)],
        [t.shareOfAll, formatShare(node.value, grandTotal)],
      ];
      const content: PanelContent = { title: name(node), rows, notes: notesFor(node.id) };
      if (node.kind !== 'source') rows.push([t.sources, t.funding(node.funds)]);
      if (node.kind === 'basic' || node.kind === 'project' || node.kind === 'group') {
        const parent = lookup(functionIdOf(node));
        rows.push([t.fn, `${parent.code} ${name(parent)}`], [t.shareOf(name(parent)), formatShare(node.value, parent.value)]);
      }
      if (node.kind === 'function') rows.push([t.code, functionCodeOf(node)]);
      if (node.kind === 'project') {
        rows.push([t.unit, node.unitName ?? '']);
        const basis = t.basis[defined(node.basis, `flow graph: how project node "${node.id}" was assigned its function`)];
        content.basis = { label: basis.short, text: basis.explanation, derived: true };
        if (node.basisNote) content.notes.push(t.note(node.basisNote));
        content.href = projectPath(node, lang);
      }
      if (node.kind === 'group') {
        rows.push([t.count, t.countValue(membersOf(node).length)]);
        const into = defined(
          graph.links.find((link) => link.target === node.id),
          `flow graph: the link into group "${node.id}"`,
        );
        const basis = t.basis[into.basis];
        content.basis = { label: basis.short, text: basis.explanation, derived: isDerived(into.basis) };
      }
      contents[node.id] = content;
    }
    for (const link of graph.links) {
      if (contents[link.id]) continue;
      contents[link.id] = linkPanel(link, lookup, notesFor(link.id), lang);
    }
  }
  // Group notes list member names with amounts; members are known once every graph is read.
  for (const graph of graphs) {
    for (const node of graph.nodes.filter((entry) => entry.kind === 'group')) {
      const members = membersOf(node);
      const listed = members.slice(0, MAX_LISTED_MEMBERS).map((memberId) => {
        const member = contents[memberId];
        return member
          ? t.member(member.title, at(member.rows, 0, `flow details: the first panel row of project "${memberId}"`)[1])
          : memberId;
      });
      const more = members.length > listed.length ? [t.more(members.length)] : [];
      defined(contents[node.id], `flow details: the panel of group "${node.id}"`).notes = [
        node.tableOnly ? t.tooMany : t.open,
        ...listed,
        ...more,
      ];
    }
  }
  return contents;
}

function linkPanel(link: FlowLink, lookup: (id: string) => FlowNode, notes: string[], lang: Lang): PanelContent {
  const t = PANEL_TEXT[lang];
  const source = lookup(link.source);
  const target = lookup(link.target);
  const sourceName = displayName(source, lookup, lang);
  const targetName = displayName(target, lookup, lang);
  const basis = t.basis[link.basis];
  const content: PanelContent = {
    title: linkAccessibleName(link, lookup, undefined, lang).replace(lang === 'en' ? /: [^:]*$/ : /：[^：]*$/, ''),
    rows: [
      [t.amount, t.wan(link.value)],
      [t.shareOf(sourceName), formatShare(link.value, source.value)],
      [t.shareOf(targetName), formatShare(link.value, target.value)],
      [t.sources, t.funding(link.funds)],
    ],
    basis: { label: basis.short, text: basis.explanation, derived: isDerived(link.basis) },
    notes,
  };
  if (target.kind === 'project') {
    content.href = projectPath(target, lang);
    if (target.basisNote) content.notes.push(t.note(target.basisNote));
  }
  return content;
}
