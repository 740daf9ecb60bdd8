/**
 * A share card: the 1200×630 image that WeChat, Weibo and other link previews show for a page
 * (og:image). Big type, legible as a thumbnail: the page's subject, its key figure in Chinese,
 * and its chart or a few bars, with the source and the address. Pure string building.
 */
import { escapeXml } from '../../components/flow/renderFlowSvg';
import { placedSvg } from './chartFrame';
import { IMAGE_FONT_FAMILY } from './font';
import { textWidth as lineWidth } from '../text/measure';
import { resolveTokens } from '../colour/tokens';
import { at, defined } from '../checked';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardBar {
  label: string;
  value: string;
  /** 0–1 of the longest bar. */
  fraction: number;
  /** CSS colour, may be a token: var(--mark-key). */
  color: string;
}

/** A chart drawn on the right half of the card: its prerendered <svg> and the styles it needs. */
export interface CardChart {
  svg: string;
  css: string;
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
  /** Heading over the bars. */
  barsTitle?: string;
  /** Up to three title lines, in smaller type when needed (English titles run longer); default two. */
  titleLines?: 3;
}

const PAD = 64;
const TITLE_SIZE = 52;
const FIGURE_SIZE = 100;
const CAPTION_SIZE = 32;

/**
 * Lines of at most `width` px at `size` px, cut with "…" after `maxLines`. A run of Latin letters
 * and digits ("2024", "2,973.42") is never split; a CJK line may break between any two characters.
 */
export function cardLines(text: string, size: number, width: number, maxLines: number): string[] {
  const limit = width / size;
  const advance = (piece: string) => lineWidth(piece, 1);
  const lines: string[] = [];
  let line = '';
  for (const piece of text.match(/[A-Za-z0-9.,%-]+|./gu) ?? []) {
    if (line && advance(line + piece) > limit) {
      lines.push(line);
      line = piece.trimStart();
    } else line += piece;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${[...at(kept, maxLines - 1, 'kept')].slice(0, -1).join('')}…`;
  return kept;
}

const text = (x: number, y: number, size: number, content: string, extra = '') =>
  `<text x="${x}" y="${y}" font-size="${size}"${extra}>${escapeXml(content)}</text>`;

function barsMarkup(title: string | undefined, bars: readonly CardBar[], x: number, top: number, width: number): string {
  const parts: string[] = [];
  let y = top;
  if (title) {
    parts.push(text(x, y + 26, 26, title, ' fill="var(--color-text-muted)"'));
    y += 40;
  }
  const step = Math.min(76, Math.floor((530 - y) / bars.length));
  for (const bar of bars) {
    const [label] = cardLines(bar.label, 26, width - 170, 1);
    parts.push(text(x, y + 26, 26, defined(label, 'label'), ' font-weight="700"'));
    parts.push(text(x + width, y + 26, 26, bar.value, ' text-anchor="end"'));
    parts.push(`<rect x="${x}" y="${y + 38}" width="${width}" height="22" fill="var(--color-surface)"/>`);
    parts.push(
      `<rect x="${x}" y="${y + 38}" width="${Math.max(4, bar.fraction * width).toFixed(1)}" height="22" fill="${escapeXml(bar.color)}" stroke="var(--chart-ink)" stroke-width="1"/>`,
    );
    y += step;
  }
  return parts.join('');
}

function chartMarkup(chart: CardChart, x: number, y: number, width: number, height: number): string {
  return `<style>${chart.css}</style>${placedSvg(chart.svg, x, y, width, height)}`;
}

/** Type size and lines for a title that may take three lines: the largest that fits whole. */
function longTitleType(title: string, width: number): [number, number] {
  const options: [number, number][] = [
    [TITLE_SIZE, 2],
    [44, 2],
    [44, 3],
    [36, 3],
    [32, 3],
    [28, 3],
  ];
  return options.find(([size, lines]) => cardLines(title, size, width, lines + 1).length <= lines) ?? [28, 3];
}

export function cardSvg(card: ShareCard): string {
  const aside = card.chart || card.bars?.length;
  const textWidth = aside ? 520 : CARD_WIDTH - 2 * PAD;
  const parts: string[] = [];
  let y = 80;
  parts.push(
    text(
      PAD,
      y,
      28,
      at(cardLines(card.kicker, 28, CARD_WIDTH - 2 * PAD, 1), 0, 'share card: the line of its kicker'),
      ' fill="var(--color-text-muted)"',
    ),
  );
  y += 28;
  // A long title gets smaller type before it is cut.
  const [titleSize, titleLines] = card.titleLines
    ? longTitleType(card.title, textWidth)
    : [cardLines(card.title, TITLE_SIZE, textWidth, 3).length > 2 ? 44 : TITLE_SIZE, 2];
  for (const line of cardLines(card.title, titleSize, textWidth, titleLines)) {
    y += Math.round(titleSize * 1.3);
    parts.push(text(PAD, y, titleSize, line, ' font-weight="700"'));
  }
  y += FIGURE_SIZE + 24;
  const figureSize = Math.min(FIGURE_SIZE, Math.floor(textWidth / lineWidth(card.figure, 1)));
  parts.push(text(PAD, y, figureSize, card.figure, ' font-weight="700" fill="var(--color-accent)"'));
  for (const line of cardLines(card.caption, CAPTION_SIZE, textWidth, 2)) {
    y += Math.round(CAPTION_SIZE * 1.45);
    parts.push(text(PAD, y, CAPTION_SIZE, line));
  }
  const asideX = PAD + textWidth + 48;
  const asideWidth = CARD_WIDTH - PAD - asideX;
  if (card.chart) parts.push(chartMarkup(card.chart, asideX, 130, asideWidth, 380));
  else if (card.bars?.length) parts.push(barsMarkup(card.barsTitle, card.bars.slice(0, 6), asideX, 110, asideWidth));

  parts.push(`<line x1="${PAD}" x2="${CARD_WIDTH - PAD}" y1="536" y2="536" stroke="var(--color-border)" stroke-width="2"/>`);
  parts.push(text(PAD, 574, 24, card.source, ' fill="var(--color-text-muted)"'));
  parts.push(text(PAD, 608, 24, card.address, ' fill="var(--color-link)"'));
  return resolveTokens(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${IMAGE_FONT_FAMILY}" fill="var(--color-text)">` +
      `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="var(--chart-paper)"/><rect width="${CARD_WIDTH}" height="14" fill="var(--color-accent)"/>${parts.join('')}</svg>`,
  );
}
