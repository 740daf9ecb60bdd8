import { escapeXml } from '../flow/renderFlowSvg';
import type { BarLayout } from '../../lib/home/barLayout';

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The SVG of a bar layout (src/lib/home/barLayout.ts): one image with an accessible name; the
 * data table beside it is the full text alternative. Colours stay design tokens.
 */
export function barsSvg(layout: BarLayout, options: { label: string; className: string }): string {
  const parts: string[] = [];
  for (const row of layout.rows) {
    if (row.label)
      parts.push(`<text x="0" y="${round(row.labelY)}" font-weight="700" style="fill:var(--color-text)">${escapeXml(row.label)}</text>`);
    for (const segment of row.segments) {
      if (segment.width <= 0) continue;
      parts.push(
        `<rect x="${round(segment.x)}" y="${row.barTop}" width="${round(Math.max(segment.width, 1))}" height="${row.barBottom - row.barTop}" style="fill:${escapeXml(segment.color)}" stroke="var(--chart-paper)" stroke-width="1"/>`,
      );
    }
    for (const text of row.texts) {
      if (text.leader) {
        parts.push(
          `<line class="leader" x1="${round(text.leader.x)}" y1="${round(text.leader.y1)}" x2="${round(text.leader.x)}" y2="${round(text.leader.y2)}" stroke="var(--chart-ink)" stroke-width="1"/>`,
        );
      }
      const lines = text.lines
        .map((line, index) => `<tspan x="${round(text.x)}" ${index ? `dy="${text.lineHeight}"` : ''}>${escapeXml(line)}</tspan>`)
        .join('');
      parts.push(
        `<text class="bar-label${text.leader ? ' outside' : ''}" y="${round(text.y)}" text-anchor="${text.anchor}"${text.bold ? ' font-weight="700"' : ''} style="fill:${escapeXml(text.fill)}">${lines}</text>`,
      );
    }
  }
  return `<svg class="${escapeXml(options.className)}" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-label="${escapeXml(options.label)}" font-size="${layout.fontSize}" font-family="inherit">${parts.join('')}</svg>`;
}
