import { getBudget } from './src/lib/budget';
import { buildTree } from './src/lib/treemap/buildTrees';
import { hierarchy, treemap, treemapSquarify, treemapBinary, treemapResquarify } from 'd3-hierarchy';
import type { TreemapNode } from './src/lib/treemap/types';
const b = getBudget();
const trees = { f: buildTree(b, 'function'), u: buildTree(b, 'unit') };
type Tile = any;
function worst(node: TreemapNode, w: number, h: number, tile: Tile) {
  const root = hierarchy<any>({ children: node.children.map((c) => ({ v: c.amount })) }).sum((d) => d.v ?? 0).sort((a, b) => b.value! - a.value!);
  treemap<any>().tile(tile).size([w, h]).paddingInner(3)(root);
  return Math.min(...root.children!.map((c: any) => Math.min(c.x1 - c.x0, c.y1 - c.y0)));
}
const tiles: Record<string, Tile> = { squarify: treemapSquarify, sq1: treemapSquarify.ratio(1), sq2: treemapSquarify.ratio(2), binary: treemapBinary };
for (const [name, tile] of Object.entries(tiles)) {
  for (const [w, h] of [[840, 540], [360, 560], [360, 640]]) {
    const rows: string[] = [];
    for (const [tn, t] of Object.entries(trees)) {
      const visit = (n: TreemapNode) => { if (!n.children.length) return; rows.push(`${n.id}:${worst(n, w, h, tile).toFixed(0)}`); n.children.forEach(visit); };
      visit(t);
    }
    console.log(name, w, h, rows.join(' '));
  }
}
