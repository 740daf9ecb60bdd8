/** Label helpers for the build-time layout; text width is estimated (src/lib/text/measure.ts). */
import { cutToFit, ELLIPSIS } from '../text/cut';
import { textWidth } from '../text/measure';
import { BUREAU_PREFIX, CITY_PREFIX, withoutPrefixes } from '../text/names';

/** Prefixes that every city-level project shares; dropping them keeps the part that tells projects apart. */
const DROPPABLE_PREFIXES = [BUREAU_PREFIX, CITY_PREFIX];

/**
 * A label short enough for the chart; the full name stays in the accessible name and the panel.
 * Drops the shared city prefix, then cuts at maxWidth with an ellipsis.
 */
export function shortenName(name: string, maxWidth: number, fontSize: number): string {
  let text = name;
  if (textWidth(text, fontSize) <= maxWidth) return text;
  text = withoutPrefixes(text, DROPPABLE_PREFIXES, 5);
  if (textWidth(text, fontSize) <= maxWidth) return text;
  // Cut where a word or number ends, never inside one (src/lib/text/cut.ts).
  return cutToFit(text, (candidate) => textWidth(candidate, fontSize) <= maxWidth) ?? ELLIPSIS;
}

export interface LabelBox {
  /** Where the label would like its centre to be (its node's centre). */
  wanted: number;
  height: number;
}

/**
 * Vertical centres for a column of labels so that none overlap, each as close to its node
 * as possible, all within [top, bottom]. Labels keep their order (the nodes are already sorted).
 * Throws when the column is too short for its labels: the layout must make room first.
 */
export function placeLabels(boxes: readonly LabelBox[], top: number, bottom: number): number[] {
  const needed = boxes.reduce((sum, box) => sum + box.height, 0);
  if (needed > bottom - top + 1e-6) throw new Error(`labels need ${needed}px but the column has ${bottom - top}px`);
  // Push down whatever overlaps the label above it…
  let floor = top;
  const placed = boxes.map((box) => {
    const centre = Math.max(box.wanted, floor + box.height / 2);
    floor = centre + box.height / 2;
    return { box, centre };
  });
  // …then push up from the bottom whatever now runs past the end.
  let ceiling = bottom;
  for (const label of [...placed].reverse()) {
    label.centre = Math.min(label.centre, ceiling - label.box.height / 2);
    ceiling = label.centre - label.box.height / 2;
  }
  return placed.map((label) => label.centre);
}
