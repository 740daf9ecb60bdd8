/**
 * Label helpers for the build-time layout. There is no DOM at build time, so text width is
 * estimated: a CJK character is one em wide, digits and Latin letters about 0.6 em.
 */
import { cutToFit, ELLIPSIS } from '../text/cut';
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u0000-\u00ff]/.test(char) ? 0.6 : 1;
  return ems * fontSize;
}

/** Prefixes that every city-level project shares; dropping them keeps the part that tells projects apart. */
const DROPPABLE_PREFIXES = ['晋城市生态环境局', '晋城市'];

/**
 * A label short enough for the chart; the full name stays in the accessible name and the panel.
 * Drops the shared city prefix, then cuts at maxWidth with an ellipsis.
 */
export function shortenName(name: string, maxWidth: number, fontSize: number): string {
  let text = name;
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  for (const prefix of DROPPABLE_PREFIXES) {
    if (text.startsWith(prefix) && text.length > prefix.length + 4) {
      text = text.slice(prefix.length);
      break;
    }
  }
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  // Cut where a word or number ends, never inside one (src/lib/text/cut.ts).
  return cutToFit(text, (candidate) => estimateTextWidth(candidate, fontSize) <= maxWidth) ?? ELLIPSIS;
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
  const centres = boxes.map((box) => box.wanted);
  // Push down whatever overlaps the label above it…
  let floor = top;
  boxes.forEach((box, index) => {
    centres[index] = Math.max(centres[index]!, floor + box.height / 2);
    floor = centres[index]! + box.height / 2;
  });
  // …then push up from the bottom whatever now runs past the end.
  let ceiling = bottom;
  for (let index = boxes.length - 1; index >= 0; index--) {
    const box = boxes[index]!;
    centres[index] = Math.min(centres[index]!, ceiling - box.height / 2);
    ceiling = centres[index]! - box.height / 2;
  }
  return centres;
}
