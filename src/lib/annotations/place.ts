/**
 * Places chart annotations: a short label joined to the mark it explains by a leader line.
 * Pure geometry in the chart's own coordinates (its viewBox). A chart drawn into a viewBox only
 * scales as a whole, so labels that do not overlap here do not overlap at any width; each
 * prerendered size of a chart gets its own placement.
 */
import { textWidth } from '../text/measure';

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
  /** Farthest a label may sit from its anchor (a longer leader would point across the chart); none by default. */
  maxLeader?: number;
  /** What to do when a label finds no free place: fail (the default) or leave it out. */
  whenNoRoom?: 'throw' | 'skip';
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function nearestPoint(box: Box, point: Point): Point {
  return {
    x: Math.min(Math.max(point.x, box.x), box.x + box.width),
    y: Math.min(Math.max(point.y, box.y), box.y + box.height),
  };
}

/** A cell of a grid sized by freeTest itself, so a missing one is a bug there. */
function gridValue(grid: Int32Array | Uint8Array, index: number): number {
  const value = grid[index];
  if (value === undefined) throw new Error(`annotation placement: grid index ${index} is outside the grid (${grid.length})`);
  return value;
}

/**
 * A fast, conservative test of whether a box is clear of all obstacles: the obstacles are marked on
 * a grid of cells (every cell they touch), and a box is free when none of the cells it touches is
 * marked, which a table of running sums answers in constant time.
 */
function freeTest(obstacles: Box[], width: number, height: number, cell: number): (box: Box) => boolean {
  const columns = Math.ceil(width / cell) + 1;
  const rows = Math.ceil(height / cell) + 1;
  const sums = new Int32Array((columns + 1) * (rows + 1));
  const index = (column: number, row: number) => row * (columns + 1) + column;
  const clampColumn = (value: number) => Math.min(columns - 1, Math.max(0, value));
  const clampRow = (value: number) => Math.min(rows - 1, Math.max(0, value));
  const span = (box: Box) =>
    [
      clampColumn(Math.floor(box.x / cell)),
      clampColumn(Math.ceil((box.x + box.width) / cell) - 1),
      clampRow(Math.floor(box.y / cell)),
      clampRow(Math.ceil((box.y + box.height) / cell) - 1),
    ] as const;
  const marked = new Uint8Array(columns * rows);
  const sum = (column: number, row: number) => gridValue(sums, index(column, row));
  for (const obstacle of obstacles) {
    if (obstacle.x >= width || obstacle.y >= height || obstacle.x + obstacle.width <= 0 || obstacle.y + obstacle.height <= 0) continue;
    const [c0, c1, r0, r1] = span(obstacle);
    for (let row = r0; row <= r1; row += 1) for (let column = c0; column <= c1; column += 1) marked[row * columns + column] = 1;
  }
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      sums[index(column + 1, row + 1)] =
        gridValue(marked, row * columns + column) + sum(column, row + 1) + sum(column + 1, row) - sum(column, row);
    }
  }
  return (box) => {
    const [c0, c1, r0, r1] = span(box);
    return sum(c1 + 1, r1 + 1) - sum(c0, r1 + 1) - sum(c1 + 1, r0) + sum(c0, r0) === 0;
  };
}

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
    // Every box position on a grid over the chart, nearest to the anchor first (then right of it,
    // then below): the first that is free wins, so the leader is as short as it can be.
    const step = Math.max(4, Math.round(input.fontSize * 0.75));
    const isFree = freeTest(blocked, width, height, step);
    const candidates: { box: Box; distance: number; side: number }[] = [];
    for (let y = 0; y + boxHeight <= height; y += step) {
      for (let x = 0; x + boxWidth <= width; x += step) {
        const box = { x, y, width: boxWidth, height: boxHeight };
        const near = nearestPoint(box, input.anchor);
        const distance = Math.hypot(near.x - input.anchor.x, near.y - input.anchor.y);
        // A box on the anchor would hide the mark it explains.
        if (distance < step || distance > (options.maxLeader ?? Infinity) || !isFree(box)) continue;
        candidates.push({ box, distance, side: (x < input.anchor.x ? 1 : 0) + (y < input.anchor.y ? 0.5 : 0) });
      }
    }
    candidates.sort((a, b) => a.distance - b.distance || a.side - b.side || a.box.y - b.box.y || a.box.x - b.box.x);
    const found = candidates.find((candidate) => !blocked.some((other) => overlaps(candidate.box, other)))?.box;
    if (!found && options.whenNoRoom === 'skip') continue;
    if (!found) throw new Error(`annotation "${input.id}" finds no free place in a ${width}×${height} chart`);
    const end = nearestPoint(found, input.anchor);
    const leader =
      Math.hypot(end.x - input.anchor.x, end.y - input.anchor.y) < 1
        ? null
        : { x1: round(input.anchor.x), y1: round(input.anchor.y), x2: round(end.x), y2: round(end.y) };
    placed.push({
      id: input.id,
      box: found,
      fontSize: input.fontSize,
      lines: input.lines.map((text, index) => ({
        text,
        x: round(found.x + padding),
        y: round(found.y + padding + index * lineHeight + input.fontSize * 0.88),
      })),
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
