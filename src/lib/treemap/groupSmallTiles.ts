import { sumFen } from '../money';
import { addFunding } from './funding';
import { compareTiles, tilesAreTappable } from './layout';
import type { TreemapNode } from './types';

export const othersNodeId = (parentId: string) => `${parentId}-others`;

/** The one value all nodes share, or null when they differ. */
function shared<T>(nodes: readonly TreemapNode[], pick: (node: TreemapNode) => T): T | null {
  const first = pick(nodes[0]!);
  return nodes.every((node) => pick(node) === first) ? first : null;
}

function othersNode(parent: TreemapNode, members: TreemapNode[]): TreemapNode {
  return {
    id: othersNodeId(parent.id),
    name: `其余${members.length}项`,
    shortName: `其余${members.length}项`,
    kind: 'others',
    amount: sumFen(members.map((member) => member.amount)),
    category: shared(members, (member) => member.category),
    funding: addFunding(members.map((member) => member.funding)),
    unitName: shared(members, (member) => member.unitName),
    project: null,
    children: members,
  };
}

/**
 * The tree as drawn: at every level, siblings too small to tap are collected, smallest first, into
 * one "其余 N 项" tile that zooms in like any group (and is grouped again inside if needed).
 * Nothing is dropped or split: the members keep their amounts and the group's amount is their sum.
 * `tappable` decides whether a level's tiles are all big enough (injected so tests can use a
 * simple rule).
 */
export function groupSmallTiles(
  node: TreemapNode,
  tappable: (node: TreemapNode) => boolean = (candidate) => tilesAreTappable(candidate),
): TreemapNode {
  if (node.children.length === 0) return node;
  let kept = [...node.children].sort(compareTiles);
  let small: TreemapNode[] = [];
  const level = (): TreemapNode => ({ ...node, children: small.length ? [...kept, othersNode(node, small)] : kept });
  while (kept.length > 1 && !tappable(level())) {
    // A group of one would not save any space: always move at least two.
    const move = small.length === 0 && kept.length > 2 ? 2 : 1;
    small = [...kept.slice(-move), ...small];
    kept = kept.slice(0, -move);
  }
  if (small.length === 1) {
    // Only possible when just two siblings were left: keep them side by side.
    kept = [...kept, ...small];
    small = [];
  }
  const regrouped = level();
  return { ...regrouped, children: regrouped.children.map((child) => groupSmallTiles(child, tappable)) };
}
