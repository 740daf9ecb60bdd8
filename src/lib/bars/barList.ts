import { barAnnotationPosition } from '../annotations/place';
import { textWidth, wrapText, wrapWords } from '../text/measure';
import type { Lang } from '../../i18n/lang';

/**
 * A bar list: ranked rows, each a label, its value (and a short note) and one horizontal bar on a
 * shared scale, optionally with a note marked on the bar (a leader line down from the bar's end and
 * the text under it). The branch pages draw it in HTML (BarList.astro, so the labels reflow on a
 * phone); the share download and the explainer draw it as SVG (components/charts/barListSvg.ts).
 * Both take their scale and annotation placement from here. Stacked bars that split one whole
 * into labelled parts are a different chart (lib/home/barLayout.ts).
 */
export interface BarListItem {
  /** Stable id of the row (a project id, a branch id), when it has one. */
  key?: string;
  label: string;
  /** The amount the bar stands for, in any unit shared by the list. */
  value: number;
  valueText: string;
  /** Small text after the value, e.g. the theme or the share. */
  note?: string;
  /** CSS colour, e.g. var(--mark-key). */
  color: string;
  /** The row the chart is about: its label is bold. */
  emphasis?: boolean;
  /** A key fact marked on the bar; also say it in the chart's text. */
  annotation?: string;
}

/** The smallest bar drawn, as a share of the scale, so that a tiny amount still shows a sliver. */
const MIN_FRACTION = 0.005;

export interface ScaledBar extends BarListItem {
  /** 0–1 of the scale (the largest value unless a scale maximum is given). */
  fraction: number;
  /** The share of the width the bar is drawn with: the fraction, but never less than a sliver. */
  drawn: number;
  /** Where the annotation's leader drops, in % of the width, and which side of it the text runs. */
  annotationAt?: { at: number; align: 'start' | 'end' };
}

/** Each item's share of the scale: the largest value, or `scaleMax`. */
export function scaleBars(items: readonly BarListItem[], scaleMax?: number): ScaledBar[] {
  const max = scaleMax ?? Math.max(0, ...items.map((item) => item.value));
  if (!(max > 0)) throw new Error('bar list: nothing to draw (the largest value is not above 0)');
  return items.map((item) => {
    const fraction = item.value / max;
    if (!(fraction >= 0 && fraction <= 1)) throw new Error(`bar list: “${item.label}” (${item.value}) is outside the scale 0–${max}`);
    return {
      ...item,
      fraction,
      drawn: Math.max(fraction, MIN_FRACTION),
      ...(item.annotation ? { annotationAt: barAnnotationPosition(fraction) } : {}),
    };
  });
}

export interface BarListOptions {
  /** Drawn width in SVG units; the SVG scales with its container. */
  width: number;
  fontSize: number;
  /** Distance between the baselines of two label lines. */
  lineHeight: number;
  /** From the top of a row to the baseline of its first line. */
  firstBaseline: number;
  barHeight: number;
  /** Width of the bar's outline, kept inside the bar's box (0: the outline straddles it). */
  outline?: number;
  rowGap: number;
  lang: Lang;
  /**
   * `end`: the value (and note) close the label's last line, right-aligned, and the label wraps
   * short of them. `below`: the value is a line of its own under the label.
   */
  value: 'end' | 'below';
  /** Weight of a label that is not emphasised (emphasised ones are 700). */
  labelWeight: 400 | 600;
  /** Draw the full-width track behind each bar. */
  track: boolean;
  /** Space above the first row. */
  top?: number;
  /** Space under the last bar. */
  bottom?: number;
  /** Left and right margin of the bars. */
  inset?: number;
  scaleMax?: number;
}

export interface BarListLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
}

export interface LaidOutBarListRow {
  key?: string;
  color: string;
  /** Label lines, then (with `value: 'below'`) the value's line. */
  lines: BarListLine[];
  weight: 400 | 600 | 700;
  /** With `value: 'end'`: the value at the right edge of the label's last line. */
  value?: BarListLine & { note?: string };
  bar: { x: number; y: number; width: number; height: number };
  track?: { x: number; y: number; width: number; height: number };
  annotation?: { lines: BarListLine[]; anchor: 'start' | 'end'; leader: { x: number; y1: number; y2: number } };
}

export interface BarListLayout {
  lang: Lang;
  width: number;
  height: number;
  fontSize: number;
  rows: LaidOutBarListRow[];
}

/** Room kept on a Chinese label's last line for its value and note, in full-width characters. */
const VALUE_CHARS = 12;
/** Length of the annotation's leader line, below the bar (as in BarList.astro). */
const LEADER = 12;

/**
 * Where an annotation goes under its bar. Its leader drops from the bar's end; the text runs right
 * of it on a short bar and ends at it on a long one. Text that does not fit wraps to the chart's
 * width, and a box that would cross an edge is moved back inside (it then no longer touches its
 * leader at the end, but stays beside it): an annotation is never clipped.
 */
function placeAnnotation(text: string, barEnd: number, fraction: number, barBottom: number, options: BarListOptions) {
  const { width, fontSize, lineHeight, lang } = options;
  const wrap = lang === 'zh' ? wrapText : wrapWords;
  const lines = wrap(text, width / fontSize);
  const textW = Math.min(width, Math.max(...lines.map((line) => textWidth(line, fontSize))));
  const { align } = barAnnotationPosition(fraction);
  const left = Math.max(0, Math.min(width - textW, align === 'end' ? barEnd - textW : barEnd));
  const x = align === 'end' ? left + textW : left;
  const top = barBottom + LEADER;
  return {
    lines: lines.map((line, index) => ({ text: line, x, y: top + fontSize + index * lineHeight })),
    anchor: align,
    leader: { x: barEnd, y1: barBottom, y2: top },
    bottom: top + lines.length * lineHeight,
  };
}

/** The SVG geometry of a bar list: wrapped labels, values, bars and annotations, row after row. */
export function layoutBarList(items: readonly BarListItem[], options: BarListOptions): BarListLayout {
  const { width, fontSize, lineHeight, firstBaseline, barHeight, rowGap } = options;
  const inset = options.inset ?? 0;
  const outline = options.outline ?? 0;
  const barSpan = width - 2 * inset;
  let y = options.top ?? 0;
  const rows = scaleBars(items, options.scaleMax).map((bar): LaidOutBarListRow => {
    const labelLines = wrapLabel(bar, options);
    const lines = labelLines.map((text, index) => ({ text, x: inset, y: y + firstBaseline + index * lineHeight }));
    if (options.value === 'below') lines.push({ text: bar.valueText, x: inset, y: y + firstBaseline + labelLines.length * lineHeight });
    const lastLine = lines[lines.length - 1];
    const value =
      options.value === 'end' && lastLine
        ? { text: bar.valueText, x: width - inset, y: lastLine.y, ...(bar.note ? { note: bar.note } : {}) }
        : undefined;
    const barTop = y + lines.length * lineHeight + (options.value === 'end' ? 2 : 4);
    const barWidth = bar.drawn * (barSpan - outline);
    const row: LaidOutBarListRow = {
      ...(bar.key === undefined ? {} : { key: bar.key }),
      color: bar.color,
      lines,
      weight: bar.emphasis ? 700 : options.labelWeight,
      ...(value ? { value } : {}),
      bar: { x: inset + outline / 2, y: barTop + outline / 2, width: barWidth, height: barHeight - outline },
      ...(options.track ? { track: { x: inset, y: barTop, width: barSpan, height: barHeight } } : {}),
    };
    y = barTop + barHeight;
    if (bar.annotation) {
      const { bottom, ...annotation } = placeAnnotation(bar.annotation, inset + outline / 2 + barWidth, bar.fraction, y, options);
      row.annotation = annotation;
      y = bottom;
    }
    y += rowGap;
    return row;
  });
  return { lang: options.lang, width, height: y - rowGap + (options.bottom ?? 0), fontSize, rows };
}

/** Chinese wraps anywhere, English between words; with the value at the end, short of its room. */
function wrapLabel(bar: ScaledBar, options: BarListOptions): string[] {
  const { width, fontSize, lang } = options;
  const inner = (width - 2 * (options.inset ?? 0)) / fontSize;
  if (options.value === 'below') return (lang === 'zh' ? wrapText : wrapWords)(bar.label, Math.floor(inner));
  if (lang === 'zh') return wrapText(bar.label, Math.floor(inner) - VALUE_CHARS);
  const valueEms = textWidth(`${bar.valueText} ${bar.note ?? ''}`, 1) + 1;
  return wrapWords(bar.label, Math.floor(inner - valueEms));
}
