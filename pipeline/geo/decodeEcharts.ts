/**
 * Decodes ECharts' compressed map format ("UTF8Encoding": true) into plain GeoJSON.
 *
 * ECharts stores each ring as a string: every coordinate pair is two characters whose char code
 * minus 64 is a zigzag-encoded delta from the previous point; the first point's deltas start from
 * the ring's `encodeOffsets`. Integers are then divided by the encode scale (1024 by default).
 * This mirrors `decodeRing` in ECharts' `parseGeoJson`.
 */

export type Position = [number, number];

export interface EncodedFeature {
  type: 'Feature';
  id?: string;
  properties: { name: string; cp?: Position; [key: string]: unknown };
  geometry:
    | { type: 'Polygon'; coordinates: string[]; encodeOffsets: Position[] }
    | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: Position[][] };
}

export interface EncodedMap {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EncodedFeature[];
}

export interface PlainFeature {
  type: 'Feature';
  id: string;
  properties: { name: string; adcode: string; label_point: Position | null };
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

export interface PlainMap {
  type: 'FeatureCollection';
  features: PlainFeature[];
}

const DEFAULT_SCALE = 1024;

function zigzagDecode(value: number): number {
  return (value >> 1) ^ -(value & 1);
}

/** Decodes one encoded ring; the result is rounded to 6 decimals (about 0.1 m), far below the source's resolution. */
export function decodeRing(encoded: string, offset: Position, scale = DEFAULT_SCALE): Position[] {
  if (encoded.length % 2 !== 0) throw new Error(`an encoded ring must have an even length, got ${encoded.length}`);
  const ring: Position[] = [];
  let previousX = offset[0];
  let previousY = offset[1];
  for (let index = 0; index < encoded.length; index += 2) {
    const x = zigzagDecode(encoded.charCodeAt(index) - 64) + previousX;
    const y = zigzagDecode(encoded.charCodeAt(index + 1) - 64) + previousY;
    previousX = x;
    previousY = y;
    ring.push([round6(x / scale), round6(y / scale)]);
  }
  return ring;
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Twice the signed planar area (x = longitude, y = latitude): positive when counter-clockwise. */
export function signedArea2(ring: Position[]): number {
  let sum = 0;
  for (let index = 0; index < ring.length; index += 1) {
    const [x1, y1] = ring[index]!;
    const [x2, y2] = ring[(index + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/**
 * Closes the ring and orients it as RFC 7946 asks: exterior rings counter-clockwise,
 * holes clockwise. (ECharts does not care about winding; d3-geo and other tools do.)
 */
function normaliseRing(ring: Position[], exterior: boolean): Position[] {
  const closed = [...ring];
  const first = closed[0]!;
  const last = closed[closed.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) closed.push([first[0], first[1]]);
  const counterClockwise = signedArea2(closed) > 0;
  return counterClockwise === exterior ? closed : closed.reverse();
}

function decodePolygon(rings: string[], offsets: Position[], scale: number): Position[][] {
  if (rings.length !== offsets.length) throw new Error('each ring needs one encode offset');
  return rings.map((ring, index) => normaliseRing(decodeRing(ring, offsets[index]!, scale), index === 0));
}

/** Decodes a whole ECharts map; plain (unencoded) maps are rejected so nothing is decoded twice. */
export function decodeEchartsMap(map: EncodedMap): PlainMap {
  if (!map.UTF8Encoding) throw new Error('this map is not UTF8-encoded; nothing to decode');
  const scale = map.UTF8Scale ?? DEFAULT_SCALE;
  return {
    type: 'FeatureCollection',
    features: map.features.map((feature) => {
      const id = feature.id;
      if (!id) throw new Error(`feature "${feature.properties.name}" has no id (administrative code)`);
      const properties = { name: feature.properties.name, adcode: id, label_point: feature.properties.cp ?? null };
      const geometry = feature.geometry;
      if (geometry.type === 'Polygon') {
        return {
          type: 'Feature',
          id,
          properties,
          geometry: { type: 'Polygon', coordinates: decodePolygon(geometry.coordinates, geometry.encodeOffsets, scale) },
        };
      }
      return {
        type: 'Feature',
        id,
        properties,
        geometry: {
          type: 'MultiPolygon',
          coordinates: geometry.coordinates.map((polygon, index) => decodePolygon(polygon, geometry.encodeOffsets[index]!, scale)),
        },
      };
    }),
  };
}

/**
 * Pulls the map object out of the package's UMD wrapper: `echarts.registerMap('晋城', {...})`.
 * The object is JSON, so it is parsed, never evaluated.
 */
export function extractRegisteredMap(source: string): { name: string; map: EncodedMap } {
  const match = /registerMap\(\s*'([^']+)'\s*,\s*/.exec(source);
  if (!match) throw new Error('no echarts.registerMap(...) call found');
  const start = match.index + match[0].length;
  let depth = 0;
  let inString = false;
  for (let index = start; index < source.length; index += 1) {
    const char = source[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{') depth += 1;
    else if (char === '}') {
      depth -= 1;
      if (depth === 0) return { name: match[1]!, map: JSON.parse(source.slice(start, index + 1)) as EncodedMap };
    }
  }
  throw new Error('unterminated map object after registerMap');
}
