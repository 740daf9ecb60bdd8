import { arrange, OUTER_GAP, plainTilingFits, TILINGS, type Box } from './arrange';
import type { TreemapNode } from './types';
import { at } from '../checked';

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

/** The comparison of String.prototype.localeCompare, made once. */
const collator = new Intl.Collator();

/** Whether a character code is a lower-case ASCII letter, a digit or a hyphen: all our ids are made of them. */
const isSlugChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45;

/**
 * localeCompare order for ids. The collator is slow, and a big budget's ties are many (thousands of
 * projects of equal amounts); where the strings first differ in two slug characters, whose
 * collation order is their code order (hyphen, digits, letters), that order decides.
 */
function compareIds(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (!isSlugChar(x) || !isSlugChar(y)) break;
    if (x !== y) return x - y;
  }
  return collator.compare(a, b);
}

/** Largest first, ties by id, so the layout (and the tab order that follows it) is reproducible. */
export function compareTiles(a: TreemapNode, b: TreemapNode): number {
  return b.amount - a.amount || compareIds(a.id, b.id);
}

/** Ids made only of slug characters, where compareIds is the order of the character codes. */
const SLUG_ID = /^[a-z0-9-]*$/;

/**
 * A copy of the nodes in compareTiles order. When every id is a slug (all of ours are), ties are
 * broken by comparing the ids as strings, natively: the same order (where one id is the start of
 * the other the collator puts it first, as string comparison does), several times faster on a big
 * budget's many ties between long ids.
 */
export function sortTiles(nodes: readonly TreemapNode[]): TreemapNode[] {
  const sorted = [...nodes];
  if (!nodes.every((node) => SLUG_ID.test(node.id))) return sorted.sort(compareTiles);
  return sorted.sort((a, b) => b.amount - a.amount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Each drawn node's children sorted once: every level is laid out at two sizes, and again inside its parent's. */
const sortedCache = new WeakMap<TreemapNode, TreemapNode[]>();

function sortedChildren(node: TreemapNode): TreemapNode[] {
  let sorted = sortedCache.get(node);
  if (!sorted) {
    sorted = sortTiles(node.children);
    sortedCache.set(node, sorted);
  }
  return sorted;
}

export function headerHeight(size: ChartSize): number {
  return Math.round(size.fontSize * 1.6);
}

/** Takes `padding` off every side of a box, collapsing a side to its middle when too short (as d3 does). */
function shrink(box: Box, padding: number): void {
  let x0 = box.x0 + padding;
  let y0 = box.y0 + padding;
  let x1 = box.x1 - padding;
  let y1 = box.y1 - padding;
  if (x1 < x0) x0 = x1 = (x0 + x1) / 2;
  if (y1 < y0) y0 = y1 = (y0 + y1) / 2;
  box.x0 = x0;
  box.y0 = y0;
  box.x1 = x1;
  box.y1 = y1;
}

const box = (value: number, children?: Box[]): Box => ({ value, x0: 0, y0: 0, x1: 0, y1: 0, children });

/** Top to bottom, then left to right: the order a reader scans tiles in, and so the tab order. */
function readingOrder(a: LayoutTile, b: LayoutTile): number {
  return Math.round(a.y) - Math.round(b.y) || a.x - b.x;
}

/**
 * Layout of one zoom level: the node's children fill the whole chart (in the arrangement that
 * keeps them tappable), each showing its own children inside, squarified, under a header band
 * when there is room for one. Tiles come back in reading order.
 *
 * The arithmetic is exactly that of d3's treemap() with paddingInner OUTER_GAP between the
 * children, INNER_GAP around and between the grandchildren and the header on top (a test checks
 * it against d3, number for number); calling the tiling functions directly skips building a d3
 * hierarchy for every level, which was most of the time on big budgets.
 */
export function layoutLayer(node: TreemapNode, size: ChartSize): LayoutTile[] {
  const header = headerHeight(size);
  const { order, tiling } = arrange(sortedChildren(node), size);
  // A child's box holds its children's boxes and, as in d3, its value is the sum of theirs. Plain
  // loops rather than map and sumFen: a big budget lays out hundreds of thousands of tiles.
  const outers: Box[] = [];
  let total = 0;
  for (const child of order) {
    let outer: Box;
    if (child.children.length) {
      const pieces: Box[] = [];
      let value = 0;
      for (const grandchild of sortedChildren(child)) {
        pieces.push(box(grandchild.amount));
        value += grandchild.amount;
      }
      outer = box(value, pieces);
    } else {
      outer = box(child.amount);
    }
    outers.push(outer);
    total += outer.value;
  }
  const half = OUTER_GAP / 2;
  TILINGS[tiling](box(total, outers), -half, -half, size.width + half, size.height + half);

  const gap = INNER_GAP / 2;
  const area = box(0);
  const tiles: LayoutTile[] = [];
  order.forEach((child, index) => {
    const outer = at(outers, index, 'treemap layout: the box of a tile');
    const pieces = outer.children;
    shrink(outer, half);
    const hasHeader = !!pieces && outer.y1 - outer.y0 >= header * 2.2 && outer.x1 - outer.x0 >= size.fontSize * 3;
    const inner: LayoutTile[] = [];
    if (pieces) {
      // The grandchildren's area: INNER_GAP inside the tile (the header on top), grown by half a gap for the gaps between them.
      area.x0 = outer.x0 + (INNER_GAP - gap);
      area.y0 = outer.y0 + ((hasHeader ? header : INNER_GAP) - gap);
      area.x1 = outer.x1 - (INNER_GAP - gap);
      area.y1 = outer.y1 - (INNER_GAP - gap);
      shrink(area, 0);
      area.value = outer.value;
      area.children = pieces;
      TILINGS.squarify(area, area.x0, area.y0, area.x1, area.y1);
      const grandchildren = sortedChildren(child);
      pieces.forEach((piece, index) => {
        shrink(piece, gap);
        inner.push({
          node: at(grandchildren, index, 'treemap layout: the tile inside a box'),
          depth: 2,
          x: piece.x0,
          y: piece.y0,
          width: piece.x1 - piece.x0,
          height: piece.y1 - piece.y0,
          header: 0,
          children: [],
        });
      });
    }
    tiles.push({
      node: child,
      depth: 1,
      x: outer.x0,
      y: outer.y0,
      width: outer.x1 - outer.x0,
      height: outer.y1 - outer.y0,
      header: hasHeader ? header : 0,
      children: inner,
    });
  });
  return tiles.sort(readingOrder);
}

/**
 * Whether every tile the reader can focus at this level is big enough to tap, at every size. Only
 * the node's own children are checked, and layoutLayer() places them exactly as its arrangement
 * scored them, so the arrangement's thinnest side answers without laying out the grandchildren.
 * With `search: false` only the plain tilings are tried: a cheaper test that may say no where the
 * arrangement search would find a way (never the reverse).
 */
export function tilesAreTappable(node: TreemapNode, sizes: readonly ChartSize[] = CHART_SIZES, search = true): boolean {
  return largestFirstAreTappable(sortTiles(node.children), sizes, search);
}

/**
 * tilesAreTappable() for tiles already largest first. Where a plain tiling fits, the arrangement
 * is the best plain tiling, which fits too: the search runs only where none does.
 */
export function largestFirstAreTappable(
  largestFirst: readonly TreemapNode[],
  sizes: readonly ChartSize[] = CHART_SIZES,
  search = true,
): boolean {
  return sizes.every((size) => plainTilingFits(largestFirst, size) || (search && arrange(largestFirst, size).thinnest >= size.minTileSide));
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
  return sizes.every((size) => share * (size.width + OUTER_GAP) * (size.height + OUTER_GAP) >= (size.minTileSide + OUTER_GAP) ** 2 * slack);
}
