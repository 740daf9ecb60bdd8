/**
 * An SVG drawing of an HTML bar list (BarList.astro), for the image download of a chart the page
 * draws in HTML: the same rows (label, value and note on one line, the bar underneath), laid out
 * at build time. Colours stay design tokens; the download script resolves them in the page.
 */
import { textWidth, wrapText, wrapWords } from '../../lib/text/measure';
import { escapeXml } from '../flow/renderFlowSvg';
import type { Lang } from '../../i18n/lang';

export interface SvgBar {
  label: string;
  valueText: string;
  note?: string;
  /** 0–1 of the longest bar. */
  fraction: number;
  /** CSS colour, e.g. var(--mark-key). */
  color: string;
}

const WIDTH = 640;
const FONT_SIZE = 14;
const LINE_HEIGHT = 20;
const BAR_HEIGHT = 16;
const ROW_GAP = 14;
/** Room kept for the value and note on the label's last line, in full-width characters. */
const VALUE_CHARS = 12;

/** English: labels wrap between words, beside the room their own value and note take; the note is spaced off the value. */
function englishLayout(bar: SvgBar): { lines: string[]; noteOffset: string } {
  const valueEms = textWidth(`${bar.valueText} ${bar.note ?? ''}`, 1) + 1;
  return { lines: wrapWords(bar.label, Math.floor(WIDTH / FONT_SIZE - valueEms)), noteOffset: ' dx="0.3em"' };
}

export function barListSvg(bars: readonly SvgBar[], label: string, lang: Lang = 'zh'): string {
  const parts: string[] = [];
  let y = 0;
  for (const bar of bars) {
    const { lines, noteOffset } =
      lang === 'zh' ? { lines: wrapText(bar.label, Math.floor(WIDTH / FONT_SIZE) - VALUE_CHARS), noteOffset: '' } : englishLayout(bar);
    lines.forEach((line, index) => {
      parts.push(`<text x="0" y="${y + (index + 1) * LINE_HEIGHT - 5}" font-weight="600">${escapeXml(line)}</text>`);
    });
    const valueY = y + lines.length * LINE_HEIGHT - 5;
    const note = bar.note
      ? `<tspan${noteOffset} style="fill:var(--color-text-muted)" font-weight="400"> ${escapeXml(bar.note)}</tspan>`
      : '';
    parts.push(`<text x="${WIDTH}" y="${valueY}" text-anchor="end" font-weight="600">${escapeXml(bar.valueText)}${note}</text>`);
    y += lines.length * LINE_HEIGHT + 2;
    const width = Math.max(bar.fraction, 0.005) * (WIDTH - 1);
    parts.push(`<rect x="0" y="${y}" width="${WIDTH}" height="${BAR_HEIGHT}" rx="2" style="fill:var(--color-surface)"/>`);
    parts.push(
      `<rect x="0.5" y="${y + 0.5}" width="${width.toFixed(2)}" height="${BAR_HEIGHT - 1}" rx="2" style="fill:${escapeXml(bar.color)}" stroke="var(--chart-ink)"/>`,
    );
    y += BAR_HEIGHT + ROW_GAP;
  }
  const height = y - ROW_GAP;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-size="${FONT_SIZE}" fill="var(--chart-ink)" role="img" aria-label="${escapeXml(label)}">${parts.join('')}</svg>`;
}
