import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { FEN_PER_WAN } from '../money';
import { defined } from '../checked';

type Position = [number, number];
type Geometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface AreaFeature {
  type: 'Feature';
  id: string;
  properties: { name: string; adcode: string; label_point: Position | null };
  geometry: Geometry;
}
export interface AreaCollection {
  type: 'FeatureCollection';
  features: AreaFeature[];
}

export interface MapArea {
  /** Branch id (units.csv) the area belongs to. */
  branchId: string;
  name: string;
  /** SVG path data in the map's pixel space. */
  path: string;
  label: { x: number; y: number };
  /** Area in square pixels: small areas get first pick of where their label goes. */
  size: number;
}

export interface MapLayout {
  width: number;
  height: number;
  areas: MapArea[];
  /**
   * Every border drawn once. Edges an area shares with itself are left out: the source splits
   * 泽州县 (which surrounds 城区) into two polygons, and their seam is not a real border.
   */
  borders: string;
}

function ringsOf(geometry: Geometry): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function edgeKey(a: Position, b: Position): string {
  const first = `${a[0]},${a[1]}`;
  const second = `${b[0]},${b[1]}`;
  return first < second ? `${first}|${second}` : `${second}|${first}`;
}

/** Each edge of a ring: a point and the one after it. */
function edgesOf(ring: readonly Position[]): [Position, Position][] {
  const edges: [Position, Position][] = [];
  let from: Position | undefined;
  for (const to of ring) {
    if (from) edges.push([from, to]);
    from = to;
  }
  return edges;
}

/** Border edges as polylines in geographic coordinates: shared borders once, internal seams never. */
export function borderLines(features: { geometry: Geometry }[]): Position[][] {
  const seams = new Set<string>();
  for (const feature of features) {
    const seen = new Set<string>();
    for (const ring of ringsOf(feature.geometry)) {
      for (const [from, to] of edgesOf(ring)) {
        const key = edgeKey(from, to);
        if (seen.has(key)) seams.add(key);
        seen.add(key);
      }
    }
  }
  const drawn = new Set<string>();
  const lines: Position[][] = [];
  for (const feature of features) {
    for (const ring of ringsOf(feature.geometry)) {
      let line: Position[] = [];
      for (const [from, to] of edgesOf(ring)) {
        const key = edgeKey(from, to);
        if (seams.has(key) || drawn.has(key)) {
          if (line.length > 1) lines.push(line);
          line = [];
          continue;
        }
        drawn.add(key);
        if (line.length === 0) line.push(from);
        line.push(to);
      }
      if (line.length > 1) lines.push(line);
    }
  }
  return lines;
}

/**
 * d3-geo reads polygons on the sphere, where an exterior ring must run clockwise; RFC 7946
 * GeoJSON (what we commit) runs counter-clockwise. Reversing every ring converts one into the other.
 */
export function rewindForD3(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => [...ring].reverse()) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => [...ring].reverse())) };
}

/**
 * Projects the county-level areas to fill `width`, with the height that keeps their shape.
 * `areaToBranch` maps an area's name (as in the GeoJSON, e.g. 泽州县) to the branch id; every
 * area must be matched.
 */
export function layoutMap(collection: AreaCollection, areaToBranch: Map<string, string>, width: number, padding = 8): MapLayout {
  const features = collection.features.map((feature) => ({ ...feature, geometry: rewindForD3(feature.geometry) }));
  const fitted = { type: 'FeatureCollection', features } as unknown as Parameters<ReturnType<typeof geoMercator>['fitWidth']>[1];
  const projection = geoMercator().fitWidth(width - 2 * padding, fitted);
  const [[left, top], [, bottom]] = geoPath(projection).bounds(fitted);
  const [translateX, translateY] = projection.translate();
  projection.translate([translateX + padding - left, translateY + padding - top]);
  const height = Math.ceil(bottom - top + 2 * padding);
  const path = geoPath(projection);
  const areas = features.map((feature) => {
    const branchId = areaToBranch.get(feature.properties.name);
    if (!branchId) throw new Error(`map area "${feature.properties.name}" matches no branch`);
    const d = path(feature as unknown as GeoPermissibleObjects);
    if (!d) throw new Error(`map area "${feature.properties.name}" has no path`);
    const anchor = feature.properties.label_point
      ? projection(feature.properties.label_point)
      : path.centroid(feature as unknown as GeoPermissibleObjects);
    if (!anchor) throw new Error(`map area "${feature.properties.name}" has no label position`);
    const size = Math.round(path.area(feature as unknown as GeoPermissibleObjects));
    return { branchId, name: feature.properties.name, path: compactPath(d), label: { x: round1(anchor[0]), y: round1(anchor[1]) }, size };
  });
  const borders = compactPath(
    borderLines(collection.features)
      .map((line) =>
        line
          .map((point, index) => {
            const projected = projection(point);
            if (!projected) throw new Error('a border point cannot be projected');
            return `${index === 0 ? 'M' : 'L'}${projected[0]},${projected[1]}`;
          })
          .join(''),
      )
      .join(''),
  );
  const missing = [...areaToBranch.values()].filter((id) => !areas.some((area) => area.branchId === id));
  if (missing.length) throw new Error(`no map area for branch(es) ${missing.join(', ')}`);
  return { width, height, areas, borders };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * A locator map needs no sub-pixel detail: points are rounded to whole pixels, repeats dropped,
 * and every line written as a step from the last point ("l3,-1"), which keeps the map a quarter
 * of its full-precision size in the page. Takes absolute M/L/Z path data (what d3-geo writes).
 */
export function compactPath(d: string): string {
  let previous: [number, number] | null = null;
  let out = '';
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      continue;
    }
    const [x, y] = defined(args, 'map outline: the coordinates after a move or line command')
      .split(',')
      .map((value) => Math.round(Number(value))) as [number, number];
    if (command === 'M' || !previous) out += `M${x},${y}`;
    else if (x !== previous[0] || y !== previous[1]) out += `l${x - previous[0]},${y - previous[1]}`;
    else continue;
    previous = [x, y];
  }
  return out;
}

export interface AmountBin {
  /** 1 = least money; the area is filled with --amount-<step>. */
  step: number;
  /** Lower bound (inclusive, except the first bin, which starts at 0 inclusive) and upper bound, in fen. */
  from: number;
  to: number;
}

/** 1, 2, 2.5, 5 × 10ⁿ: the bin widths a reader can add up in her head. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= raw) ?? 10) * power;
}

/**
 * A sequential scale for the county map: `steps` equal bins from 0 to a round number at or above
 * the largest amount, so the legend reads “0–400万元, 400–800万元…”. `unit` is the rounding unit
 * in fen (1 万元 by default). An amount on a boundary goes to the upper bin.
 */
export function amountBins(amounts: number[], steps = 5, unit = FEN_PER_WAN): { bins: AmountBin[]; stepOf: (amount: number) => number } {
  if (amounts.length === 0 || amounts.some((amount) => !(amount >= 0))) throw new Error('amountBins: amounts must be zero or more');
  const largest = Math.max(...amounts, unit);
  const width = niceStep(largest / steps / unit) * unit;
  const bins = Array.from({ length: steps }, (_, index) => ({ step: index + 1, from: index * width, to: (index + 1) * width }));
  const stepOf = (amount: number) => Math.min(steps, Math.floor(amount / width) + 1);
  return { bins: bins.filter((bin) => bin.from <= largest), stepOf };
}

/** Font sizes of the map's labels (name, then amount), in the map's pixels. */
export const MAP_LABEL = { nameSize: 26, amountSize: 20, lineGap: 2 } as const;

export interface LabelBox {
  id: string;
  /** Centre of the two-line label. */
  x: number;
  y: number;
  width: number;
  height: number;
}

const clash = (a: LabelBox, b: LabelBox) => Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;

/**
 * Moves labels apart: the labels of small areas keep their place (they have nowhere else to go),
 * a larger area's label moves down or up in half-label steps, within `height`, until it clashes
 * with no label placed before it.
 */
export function separateLabels(labels: LabelBox[], sizes: Map<string, number>, height: number): LabelBox[] {
  const order = [...labels].sort((a, b) => (sizes.get(a.id) ?? 0) - (sizes.get(b.id) ?? 0));
  const placed: LabelBox[] = [];
  for (const label of order) {
    const offsets = [
      0,
      ...Array.from({ length: 16 }, (_, index) => (index % 2 === 0 ? 1 : -1) * Math.ceil((index + 1) / 2) * (label.height / 2)),
    ];
    const moved = offsets
      .map((offset) => ({ ...label, y: label.y + offset }))
      .filter((candidate) => candidate.y - candidate.height / 2 >= 0 && candidate.y + candidate.height / 2 <= height)
      .find((candidate) => !placed.some((other) => clash(candidate, other)));
    if (!moved) throw new Error(`map label "${label.id}" clashes with another wherever it goes`);
    placed.push(moved);
  }
  return labels.map((label) =>
    defined(
      placed.find((entry) => entry.id === label.id),
      `map labels: the placed label "${label.id}"`,
    ),
  );
}
