import { treemapBinary, treemapSquarify } from 'd3-hierarchy';
import type { ChartSize } from './layout';
import type { TreemapNode } from './types';
import { at, defined, lookup } from '../checked';

/**
 * Squarified treemaps put the smallest items last, in whatever thin strip is left over, so a
 * small tile can end up too thin to tap even when its area would allow a square. This finds an
 * order of the siblings (and a tiling) that keeps every tile at least size.minTileSide thick,
 * starting from largest-first and moving the smallest items; deterministic, so builds repeat.
 */

export type TilingName = 'squarify' | 'square' | 'wide' | 'binary';

/** A tiling function: places the parent's children in the rectangle, writing their boxes. */
export type Tiling = (parent: Box, x0: number, y0: number, x1: number, y1: number) => void;

// d3's tilings only read and write the fields of Box.
const d3Tiling =
  (tile: typeof treemapBinary): Tiling =>
  (parent, x0, y0, x1, y1) =>
    tile(parent as unknown as Parameters<typeof treemapBinary>[0], x0, y0, x1, y1);

export const TILINGS: Record<TilingName, Tiling> = {
  squarify: d3Tiling(treemapSquarify),
  square: d3Tiling(treemapSquarify.ratio(1)),
  wide: d3Tiling(treemapSquarify.ratio(2)),
  binary: d3Tiling(treemapBinary),
};

export interface Arrangement {
  /** Children in layout order. */
  order: TreemapNode[];
  tiling: TilingName;
  /** Thinnest side of any tile. */
  thinnest: number;
}

/** Gap between the zoomed node's children. */
export const OUTER_GAP = 3;
/** How many of the smallest siblings the search may move. */
const MOVABLE = 6;
const MAX_ROUNDS = 4;
/**
 * How many insertion points, counted from the end, the search tries on a big level. Trying all of
 * them makes the search quadratic in the number of siblings (minutes for a city-sized budget); the
 * thin strips it repairs form at the end of the layout, and no level of the real data is this big,
 * so its arrangements are those of a full search.
 */
const SEARCH_POSITIONS = 40;

interface Score {
  shortfall: number;
  thinnest: number;
}

/** What d3's tiling functions read and write: a parent's value and its children's values and boxes. */
export interface Box {
  value: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  children?: Box[];
}

/**
 * The thinnest side and shortfall of the tiles for this order and tiling. The search below scores
 * thousands of candidates, so this calls the tiling directly instead of building a d3 hierarchy,
 * with exactly the arithmetic of d3's treemap().paddingInner(OUTER_GAP) on a one-level tree: the
 * root's value sums its children last to first, the children tile the chart grown by half a gap on
 * every side, and each child then shrinks by half a gap on every side (collapsing if too thin).
 * layoutLayer() draws the same tiles, bit for bit.
 */
/**
 * Reused between calls, one list of boxes for each number of tiles: the search scores thousands
 * of orders, and grouping and layout tens of thousands of levels, which would otherwise mostly
 * make garbage. Scratch space only: nothing is remembered from one call to the next.
 */
const boxLists: Box[][] = [];
const parent: Box = { value: 0, x0: 0, y0: 0, x1: 0, y1: 0, children: [] };

function score(order: readonly TreemapNode[], tiling: TilingName, size: ChartSize): Score {
  let children = boxLists[order.length];
  if (!children) {
    children = Array.from({ length: order.length }, () => ({ value: 0, x0: 0, y0: 0, x1: 0, y1: 0 }));
    boxLists[order.length] = children;
  }
  order.forEach((node, index) => (at(children, index, 'treemap arrangement: the box of a tile').value = +node.amount || 0));
  let value = 0;
  for (let index = children.length - 1; index >= 0; index--) value += at(children, index, 'treemap arrangement: the box of a tile').value;
  const half = OUTER_GAP / 2;
  parent.value = value;
  parent.children = children;
  TILINGS[tiling](parent, 0 - half, 0 - half, size.width + half, size.height + half);
  let shortfall = 0;
  let thinnest = Infinity;
  for (const tile of children) {
    const side = Math.min(shrunkSide(tile.x0, tile.x1, half), shrunkSide(tile.y0, tile.y1, half));
    thinnest = Math.min(thinnest, side);
    shortfall += Math.max(0, size.minTileSide - side);
  }
  return { shortfall, thinnest };
}

/** A side after d3 takes the padding off both ends: zero when the padding is wider than the side. */
function shrunkSide(start: number, end: number, padding: number): number {
  const from = start + padding;
  const to = end - padding;
  return to < from ? 0 : to - from;
}

const better = (a: Score, b: Score) =>
  a.shortfall < b.shortfall - 1e-6 || (Math.abs(a.shortfall - b.shortfall) <= 1e-6 && a.thinnest > b.thinnest + 1e-6);

const TILING_NAMES = Object.keys(TILINGS) as TilingName[];

/** The best of the tilings for the siblings in largest-first order, without moving any. */
function plainBest(largestFirst: readonly TreemapNode[], size: ChartSize): { order: TreemapNode[]; tiling: TilingName; score: Score } {
  const order = [...largestFirst];
  let best: { order: TreemapNode[]; tiling: TilingName; score: Score } | null = null;
  for (const tiling of TILING_NAMES) {
    const candidate = score(order, tiling, size);
    if (!best || better(candidate, best.score)) best = { order, tiling, score: candidate };
  }
  return defined(best, 'treemap arrangement: the best tiling');
}

/** Whether one of the tilings, without moving any sibling, keeps every tile at least size.minTileSide thick. */
export function plainTilingFits(largestFirst: readonly TreemapNode[], size: ChartSize): boolean {
  return TILING_NAMES.some((tiling) => score(largestFirst, tiling, size).shortfall === 0);
}

const cache = new Map<string, Omit<Arrangement, 'order'> & { order: number[] }>();

/** Empties the cache, so a benchmark that repeats the work times the search every time. */
export function forgetArrangements(): void {
  cache.clear();
}

/** The arrangement of siblings (given largest first) for one drawing size. */
export function arrange(largestFirst: readonly TreemapNode[], size: ChartSize): Arrangement {
  const plain = plainBest(largestFirst, size);
  // Most levels need no search: then a few layouts cost less than making the cache key.
  if (plain.score.shortfall === 0) return { order: plain.order, tiling: plain.tiling, thinnest: plain.score.thinnest };
  const key = `${size.name}|${largestFirst.map((node) => `${node.id}:${node.amount}`).join(',')}`;
  const cached = cache.get(key);
  // The cache holds positions, not nodes: equal ids and amounts can belong to another tree (the
  // tree before grouping), whose children are not the ones to draw.
  if (cached)
    return { ...cached, order: cached.order.map((index) => at(largestFirst, index, 'treemap arrangement: a tile at a cached position')) };

  let best = plain;
  const movable = new Set(largestFirst.slice(-MOVABLE));
  for (let round = 0; round < MAX_ROUNDS && best.score.shortfall > 0; round++) {
    const start = best;
    for (const item of start.order.filter((node) => movable.has(node))) {
      const without = start.order.filter((node) => node !== item);
      const first = Math.max(0, without.length - SEARCH_POSITIONS);
      const order = [...without.slice(0, first), item, ...without.slice(first)];
      for (let position = first; position <= without.length; position++) {
        if (position > first) {
          // Move the item one step later.
          order[position - 1] = at(order, position, 'treemap arrangement: the tile after the one being moved');
          order[position] = item;
        }
        for (const tiling of TILING_NAMES) {
          const candidate = score(order, tiling, size);
          if (better(candidate, best.score)) best = { order: [...order], tiling, score: candidate };
        }
      }
    }
    if (best === start) break;
  }
  const position = new Map(largestFirst.map((node, index) => [node, index]));
  cache.set(key, {
    order: best.order.map((node) => lookup(position, node, 'treemap arrangement: the place of a tile')),
    tiling: best.tiling,
    thinnest: best.score.thinnest,
  });
  return { order: best.order, tiling: best.tiling, thinnest: best.score.thinnest };
}
