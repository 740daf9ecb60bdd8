import { sumFen, type Fen } from '../money';
import { linkId, sortGraph } from './build';
import type { FlowGraph, FlowLink, FlowNode, Funds, LinkBasis } from './types';

/**
 * Share of all project money that the projects drawn on their own should cover.
 * The rest — the long tail of small projects — is gathered per function.
 */
export const SHOWN_PROJECT_SHARE = 0.8;

/**
 * The amount from which a project gets its own node: the smallest of the largest projects
 * that together make up SHOWN_PROJECT_SHARE of project money. Derived from the data, so it
 * moves with the budget instead of being a hand-picked list.
 */
export function smallProjectThreshold(amounts: readonly Fen[], shownShare = SHOWN_PROJECT_SHARE): Fen {
  if (amounts.length === 0) return 0;
  const sorted = [...amounts].sort((a, b) => b - a);
  const target = sumFen(sorted) * shownShare;
  let covered = 0;
  for (const amount of sorted) {
    covered += amount;
    if (covered >= target) return amount;
  }
  return sorted[sorted.length - 1]!;
}

/**
 * At most this many projects of one function get their own node (the real data shows at most 13):
 * on a city-sized budget the projects above the threshold alone would make the chart thousands
 * of nodes tall, and d3-sankey's layout time grows with the square of a node's links.
 */
export const MAX_SHOWN_PER_FUNCTION = 20;

export function groupNodeId(functionId: string): string {
  return `group:${functionId.replace(/^function:/, '')}`;
}

export function groupName(count: number): string {
  return `其他${count}个项目`;
}

export interface Grouping {
  threshold: Fen;
  /** Group id → its projects (node ids, in column order). Only functions with two or more small projects get a group. */
  groups: Map<string, string[]>;
}

/**
 * Which projects would be gathered, per function, at this threshold: those under it, and those
 * beyond the `maxShown` largest of their function.
 */
export function planGroups(graph: FlowGraph, threshold: Fen, maxShown = MAX_SHOWN_PER_FUNCTION): Grouping {
  const groups = new Map<string, string[]>();
  const small = new Map<string, FlowNode[]>();
  const shown = new Map<string, number>();
  // Nodes come in column order: within a function, projects largest first.
  for (const node of graph.nodes) {
    if (node.kind !== 'project') continue;
    const shownSoFar = shown.get(node.functionId!) ?? 0;
    if (node.value >= threshold && shownSoFar < maxShown) {
      shown.set(node.functionId!, shownSoFar + 1);
      continue;
    }
    const members = small.get(node.functionId!);
    if (members) members.push(node);
    else small.set(node.functionId!, [node]);
  }
  for (const [functionId, members] of small) {
    // A "group" of one would hide a project behind a vaguer label for no gain.
    if (members.length >= 2) groups.set(groupNodeId(functionId), members.map((member) => member.id));
  }
  return { threshold, groups };
}

/** 'all' shows every project; otherwise the ids of groups shown opened up. */
export type Expansion = 'all' | ReadonlySet<string>;

function combinedBasis(links: FlowLink[]): LinkBasis {
  const bases = new Set(links.map((link) => link.basis));
  return bases.size === 1 ? [...bases][0]! : 'mixed';
}

/** Replaces each closed group's projects by one node "其他 N 个项目"; every total stays as it was. */
export function applyGrouping(graph: FlowGraph, grouping: Grouping, expansion: Expansion = new Set()): FlowGraph {
  if (expansion === 'all') return graph;
  const closed = [...grouping.groups].filter(([groupId]) => !expansion.has(groupId));
  const groupOf = new Map<string, string>();
  for (const [groupId, memberIds] of closed) for (const id of memberIds) groupOf.set(id, groupId);
  // One pass over the links: a city-sized budget has tens of thousands.
  const memberLinks = new Map<string, FlowLink[]>();
  const links = graph.links.filter((link) => {
    const groupId = groupOf.get(link.target);
    if (groupId === undefined) return true;
    const list = memberLinks.get(groupId);
    if (list) list.push(link);
    else memberLinks.set(groupId, [link]);
    return false;
  });
  const nodes = graph.nodes.filter((node) => !groupOf.has(node.id));
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  for (const [groupId, memberIds] of closed) {
    const members = memberIds.map((id) => byId.get(id)!);
    const functionId = members[0]!.functionId!;
    const funds: Funds = {};
    for (const member of members) for (const [key, value] of Object.entries(member.funds)) funds[key] = (funds[key] ?? 0) + value;
    const value = sumFen(members.map((member) => member.value));
    nodes.push({
      id: groupId,
      kind: 'group',
      column: 2,
      name: groupName(members.length),
      value,
      funds,
      functionId,
      members: [...memberIds],
    });
    links.push({ id: linkId(functionId, groupId), source: functionId, target: groupId, value, funds: { ...funds }, basis: combinedBasis(memberLinks.get(groupId) ?? []) });
  }
  return sortGraph({ ...graph, nodes, links });
}
