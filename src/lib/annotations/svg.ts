/** SVG markup for placed annotations, shared by the string renderer (flow) and Astro components. */
import type { PlacedAnnotation } from './place';
import { defined } from '../checked';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => defined(ESCAPES[char], 'the XML escape of a special character'));

/**
 * A <g class="chart-annotations"> with each label's background, leader line and text. Hidden from
 * screen readers: the same sentences are in the chart's text (see annotationSentences).
 */
export function annotationsSvg(placed: PlacedAnnotation[]): string {
  const parts = placed.map((entry) => {
    const leader = entry.leader
      ? `<line class="annotation-leader" x1="${entry.leader.x1}" y1="${entry.leader.y1}" x2="${entry.leader.x2}" y2="${entry.leader.y2}"/><circle class="annotation-dot" cx="${entry.leader.x1}" cy="${entry.leader.y1}" r="3"/>`
      : '';
    const box = `<rect class="annotation-box" x="${entry.box.x}" y="${entry.box.y}" width="${entry.box.width}" height="${entry.box.height}" rx="3"/>`;
    const text = `<text class="annotation-text" font-size="${entry.fontSize}">${entry.lines.map((line) => `<tspan x="${line.x}" y="${line.y}">${escape(line.text)}</tspan>`).join('')}</text>`;
    return `<g class="annotation" data-annotation="${escape(entry.id)}">${leader}${box}${text}</g>`;
  });
  return `<g class="chart-annotations" aria-hidden="true">${parts.join('')}</g>`;
}
