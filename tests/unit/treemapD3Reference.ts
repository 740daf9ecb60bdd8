import { hierarchy, treemap, treemapBinary, treemapSquarify, type HierarchyRectangularNode } from 'd3-hierarchy';
import { arrange, OUTER_GAP, type TilingName } from '../../src/lib/treemap/arrange';
import { compareTiles, headerHeight, type ChartSize, type LayoutTile } from '../../src/lib/treemap/layout';
import type { TreemapNode } from '../../src/lib/treemap/types';

/**
 * The layout of one zoom level as d3's treemap() draws it: the reference that layoutLayer(), which
 * calls the tiling functions directly, must match number for number.
 */
const INNER_GAP = 1;

/** d3's own tilings, used directly, so the reference does not depend on the site's wrappers. */
const D3_TILINGS: Record<TilingName, typeof treemapBinary> = {
  squarify: treemapSquarify,
  square: treemapSquarify.ratio(1),
  wide: treemapSquarify.ratio(2),
  binary: treemapBinary,
};

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

export function d3LayoutLayer(node: TreemapNode, size: ChartSize): LayoutTile[] {
  const header = headerHeight(size);
  const hasHeader = (d: HierarchyRectangularNode<Cut>) =>
    d.depth === 1 && !!d.children && d.y1 - d.y0 >= header * 2.2 && d.x1 - d.x0 >= size.fontSize * 3;
  const arrangement = arrange([...node.children].sort(compareTiles), size);
  const root = hierarchy<Cut>(cutTwoLevels(node, arrangement.order), (d) => d.children).sum((d) => (d.children ? 0 : d.node.amount));
  const topTiling = D3_TILINGS[arrangement.tiling];
  const laidOut = treemap<Cut>()
    .tile((parent, x0, y0, x1, y1) => (parent.depth === 0 ? topTiling : treemapSquarify)(parent, x0, y0, x1, y1))
    .size([size.width, size.height])
    .round(false)
    .paddingInner((d) => (d.depth === 0 ? OUTER_GAP : INNER_GAP))
    .paddingTop((d) => (hasHeader(d) ? header : d.depth === 1 ? INNER_GAP : 0))
    .paddingRight((d) => (d.depth === 1 ? INNER_GAP : 0))
    .paddingBottom((d) => (d.depth === 1 ? INNER_GAP : 0))
    .paddingLeft((d) => (d.depth === 1 ? INNER_GAP : 0))(root);
  return (laidOut.children ?? [])
    .map((d) => toTile(d, hasHeader(d) ? header : 0))
    .sort((a, b) => Math.round(a.y) - Math.round(b.y) || a.x - b.x);
}
