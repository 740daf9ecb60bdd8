import { formatShare, formatWanIn } from '../format';
import type { Lang } from '../../i18n/lang';
import type { Fen } from '../money';
import { fitLine, wrapLines } from './labels';
import { textWidth } from '../text/measure';
import type { ChartSize, LayoutTile } from './layout';

export interface TileLabel {
  /** Top-left of the first line's box; lines are placed by the renderer at lineHeight apart. */
  x: number;
  y: number;
  fontSize: number;
  lineHeight: number;
  lines: string[];
  /** Lines from this index on are figures (drawn in the regular weight). */
  firstFigureLine: number;
}

const PADDING = 5;
const SMALL_PADDING = 3;
const LINE_HEIGHT = 1.25;
const MAX_NAME_LINES = 3;

/** The header line of a group: name, amount and share of the total, dropping parts until it fits. */
function headerLabel(tile: LayoutTile, size: ChartSize, total: Fen, lang: Lang): TileLabel | null {
  const fontSize = size.fontSize;
  const width = tile.width - 2 * PADDING;
  const amount = formatWanIn(lang, tile.node.amount);
  const share = formatShare(tile.node.amount, total);
  const name = tile.node.shortName;
  const candidates = [`${name} ${amount} ${share}`, `${name} ${share}`];
  const line = candidates.find((text) => textWidth(text, fontSize) <= width) ?? fitLine(name, width, fontSize);
  if (!line) return null;
  return {
    x: tile.x + PADDING,
    y: tile.y + (tile.header - fontSize * LINE_HEIGHT) / 2,
    fontSize,
    lineHeight: fontSize * LINE_HEIGHT,
    lines: [line],
    firstFigureLine: 1,
  };
}

/** A block label: the name wrapped on up to three lines, then amount and share where they fit. */
function blockLabel(tile: LayoutTile, fontSize: number, padding: number, total: Fen, maxNameLines: number, lang: Lang): TileLabel | null {
  const width = tile.width - 2 * padding;
  const lineHeight = fontSize * LINE_HEIGHT;
  const maxLines = Math.floor((tile.height - 2 * padding) / lineHeight);
  if (maxLines < 1 || width < fontSize * 2) return null;

  const amount = formatWanIn(lang, tile.node.amount);
  const share = formatShare(tile.node.amount, total);
  const together = `${amount} · ${share}`;
  let figures = textWidth(together, fontSize) <= width ? [together] : [amount, share].filter((text) => textWidth(text, fontSize) <= width);
  // The name comes first: give figures only the lines the name does not need.
  figures = figures.slice(0, Math.max(0, maxLines - 1));
  const nameLines = wrapLines(tile.node.shortName, width, fontSize, Math.min(maxNameLines, maxLines - figures.length));
  if (nameLines.length === 0) return null;
  return {
    x: tile.x + padding,
    y: tile.y + padding,
    fontSize,
    lineHeight,
    lines: [...nameLines, ...figures],
    firstFigureLine: nameLines.length,
  };
}

/** The label of a tile at this size, or null when none fits (the tile keeps its accessible name). */
export function tileLabel(tile: LayoutTile, size: ChartSize, total: Fen, lang: Lang = 'zh'): TileLabel | null {
  if (tile.depth === 2) return blockLabel(tile, size.smallFontSize, SMALL_PADDING, total, 2, lang);
  if (tile.children.length) return tile.header ? headerLabel(tile, size, total, lang) : null;
  // Small tiles get the small font rather than no label.
  return (
    blockLabel(tile, size.fontSize, PADDING, total, MAX_NAME_LINES, lang) ??
    blockLabel(tile, size.smallFontSize, SMALL_PADDING, total, 2, lang)
  );
}
