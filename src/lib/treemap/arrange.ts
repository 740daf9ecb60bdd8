import { hierarchy, treemap, treemapBinary, treemapSquarify } from 'd3-hierarchy';
import type { ChartSize } from './layout';
import type { TreemapNode } from './types';

/**
 * Squarified treemaps put the smallest items last, in whatever thin strip is left over, so a
 * small tile can end up too thin to tap even when its area would allow a square. This finds an
 * order of the siblings (and a tiling) that keeps every tile at least size.minTileSide thick,
 * starting from largest-first and moving the smallest items; deterministic, so builds repeat.
 */

export type TilingName = 'squarify' | 'square' | 'wide' | 'binary';

export const TILINGS: Record<TilingName, typeof treemapBinary> = {
  squarify: treemapSquarify,
  square: treemapSquarify.ratio(1),
  wide: treemapSquarify.ratio(2),
  binary: treemapBinary,
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

interface Score {
  shortfall: number;
  thinnest: number;
}

interface Datum {
  node?: TreemapNode;
  children?: Datum[];
}

function score(order: readonly TreemapNode[], tiling: TilingName, size: ChartSize): Score {
  const root = hierarchy<Datum>({ children: order.map((node) => ({ node })) }).sum((d) => d.node?.amount ?? 0);
  const laidOut = treemap<Datum>().tile(TILINGS[tiling]).size([size.width, size.height]).paddingInner(OUTER_GAP)(root);
  let shortfall = 0;
  let thinnest = Infinity;
  for (const tile of laidOut.children ?? []) {
    const side = Math.min(tile.x1 - tile.x0, tile.y1 - tile.y0);
    thinnest = Math.min(thinnest, side);
    shortfall += Math.max(0, size.minTileSide - side);
  }
  return { shortfall, thinnest };
}

const better = (a: Score, b: Score) => a.shortfall < b.shortfall - 1e-6 || (Math.abs(a.shortfall - b.shortfall) <= 1e-6 && a.thinnest > b.thinnest + 1e-6);

const cache = new Map<string, Arrangement>();

/** The arrangement of siblings (given largest first) for one drawing size. */
export function arrange(largestFirst: readonly TreemapNode[], size: ChartSize): Arrangement {
  const key = `${size.name}|${largestFirst.map((node) => `${node.id}:${node.amount}`).join(',')}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const tilings = Object.keys(TILINGS) as TilingName[];
  let best = { order: [...largestFirst], tiling: 'squarify' as TilingName, score: score(largestFirst, 'squarify', size) };
  for (const tiling of tilings) {
    const candidate = score(largestFirst, tiling, size);
    if (better(candidate, best.score)) best = { order: [...largestFirst], tiling, score: candidate };
  }
  const movable = new Set(largestFirst.slice(-MOVABLE));
  for (let round = 0; round < MAX_ROUNDS && best.score.shortfall > 0; round++) {
    const start = best;
    for (const item of start.order.filter((node) => movable.has(node))) {
      const without = start.order.filter((node) => node !== item);
      for (let position = 0; position <= without.length; position++) {
        const order = [...without.slice(0, position), item, ...without.slice(position)];
        for (const tiling of tilings) {
          const candidate = score(order, tiling, size);
          if (better(candidate, best.score)) best = { order, tiling, score: candidate };
        }
      }
    }
    if (best === start) break;
  }
  const arrangement = { order: best.order, tiling: best.tiling, thinnest: best.score.thinnest };
  cache.set(key, arrangement);
  return arrangement;
}
