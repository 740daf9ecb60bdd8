import type { Fen } from '../money';
import { buildTree } from './buildTrees';
import { groupSmallTiles } from './groupSmallTiles';
import type { TreemapBudget, TreemapNode, TreemapView } from './types';

export interface PlacedNode {
  node: TreemapNode;
  /** Zoom path from the root to this node, both included (the breadcrumb). */
  path: TreemapNode[];
  /** The nearest ancestor that is real data, skipping "其余 N 项" groups; null for the root. */
  realParent: TreemapNode | null;
}

export interface TreemapModel {
  view: TreemapView;
  /** The tree as the report gives it. */
  tree: TreemapNode;
  /** The tree as drawn: small siblings grouped into "其余 N 项". */
  display: TreemapNode;
  total: Fen;
  /** Every drawn node by id. */
  placed: Map<string, PlacedNode>;
  /** Nodes that can be zoomed into (have children), root first, depth-first. */
  zoomable: TreemapNode[];
}

export function placeNodes(display: TreemapNode): Map<string, PlacedNode> {
  const placed = new Map<string, PlacedNode>();
  const visit = (node: TreemapNode, path: TreemapNode[], realParent: TreemapNode | null) => {
    if (placed.has(node.id)) throw new Error(`treemap: duplicate node id "${node.id}"`);
    placed.set(node.id, { node, path, realParent });
    const childrensRealParent = node.kind === 'others' ? realParent : node;
    for (const child of node.children) visit(child, [...path, child], childrensRealParent);
  };
  visit(display, [display], null);
  return placed;
}

export function buildTreemapModel(
  budget: TreemapBudget,
  view: TreemapView,
  group: (tree: TreemapNode) => TreemapNode = (tree) => groupSmallTiles(tree),
): TreemapModel {
  const tree = buildTree(budget, view);
  const display = group(tree);
  const placed = placeNodes(display);
  return {
    view,
    tree,
    display,
    total: tree.amount,
    placed,
    zoomable: [...placed.values()].map((entry) => entry.node).filter((node) => node.children.length > 0),
  };
}

/** The real items shown at a zoom level: its children, with any "其余 N 项" group opened up. */
export function realChildren(node: TreemapNode): TreemapNode[] {
  return node.children.flatMap((child) => (child.kind === 'others' ? realChildren(child) : [child]));
}

/** The node whose amount a level's shares are "of": the level itself, or for a "其余" group its real parent. */
export function shareBase(model: TreemapModel, node: TreemapNode): TreemapNode {
  if (node.kind !== 'others') return node;
  return model.placed.get(node.id)?.realParent ?? model.display;
}
