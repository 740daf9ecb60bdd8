import { formatAmountProse, formatShare, formatWan } from '../format';
import { sumFen } from '../money';
import { displayName, nodeLookup } from './names';
import { FUNDING_SOURCES } from '../fundingSources';
import { sourceNodeId } from './sources';
import type { FlowGraph, FlowNode } from './types';

/** "A、B和C" */
function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
}

/** What one source pays for, project by project (the few largest when there are many). */
function projectsPaidBy(graph: FlowGraph, sourceId: string, lookup: (id: string) => FlowNode): string {
  const source = lookup(sourceId);
  const projects = graph.nodes
    .filter((node) => node.kind === 'project' && (node.funds[sourceId] ?? 0) > 0)
    .sort((a, b) => b.funds[sourceId]! - a.funds[sourceId]!);
  const named = projects.slice(0, 2).map((project) => {
    const amount = project.funds[sourceId]!;
    const functionName = displayName(lookup(project.functionId!), lookup);
    return `${project.name}${formatWan(amount)}（${formatShare(amount, source.value)}，功能科目为“${functionName}”）`;
  });
  if (projects.length === 1) {
    const [project] = projects;
    return `${source.name}的${formatWan(source.value)}全部用于${project!.name}（功能科目为“${displayName(lookup(project!.functionId!), lookup)}”）。`;
  }
  const lead = projects.length === 2 ? `只用于${projects.length}个项目：` : `用于${projects.length}个项目，最大的是`;
  return `${source.name}的${formatWan(source.value)}${lead}${joinList(named)}。`;
}

/**
 * A data-driven paragraph: how the current-year money splits between basic expenditure and projects,
 * and which projects the other sources pay for. Reads the 项-level graph so the carry-over can be
 * named down to its 项 (e.g. 农村环境保护).
 */
export function flowSummary(detailed: FlowGraph): string {
  const lookup = nodeLookup(detailed);
  const sources = FUNDING_SOURCES.map((source) => lookup(sourceNodeId(source))).filter((node) => node.value > 0);
  const total = sumFen(sources.map((node) => node.value));
  const [current, ...others] = sources;
  if (!current) throw new Error('flow summary: no funding source has money');

  const currentToBasic = sumFen(detailed.nodes.filter((node) => node.kind === 'basic').map((node) => node.funds[current.id] ?? 0));
  const currentToProjects = current.value - currentToBasic;
  const currentProjects = detailed.nodes.filter((node) => node.kind === 'project' && (node.funds[current.id] ?? 0) > 0).length;

  const sentences = [
    `${formatAmountProse(total)}的预算来自${joinList(sources.map((node) => `${node.name}（${formatWan(node.value)}，${formatShare(node.value, total)}）`))}。`,
    `${current.name}中，${formatWan(currentToBasic)}（${formatShare(currentToBasic, current.value)}）用于各科目的基本支出，即人员经费和日常公用经费；其余${formatWan(currentToProjects)}（${formatShare(currentToProjects, current.value)}）安排给${currentProjects}个项目。`,
    ...others.map((source) => projectsPaidBy(detailed, source.id, lookup)),
  ];
  return sentences.join('');
}
