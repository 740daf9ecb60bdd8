import { hierarchy, treemap, treemapSquarify, treemapBinary } from 'd3-hierarchy';
const tiles: Record<string, any> = { sq1: treemapSquarify.ratio(1), sq: treemapSquarify, sq2: treemapSquarify.ratio(2), sq3: treemapSquarify.ratio(3), binary: treemapBinary };
function perms<T>(a: T[]): T[][] { if (a.length <= 1) return [a]; return a.flatMap((x, i) => perms([...a.slice(0, i), ...a.slice(i + 1)]).map((p) => [x, ...p])); }
function best(values: number[], w: number, h: number) {
  let bestMin = 0, bestDesc = '';
  for (const [name, tile] of Object.entries(tiles)) for (const p of perms(values)) {
    const root = hierarchy<any>({ children: p.map((v) => ({ v })) }).sum((d) => d.v ?? 0);
    treemap<any>().tile(tile).size([w, h]).paddingInner(3)(root);
    const m = Math.min(...root.children!.map((c: any) => Math.min(c.x1 - c.x0, c.y1 - c.y0)));
    if (m > bestMin) { bestMin = m; bestDesc = `${name} ${p.join(',')}`; }
  }
  return `${bestMin.toFixed(0)} ${bestDesc}`;
}
for (const [label, values] of Object.entries({
  rootf: [9787.13, 7119.61, 3182.72, 3029.30, 355.47],
  rootfNoGroup: [9787.13, 7119.61, 3182.72, 3029.30, 275.47, 80],
  rootu7: [11966.66, 6577.25, 1778.96, 738.69, 705.20, 506.62, 465.45],
})) for (const [w, h] of [[840, 540], [360, 560]]) console.log(label, w, best(values, w, h));
