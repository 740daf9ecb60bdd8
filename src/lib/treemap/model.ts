import type { Fen } from '../money';
import { buildTree } from './buildTrees';
import { groupSmallTiles } from './groupSmallTiles';
import type { TreemapBudget, TreemapNode, TreemapView } from './types';
import { englishTree } from './english';
import type { Lang } from '../../i18n/lang';

export interface PlacedNode {
  node: TreemapNode;
  /** Zoom path from the root to this node, both included (the breadcrumb). */
  readonly path: TreemapNode[];
  /** The nearest ancestor that is real data, skipping "其余 N 项" groups; null for the root. */
  realParent: TreemapNode | null;
}

/**
 * A drawn node with a link to its parent's: the path is made when asked for (the pages ask for
 * it on zoom levels and their tiles), not stored for every node, which on a big budget cost an
 * array per node as long as the tree is deep.
 */
class Placement implements PlacedNode {
  constructor(
    readonly node: TreemapNode,
    readonly parent: Placement | null,
    readonly realParent: TreemapNode | null,
  ) {}

  get path(): TreemapNode[] {
    const path: TreemapNode[] = [];
    for (let at: Placement | null = this; at; at = at.parent) path.push(at.node);
    return path.reverse();
  }
}

export interface TreemapModel {
  view: TreemapView;
  /** The language of the names and of the text describe.ts writes. */
  lang: Lang;
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
  const visit = (placement: Placement) => {
    const { node } = placement;
    if (placed.has(node.id)) throw new Error(`treemap: duplicate node id "${node.id}"`);
    placed.set(node.id, placement);
    const childrensRealParent = node.kind === 'others' ? placement.realParent : node;
    for (const child of node.children) visit(new Placement(child, placement, childrensRealParent));
  };
  visit(new Placement(display, null, null));
  return placed;
}

export function buildTreemapModel(
  budget: TreemapBudget,
  view: TreemapView,
  group: (tree: TreemapNode) => TreemapNode = (tree) => groupSmallTiles(tree),
  lang: Lang = 'zh',
): TreemapModel {
  const chinese = buildTree(budget, view);
  // English renames the same tiles after grouping, so both languages draw the same chart.
  const tree = lang === 'en' ? englishTree(chinese) : chinese;
  const display = lang === 'en' ? englishTree(group(chinese)) : group(chinese);
  const placed = placeNodes(display);
  return {
    view,
    lang,
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
