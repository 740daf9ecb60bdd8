import { escapeXml } from '../flow/renderFlowSvg';
import type { BarListLayout } from '../../lib/bars/barList';

/** Coordinates to at most two decimals, without trailing zeros. */
const num = (value: number) => String(Math.round(value * 100) / 100);

/**
 * The SVG of a bar list laid out by src/lib/bars/barList.ts: one image with an accessible name
 * (the data table beside it is the text alternative). Colours stay design tokens; the download
 * script resolves them in the page.
 */
export function barListSvg(layout: BarListLayout, options: { label: string; className?: string }): string {
  const parts: string[] = [];
  for (const row of layout.rows) {
    for (const line of row.lines)
      parts.push(`<text x="${num(line.x)}" y="${num(line.y)}" font-weight="${row.weight}">${escapeXml(line.text)}</text>`);
    if (row.value) {
      const { value } = row;
      const note = value.note
        ? `<tspan${layout.lang === 'en' ? ' dx="0.3em"' : ''} style="fill:var(--color-text-muted)" font-weight="400"> ${escapeXml(value.note)}</tspan>`
        : '';
      parts.push(
        `<text x="${num(value.x)}" y="${num(value.y)}" text-anchor="end" font-weight="600">${escapeXml(value.text)}${note}</text>`,
      );
    }
    const { bar, track, annotation } = row;
    if (track)
      parts.push(
        `<rect x="${num(track.x)}" y="${num(track.y)}" width="${num(track.width)}" height="${num(track.height)}" rx="2" style="fill:var(--color-surface)"/>`,
      );
    parts.push(
      `<rect x="${num(bar.x)}" y="${num(bar.y)}" width="${bar.width.toFixed(2)}" height="${num(bar.height)}" rx="2" style="fill:${escapeXml(row.color)}" stroke="var(--chart-ink)"/>`,
    );
    if (annotation) {
      const { leader } = annotation;
      parts.push(
        `<line x1="${num(leader.x)}" y1="${num(leader.y1)}" x2="${num(leader.x)}" y2="${num(leader.y2)}" stroke="var(--chart-ink)" stroke-width="1.5"/>`,
      );
      for (const line of annotation.lines)
        parts.push(
          `<text x="${num(line.x)}" y="${num(line.y)}" text-anchor="${annotation.anchor}" font-weight="600">${escapeXml(line.text)}</text>`,
        );
    }
  }
  const className = options.className ? ` class="${escapeXml(options.className)}"` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg"${className} viewBox="0 0 ${num(layout.width)} ${num(layout.height)}" width="${num(layout.width)}" height="${num(layout.height)}" font-size="${layout.fontSize}" fill="var(--chart-ink)" role="img" aria-label="${escapeXml(options.label)}">${parts.join('')}</svg>`;
}
