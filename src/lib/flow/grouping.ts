import { groupBy } from '../groupBy';
import { sumFen, type Fen } from '../money';
import { linkId, sortGraph } from './build';
import { functionIdOf, type FlowGraph, type FlowLink, type FlowNode, type Funds, type LinkBasis } from './types';
import { at, lookup } from '../checked';
import { ui } from '../../i18n/ui';

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
  return at(sorted, sorted.length - 1, 'flow grouping: the smallest project amount');
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
  return ui('zh').chartNodes.flowGroup(count);
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
    const shownSoFar = shown.get(functionIdOf(node)) ?? 0;
    if (node.value >= threshold && shownSoFar < maxShown) {
      shown.set(functionIdOf(node), shownSoFar + 1);
      continue;
    }
    const members = small.get(functionIdOf(node));
    if (members) members.push(node);
    else small.set(functionIdOf(node), [node]);
  }
  for (const [functionId, members] of small) {
    // A "group" of one would hide a project behind a vaguer label for no gain.
    if (members.length >= 2)
      groups.set(
        groupNodeId(functionId),
        members.map((member) => member.id),
      );
  }
  return { threshold, groups };
}

/** 'all' shows every project; otherwise the ids of groups shown opened up. */
export type Expansion = 'all' | ReadonlySet<string>;

function combinedBasis(links: FlowLink[]): LinkBasis {
  const first = links[0]?.basis ?? 'mixed';
  return links.every((link) => link.basis === first) ? first : 'mixed';
}

/** One node standing for several projects of one function, with one link into it; every total stays as it was. */
function gatheredNode(id: string, members: FlowNode[], memberLinks: FlowLink[]): { node: FlowNode; link: FlowLink } {
  const functionId = functionIdOf(at(members, 0, `flow grouping: a project to gather into "${id}"`));
  const funds: Funds = {};
  let value = 0;
  for (const member of members) {
    value += member.value;
    for (const key in member.funds) funds[key] = (funds[key] ?? 0) + (member.funds[key] ?? 0);
  }
  const tableOnly = id.startsWith(REST_PREFIX);
  const node: FlowNode = {
    id,
    kind: 'group',
    column: 2,
    name: tableOnly ? restName(members.length) : groupName(members.length),
    value,
    funds,
    functionId,
    members: members.map((member) => member.id),
    ...(tableOnly ? { tableOnly } : {}),
  };
  return {
    node,
    link: { id: linkId(functionId, id), source: functionId, target: id, value, funds: { ...funds }, basis: combinedBasis(memberLinks) },
  };
}

/** Replaces the projects in `gather` (node id → the gathered node's id) by one node per gathered id. */
function gatherProjects(graph: FlowGraph, gather: ReadonlyMap<string, string>): FlowGraph {
  // One pass over each list (a city-sized budget has tens of thousands): what stays is the group
  // of the empty id, which no node has.
  const linksBy = groupBy(graph.links, (link) => gather.get(link.target) ?? '');
  const nodesBy = groupBy(graph.nodes, (node) => gather.get(node.id) ?? '');
  const links = linksBy.get('') ?? [];
  const nodes = nodesBy.get('') ?? [];
  for (const [id, members] of nodesBy) {
    if (id === '') continue;
    const gathered = gatheredNode(id, members, linksBy.get(id) ?? []);
    nodes.push(gathered.node);
    links.push(gathered.link);
  }
  return sortGraph({ ...graph, nodes, links });
}

/**
 * Most projects of one function drawn in any view, even "all projects" or a group opened (the real
 * data has at most 29): beyond that the chart grows thousands of nodes tall, and d3-sankey's
 * layout time grows with the square of a node's links.
 */
export const MAX_DRAWN_PER_FUNCTION = 40;

const REST_PREFIX = 'rest:';

export function restNodeId(functionId: string): string {
  return `${REST_PREFIX}${functionId.replace(/^function:/, '')}`;
}

export function restName(count: number): string {
  return ui('zh').chartNodes.flowRest(count);
}

/**
 * The graph as a view draws it: each closed group's projects replaced by one node "其他 N 个项目",
 * and a function's projects beyond the `maxDrawn` largest gathered in one node that cannot be
 * opened (the data table lists them). Every total stays as it was.
 */
export function applyGrouping(
  graph: FlowGraph,
  grouping: Grouping,
  expansion: Expansion = new Set(),
  maxDrawn = MAX_DRAWN_PER_FUNCTION,
): FlowGraph {
  const gather = new Map<string, string>();
  if (expansion !== 'all') {
    for (const [groupId, memberIds] of grouping.groups) if (!expansion.has(groupId)) for (const id of memberIds) gather.set(id, groupId);
  }
  const drawn = new Map<string, number>();
  // Nodes come in column order: within a function, projects largest first.
  for (const node of graph.nodes) {
    if (node.kind !== 'project' || gather.has(node.id)) continue;
    const count = (drawn.get(functionIdOf(node)) ?? 0) + 1;
    drawn.set(functionIdOf(node), count);
    if (count > maxDrawn) gather.set(node.id, restNodeId(functionIdOf(node)));
  }
  return expansion === 'all' && gather.size === 0 ? graph : gatherProjects(graph, gather);
}

/** Each project node of a graph with the one link into it (a project hangs from one function). */
export type ProjectParts = ReadonlyMap<string, { node: FlowNode; link: FlowLink }>;

export function projectParts(graph: FlowGraph): ProjectParts {
  const links = new Map<string, FlowLink>();
  for (const link of graph.links) links.set(link.target, link);
  const parts = new Map<string, { node: FlowNode; link: FlowLink }>();
  for (const node of graph.nodes)
    if (node.kind === 'project') parts.set(node.id, { node, link: lookup(links, node.id, 'flow graph: the link into a project node') });
  return parts;
}

/**
 * The grouped graph with one group opened: the same as applyGrouping(full, grouping, {groupId}),
 * but made from the grouped graph and the group's own projects, so each of the many "one group
 * opened" views costs the size of its group rather than of the whole budget.
 */
export function openGroup(grouped: FlowGraph, parts: ProjectParts, groupId: string, maxDrawn = MAX_DRAWN_PER_FUNCTION): FlowGraph {
  const group = grouped.nodes.find((node) => node.id === groupId);
  if (!group?.members) throw new Error(`flow graph has no group "${groupId}"`);
  const shown = grouped.nodes.filter((node) => node.kind === 'project' && node.functionId === group.functionId).length;
  const members = group.members.map((id) => {
    const part = parts.get(id);
    if (!part) throw new Error(`group "${groupId}" has an unknown project "${id}"`);
    return part;
  });
  const drawn = members.slice(0, Math.max(0, maxDrawn - shown));
  const rest = members.slice(drawn.length);
  const nodes = [...grouped.nodes.filter((node) => node !== group), ...drawn.map((part) => part.node)];
  const links = [...grouped.links.filter((link) => link.target !== groupId), ...drawn.map((part) => part.link)];
  if (rest.length) {
    const gathered = gatheredNode(
      restNodeId(functionIdOf(group)),
      rest.map((part) => part.node),
      rest.map((part) => part.link),
    );
    nodes.push(gathered.node);
    links.push(gathered.link);
  }
  return sortGraph({ ...grouped, nodes, links });
}
