/**
 * Places chart annotations: a short label joined to the mark it explains by a leader line.
 * Pure geometry in the chart's own coordinates (its viewBox). A chart drawn into a viewBox only
 * scales as a whole, so labels that do not overlap here do not overlap at any width; each
 * prerendered size of a chart gets its own placement.
 */
export interface Point {
  x: number;
  y: number;
}
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AnnotationInput {
  /** Stable id, e.g. "largest-project". */
  id: string;
  /** The point the leader line touches: the mark the label explains. */
  anchor: Point;
  /** The label, one entry per line. */
  lines: string[];
  fontSize: number;
}

export interface PlacedAnnotation {
  id: string;
  /** The label's box, padding included (draw a background here). */
  box: Box;
  /** Baseline of each line, left-aligned at x. */
  lines: { text: string; x: number; y: number }[];
  fontSize: number;
  /** From the anchor to the nearest point of the box; null when the box sits on the anchor. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface PlacementOptions {
  width: number;
  height: number;
  /** Boxes to keep clear: other labels, axis text, the marks' own labels. */
  obstacles?: Box[];
  /** Space around the label text. */
  padding?: number;
  lineHeight?: number;
  /** What to do when a label finds no free place: fail (the default) or leave it out. */
  whenNoRoom?: 'throw' | 'skip';
}

/**
 * Width of a line of text: full-width characters (CJK, full-width punctuation) one em, digits
 * and Latin 0.6 em. A slight overestimate for system fonts, so a real label fits its box.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(char) ? 1 : 0.6;
  return ems * fontSize;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: Box, width: number, height: number): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

function nearestPoint(box: Box, point: Point): Point {
  return {
    x: Math.min(Math.max(point.x, box.x), box.x + box.width),
    y: Math.min(Math.max(point.y, box.y), box.y + box.height),
  };
}

/** Directions tried in order: right, left, below, above, then the diagonals. */
const DIRECTIONS: [number, number][] = [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [-1, 1], [1, -1], [-1, -1]];

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Places each annotation in turn (earlier ones win): the first box, going out from the anchor in
 * steps, that stays inside the chart and clear of the obstacles and of the labels placed before
 * it. Throws, naming the annotation, when none fits: a chart must never draw labels on top of
 * each other.
 */
export function placeAnnotations(inputs: AnnotationInput[], options: PlacementOptions): PlacedAnnotation[] {
  const { width, height, obstacles = [], padding = 4 } = options;
  const placed: PlacedAnnotation[] = [];
  for (const input of inputs) {
    const lineHeight = options.lineHeight ?? Math.round(input.fontSize * 1.3);
    const boxWidth = Math.ceil(Math.max(...input.lines.map((line) => textWidth(line, input.fontSize))) + 2 * padding);
    const boxHeight = Math.ceil(input.lines.length * lineHeight + 2 * padding);
    const blocked = [...obstacles, ...placed.map((entry) => entry.box)];
    const step = Math.max(8, input.fontSize);
    let found: Box | undefined;
    for (let distance = step; !found && distance <= Math.max(width, height); distance += step) {
      for (const [dx, dy] of DIRECTIONS) {
        const centre = { x: input.anchor.x + dx * (distance + boxWidth / 2), y: input.anchor.y + dy * (distance + boxHeight / 2) };
        const box = { x: round(centre.x - boxWidth / 2), y: round(centre.y - boxHeight / 2), width: boxWidth, height: boxHeight };
        if (inside(box, width, height) && !blocked.some((other) => overlaps(box, other))) {
          found = box;
          break;
        }
      }
    }
    if (!found && options.whenNoRoom === 'skip') continue;
    if (!found) throw new Error(`annotation "${input.id}" finds no free place in a ${width}×${height} chart`);
    const end = nearestPoint(found, input.anchor);
    const leader = Math.hypot(end.x - input.anchor.x, end.y - input.anchor.y) < 1 ? null : { x1: round(input.anchor.x), y1: round(input.anchor.y), x2: round(end.x), y2: round(end.y) };
    placed.push({
      id: input.id,
      box: found,
      fontSize: input.fontSize,
      lines: input.lines.map((text, index) => ({ text, x: round(found!.x + padding), y: round(found!.y + padding + index * lineHeight + input.fontSize * 0.88) })),
      leader,
    });
  }
  return placed;
}

/**
 * Where an HTML bar's annotation goes: its leader drops from the bar's end; the label runs to the
 * right of it on a short bar and ends at it on a long one, so it never leaves the chart.
 */
export function barAnnotationPosition(fraction: number): { at: number; align: 'start' | 'end' } {
  if (!(fraction >= 0 && fraction <= 1)) throw new Error(`bar fraction ${fraction} is not between 0 and 1`);
  const at = Math.round(Math.max(fraction, 0.005) * 10000) / 100;
  return { at, align: fraction > 0.5 ? 'end' : 'start' };
}
