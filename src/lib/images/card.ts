/**
 * A share card: the 1200×630 image that WeChat, Weibo and other link previews show for a page
 * (og:image). Big type, legible as a thumbnail: the page's subject, its key figure in Chinese,
 * and its chart or a few bars, with the source and the address. Pure string building.
 */
import { escapeXml } from '../../components/flow/renderFlowSvg';
import { wrapText } from '../learn/wrapText';
import { IMAGE_FONT_FAMILY } from './font';
import { resolveTokens } from './tokens';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardBar {
  label: string;
  value: string;
  /** 0–1 of the longest bar. */
  fraction: number;
  /** CSS colour, may be a token: var(--cat-3). */
  color: string;
}

/** A chart drawn on the right half of the card. */
export interface CardChart {
  /** Standalone SVG markup (colours resolved, no page CSS needed). */
  svg: string;
  width: number;
  height: number;
}

export interface ShareCard {
  /** File name under /og/: og/<key>.png. */
  key: string;
  /** Small line above the title: the site and the section. */
  kicker: string;
  title: string;
  figure: string;
  caption: string;
  /** The page's address as printed on the card (no scheme). */
  address: string;
  source: string;
  chart?: CardChart;
  bars?: CardBar[];
}

const PAD = 64;
const TITLE_SIZE = 52;
const FIGURE_SIZE = 100;
const CAPTION_SIZE = 32;

/** Lines of at most `width` px at `size` px, cut with "…" after `maxLines`. */
export function cardLines(text: string, size: number, width: number, maxLines: number): string[] {
  const lines = wrapText(text, Math.floor(width / size));
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, -1)}…`;
  return kept;
}

const text = (x: number, y: number, size: number, content: string, extra = '') =>
  `<text x="${x}" y="${y}" font-size="${size}"${extra}>${escapeXml(content)}</text>`;

function barsMarkup(bars: readonly CardBar[], x: number, top: number, width: number): string {
  const parts: string[] = [];
  let y = top;
  for (const bar of bars) {
    const [label] = cardLines(bar.label, 26, width - 170, 1);
    parts.push(text(x, y + 26, 26, label!, ' font-weight="700"'));
    parts.push(text(x + width, y + 26, 26, bar.value, ' text-anchor="end"'));
    parts.push(`<rect x="${x}" y="${y + 38}" width="${width}" height="22" fill="var(--color-surface)"/>`);
    parts.push(`<rect x="${x}" y="${y + 38}" width="${Math.max(4, bar.fraction * width).toFixed(1)}" height="22" fill="${escapeXml(bar.color)}" stroke="#1b1b1b" stroke-width="1"/>`);
    y += 84;
  }
  return parts.join('');
}

function chartMarkup(chart: CardChart, x: number, y: number, width: number, height: number): string {
  const inner = chart.svg.replace(/^<\?xml[^>]*>\s*/, '').replace(/^<svg\b/, `<svg x="${x}" y="${y}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet"`);
  return `<rect x="${x - 12}" y="${y - 12}" width="${width + 24}" height="${height + 24}" fill="#ffffff" stroke="var(--color-border)"/>${inner}`;
}

export function cardSvg(card: ShareCard): string {
  const aside = card.chart || card.bars?.length;
  const textWidth = aside ? 520 : CARD_WIDTH - 2 * PAD;
  const parts: string[] = [];
  let y = 96;
  parts.push(text(PAD, y, 28, card.kicker, ' fill="var(--color-text-muted)"'));
  y += 28;
  for (const line of cardLines(card.title, TITLE_SIZE, textWidth, 3)) {
    y += Math.round(TITLE_SIZE * 1.3);
    parts.push(text(PAD, y, TITLE_SIZE, line, ' font-weight="700"'));
  }
  y += FIGURE_SIZE + 24;
  const figureSize = Math.min(FIGURE_SIZE, Math.floor(textWidth / (card.figure.length * 0.62)));
  parts.push(text(PAD, y, figureSize, card.figure, ' font-weight="700" fill="var(--color-accent)"'));
  for (const line of cardLines(card.caption, CAPTION_SIZE, textWidth, 2)) {
    y += Math.round(CAPTION_SIZE * 1.45);
    parts.push(text(PAD, y, CAPTION_SIZE, line));
  }
  const asideX = PAD + textWidth + 48;
  const asideWidth = CARD_WIDTH - PAD - asideX;
  if (card.chart) parts.push(chartMarkup(card.chart, asideX, 80, asideWidth, 420));
  else if (card.bars?.length) parts.push(barsMarkup(card.bars.slice(0, 5), asideX, 72, asideWidth));

  parts.push(`<line x1="${PAD}" x2="${CARD_WIDTH - PAD}" y1="536" y2="536" stroke="var(--color-border)" stroke-width="2"/>`);
  parts.push(text(PAD, 574, 24, card.source, ' fill="var(--color-text-muted)"'));
  parts.push(text(PAD, 608, 24, card.address, ' fill="var(--color-link)"'));
  return resolveTokens(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${IMAGE_FONT_FAMILY}" fill="var(--color-text)">` +
      `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/><rect width="${CARD_WIDTH}" height="14" fill="var(--color-accent)"/>${parts.join('')}</svg>`,
  );
}
