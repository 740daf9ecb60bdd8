import { fitLine } from '../treemap/labels';
import { textWidth } from '../text/measure';

/**
 * Layout of horizontal stacked bars with every segment labelled, computed at build time in the
 * SVG's own units. A label goes on its segment when it fits there (one line, or name and value on
 * two lines); otherwise below the bar, joined to its segment by a vertical leader line, in the
 * first row where it overlaps no other label and crosses no other leader. The SVG scales with its
 * container, so a layout without overlap at its drawn width has none at any width.
 */
export interface BarSegment {
  name: string;
  /** Shown after the name, e.g. “83.6%”. */
  valueText: string;
  amount: number;
  /** Fill, e.g. var(--mark-key), and a text colour readable on it. */
  color: string;
  textColor: string;
}

export interface BarRow {
  /** Written above the bar, e.g. “钱从哪来”. */
  label: string;
  segments: BarSegment[];
  /** A note on one segment (its index), always set below the bar with a leader line. */
  annotation?: { segment: number; text: string };
}

export interface PlacedText {
  lines: string[];
  /** Left edge of the text box and the baseline of its first line. */
  x: number;
  y: number;
  width: number;
  /** Top and bottom of the text box. */
  top: number;
  bottom: number;
  anchor: 'start' | 'middle' | 'end';
  /** Distance between the baselines of its lines. */
  lineHeight: number;
  fill: string;
  bold: boolean;
  /** The leader line from the segment to the text, when the text is outside. */
  leader: { x: number; y1: number; y2: number } | null;
}

export interface LaidOutSegment extends BarSegment {
  x: number;
  width: number;
}

export interface LaidOutRow {
  label: string;
  labelY: number;
  barTop: number;
  barBottom: number;
  segments: LaidOutSegment[];
  texts: PlacedText[];
}

export interface BarLayout {
  width: number;
  height: number;
  fontSize: number;
  rows: LaidOutRow[];
}

export interface BarLayoutOptions {
  width: number;
  /** The amount a full-width bar stands for; defaults to the largest row total. */
  scaleMax?: number;
  fontSize?: number;
  barHeight?: number;
}

const LINE = 16;
const PAD = 4;
const GAP = 6;

interface Box {
  left: number;
  right: number;
  /** First and last text row the box takes. */
  row: number;
  lastRow: number;
  leaderX: number;
  /** Which side of the box the text is anchored to, so that it hugs its leader. */
  align: 'start' | 'middle' | 'end';
}

/**
 * Where an outside label can go: the first row where it overlaps no label, its leader crosses no
 * label, and it covers no other label's leader (those placed, and, if it can, those still to come).
 */
function placeOutside(boxes: Box[], pending: number[], width: number, textW: number, lines: number, mid: number): Box {
  const w = Math.min(textW, width);
  const clamp = (left: number) => Math.max(0, Math.min(width - w, left));
  // The width estimate errs wide, so the text is anchored on the side of its leader.
  const anchored = (left: number, align: Box['align']) => ({
    left: clamp(left),
    align: left <= 0 ? ('start' as const) : left >= width - w ? ('end' as const) : align,
  });
  const candidates = [anchored(mid - w / 2, 'middle'), anchored(mid - w + PAD, 'end'), anchored(mid - PAD, 'start')];
  const covers = (box: { left: number; right: number }, x: number) => x >= box.left - 2 && x <= box.right + 2;
  for (const strict of [true, false]) {
    for (let row = 0; row < 20; row++) {
      for (const { left, align } of candidates) {
        const box = { left, right: left + w, row, lastRow: row + lines - 1, leaderX: mid, align };
        const clashes =
          boxes.some((other) => {
            const sameRows = box.row <= other.lastRow && other.row <= box.lastRow;
            if (sameRows) return box.left < other.right + GAP && other.left < box.right + GAP;
            // A leader runs from the bar down to its own first row, crossing every row above it.
            if (other.lastRow < box.row) return covers(other, mid);
            return covers(box, other.leaderX);
          }) ||
          (strict && pending.some((x) => Math.abs(x - mid) > 0.5 && covers(box, x)));
        if (!clashes) return box;
      }
    }
  }
  throw new Error('bar labels: no room for an outside label in 20 rows');
}

export function layoutBars(rows: BarRow[], options: BarLayoutOptions): BarLayout {
  const { width } = options;
  const fontSize = options.fontSize ?? 13;
  const barHeight = options.barHeight ?? 36;
  const max = options.scaleMax ?? Math.max(...rows.map((row) => row.segments.reduce((sum, segment) => sum + segment.amount, 0)));
  if (!(max > 0)) throw new Error('bar layout: nothing to draw');
  const fit = (text: string) => fitLine(text, width, fontSize) ?? '';

  let y = 0;
  const laidOut = rows.map((row): LaidOutRow => {
    const labelY = y + fontSize + 2;
    const barTop = row.label ? y + LINE + 8 : y;
    const barBottom = barTop + barHeight;
    let x = 0;
    const segments = row.segments.map((segment) => {
      const segmentWidth = (segment.amount / max) * width;
      const placed = { ...segment, x, width: segmentWidth };
      x += segmentWidth;
      return placed;
    });
    const texts: PlacedText[] = [];
    const outside: { lines: string[]; mid: number; bold: boolean }[] = [];
    segments.forEach((segment, index) => {
      const mid = segment.x + segment.width / 2;
      const oneLine = `${segment.name} ${segment.valueText}`.trim();
      const room = segment.width - 2 * PAD;
      if (textWidth(oneLine, fontSize) <= room) {
        const baseline = barTop + barHeight / 2 + fontSize * 0.35;
        texts.push({
          lines: [oneLine],
          x: mid,
          y: baseline,
          width: textWidth(oneLine, fontSize),
          top: baseline - fontSize,
          bottom: baseline + fontSize * 0.3,
          anchor: 'middle',
          lineHeight: LINE,
          fill: segment.textColor,
          bold: false,
          leader: null,
        });
      } else if (
        segment.valueText &&
        2 * LINE <= barHeight &&
        Math.max(textWidth(segment.name, fontSize), textWidth(segment.valueText, fontSize)) <= room
      ) {
        const baseline = barTop + barHeight / 2 - LINE / 2 + fontSize * 0.35;
        texts.push({
          lines: [segment.name, segment.valueText],
          x: mid,
          y: baseline,
          width: Math.max(textWidth(segment.name, fontSize), textWidth(segment.valueText, fontSize)),
          top: baseline - fontSize,
          bottom: baseline + LINE + fontSize * 0.3,
          anchor: 'middle',
          lineHeight: LINE,
          fill: segment.textColor,
          bold: false,
          leader: null,
        });
      } else if (oneLine) {
        outside.push({ lines: [fit(oneLine)], mid: Math.min(Math.max(mid, 1), width - 1), bold: false });
      }
      if (row.annotation?.segment === index) {
        // A note on a segment labelled outside shares its box (a second line) and its leader.
        const own = outside.find((item) => item.mid === Math.min(Math.max(mid, 1), width - 1));
        if (own) own.lines.push(fit(row.annotation.text));
        else outside.push({ lines: [fit(row.annotation.text)], mid: Math.min(Math.max(mid, 1), width - 1), bold: true });
      }
    });
    const boxes: Box[] = [];
    const rowTop = (line: number) => barBottom + 10 + line * (LINE + 4);
    const pending = outside.map((item) => item.mid);
    for (const label of outside) {
      const textW = Math.max(...label.lines.map((line) => textWidth(line, fontSize)));
      const box = placeOutside(boxes, pending, width, textW, label.lines.length, label.mid);
      boxes.push(box);
      const top = rowTop(box.row);
      texts.push({
        lines: label.lines,
        x: box.align === 'start' ? box.left : box.align === 'end' ? box.right : (box.left + box.right) / 2,
        y: top + fontSize,
        width: box.right - box.left,
        top,
        bottom: rowTop(box.lastRow) + LINE,
        anchor: box.align,
        lineHeight: LINE + 4,
        fill: 'var(--color-text)',
        bold: label.bold,
        leader: { x: label.mid, y1: barBottom, y2: top },
      });
    }
    const rowsUsed = boxes.length ? Math.max(...boxes.map((box) => box.lastRow)) + 1 : 0;
    y = (rowsUsed ? rowTop(rowsUsed) : barBottom) + 14;
    return { label: fit(row.label), labelY, barTop, barBottom, segments, texts };
  });
  return { width, height: Math.ceil(y - 8), fontSize, rows: laidOut };
}
