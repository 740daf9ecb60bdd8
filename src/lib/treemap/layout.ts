import { hierarchy, treemap, treemapSquarify, type HierarchyRectangularNode } from 'd3-hierarchy';
import { arrange, OUTER_GAP, TILINGS } from './arrange';
import type { TreemapNode } from './types';

/** One drawing size of the chart, in SVG user units (the SVG scales to its box). */
export interface ChartSize {
  name: 'wide' | 'narrow';
  width: number;
  height: number;
  /** Smallest side a focusable tile may have: 24 CSS px (WCAG 2.5.8) at the smallest width this size is shown at. */
  minTileSide: number;
  /** Font sizes of the tiles of the zoomed node (depth 1) and of their children (depth 2). */
  fontSize: number;
  smallFontSize: number;
}

/**
 * Wide: 40rem and up, where the chart box is at least ~600 px wide (scale ≥ 0.72, so 34 units ≥ 24 px).
 * Narrow: phones, shown at most 28rem wide; at 340 px it scales by 0.94, so 28 units ≥ 26 px.
 */
export const CHART_SIZES: readonly ChartSize[] = [
  { name: 'wide', width: 840, height: 540, minTileSide: 34, fontSize: 15, smallFontSize: 12.5 },
  { name: 'narrow', width: 360, height: 560, minTileSide: 28, fontSize: 13.5, smallFontSize: 11.5 },
];

/** Gap between the children of the zoomed node's children. */
const INNER_GAP = 1;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A tile of one layer: a child (depth 1) of the zoomed node, with its own children (depth 2) inside. */
export interface LayoutTile extends Rect {
  node: TreemapNode;
  depth: 1 | 2;
  /** Height of the header band that names a group; 0 when the group is too small for one. */
  header: number;
  children: LayoutTile[];
}

/** Only two levels are ever drawn at once: cut the tree below the grandchildren. */
interface Cut {
  node: TreemapNode;
  children?: Cut[];
}

function cutTwoLevels(node: TreemapNode, order: readonly TreemapNode[]): Cut {
  return {
    node,
    children: order.map((child) => ({
      node: child,
      children: child.children.length ? [...child.children].sort(compareTiles).map((grandchild) => ({ node: grandchild })) : undefined,
    })),
  };
}

/** Largest first, ties by id, so the layout (and the tab order that follows it) is reproducible. */
export function compareTiles(a: TreemapNode, b: TreemapNode): number {
  return b.amount - a.amount || a.id.localeCompare(b.id);
}

export function headerHeight(size: ChartSize): number {
  return Math.round(size.fontSize * 1.6);
}

function toTile(d: HierarchyRectangularNode<Cut>, header: number): LayoutTile {
  return {
    node: d.data.node,
    depth: d.depth as 1 | 2,
    x: d.x0,
    y: d.y0,
    width: d.x1 - d.x0,
    height: d.y1 - d.y0,
    header,
    children: (d.children ?? []).map((child) => toTile(child, 0)),
  };
}

/** Top to bottom, then left to right: the order a reader scans tiles in, and so the tab order. */
function readingOrder(a: LayoutTile, b: LayoutTile): number {
  return Math.round(a.y) - Math.round(b.y) || a.x - b.x;
}

/**
 * Layout of one zoom level: the node's children fill the whole chart (in the arrangement that
 * keeps them tappable), each showing its own children inside, squarified, under a header band
 * when there is room for one. Tiles come back in reading order.
 */
export function layoutLayer(node: TreemapNode, size: ChartSize): LayoutTile[] {
  const header = headerHeight(size);
  const hasHeader = (d: HierarchyRectangularNode<Cut>) =>
    d.depth === 1 && !!d.children && d.y1 - d.y0 >= header * 2.2 && d.x1 - d.x0 >= size.fontSize * 3;
  const arrangement = arrange([...node.children].sort(compareTiles), size);
  const root = hierarchy<Cut>(cutTwoLevels(node, arrangement.order), (d) => d.children).sum((d) => (d.children ? 0 : d.node.amount));
  const topTiling = TILINGS[arrangement.tiling];
  const laidOut = treemap<Cut>()
    .tile((parent, x0, y0, x1, y1) => (parent.depth === 0 ? topTiling : treemapSquarify)(parent, x0, y0, x1, y1))
    .size([size.width, size.height])
    .round(false)
    .paddingInner((d) => (d.depth === 0 ? OUTER_GAP : INNER_GAP))
    .paddingTop((d) => (hasHeader(d) ? header : d.depth === 1 ? INNER_GAP : 0))
    .paddingRight((d) => (d.depth === 1 ? INNER_GAP : 0))
    .paddingBottom((d) => (d.depth === 1 ? INNER_GAP : 0))
    .paddingLeft((d) => (d.depth === 1 ? INNER_GAP : 0))(root);
  return (laidOut.children ?? []).map((d) => toTile(d, hasHeader(d) ? header : 0)).sort(readingOrder);
}

/**
 * Whether every tile the reader can focus at this level is big enough to tap, at every size. Only
 * the node's own children are checked, and layoutLayer() places them exactly as its arrangement
 * scored them, so the arrangement's thinnest side answers without laying out the grandchildren.
 */
export function tilesAreTappable(node: TreemapNode, sizes: readonly ChartSize[] = CHART_SIZES): boolean {
  const largestFirst = [...node.children].sort(compareTiles);
  return sizes.every((size) => arrange(largestFirst, size).thinnest >= size.minTileSide);
}

/**
 * Whether a tile with this share of its level could be tappable at every size, whatever the
 * arrangement: tilings give each tile its share of the chart grown by half a gap on every side,
 * and a tile keeps minTileSide after losing a gap only if that area holds a square of
 * minTileSide + OUTER_GAP. A cheap necessary condition that spares most layouts on big levels.
 */
export function shareCanBeTappable(share: number, sizes: readonly ChartSize[] = CHART_SIZES): boolean {
  // The slack absorbs floating-point error in the tiling, so a tile that could fit is never ruled out.
  const slack = 1 - 1e-9;
  return sizes.every(
    (size) => share * (size.width + OUTER_GAP) * (size.height + OUTER_GAP) >= (size.minTileSide + OUTER_GAP) ** 2 * slack,
  );
}
