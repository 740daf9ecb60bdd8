/**
 * A chart image for WeChat articles and e-mail: the chart's prerendered SVG framed with its title,
 * colour key, source line and address on white, drawn at build time. The build-time counterpart
 * of src/components/share/standaloneSvg.ts, which does the same in the reader's browser.
 */
import { escapeXml } from '../../components/flow/renderFlowSvg';
import { IMAGE_FONT_FAMILY } from './font';
import { textWidth as estimateWidth } from '../text/measure';
import { resolveTokens } from '../colour/tokens';
import { at, defined } from '../checked';

export interface ImageLegendItem {
  text: string;
  fill: string;
  stroke?: string;
  dashed?: boolean;
}

export interface ImagePanel {
  heading?: string;
  /** The chart's own <svg> markup, as the page has it. */
  svg: string;
  legend: ImageLegendItem[];
}

export interface ImageFrame {
  title: string;
  subtitle?: string;
  source: string;
  url: string;
  /** Stylesheet the chart needs outside its page (chartCss.ts). */
  css: string;
}

export interface FramedImage {
  svg: string;
  width: number;
  height: number;
}

const PAD = 24;
const LEGEND_SIZE = 13;

/** A generous advance of a line of text (src/lib/text/measure.ts), whole pixels. */
export function textWidth(text: string, size: number): number {
  // Bold type runs a little wider: keep a margin so a title never touches the edge.
  return Math.ceil(estimateWidth(text, size) * 1.05);
}

/** The opening <svg …> tag; a quoted attribute value may hold ">". */
const OPEN_TAG = /^\s*<svg\b(?:[^>"']|"[^"]*"|'[^']*')*>/;

/** The drawing size of an <svg>: its viewBox, else its width and height attributes. */
export function svgSize(svg: string): { width: number; height: number } {
  const open = OPEN_TAG.exec(svg)?.[0];
  if (!open) throw new Error('chart image: markup does not start with <svg>');
  const box = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(open);
  if (box) return { width: Number(box[1]), height: Number(box[2]) };
  const width = /\swidth="([\d.]+)"/.exec(open);
  const height = /\sheight="([\d.]+)"/.exec(open);
  if (!width || !height) throw new Error('chart image: <svg> has neither viewBox nor width and height');
  return { width: Number(width[1]), height: Number(height[1]) };
}

/**
 * Places a chart's <svg> at (x, y), drawn at width × height (its own size unless told), scaled to
 * fit and centred: whatever size and classes the page gave it are dropped.
 */
export function placedSvg(svg: string, x: number, y: number, width?: number, height?: number): string {
  const size = svgSize(svg);
  const open = defined(OPEN_TAG.exec(svg), 'the opening <svg> tag of a chart drawing')[0];
  const attributes = open
    .replace(/\s(x|y|width|height|style|class|preserveAspectRatio)="[^"]*"/g, '')
    .replace(
      /^\s*<svg\b/,
      `<svg x="${x}" y="${y}" width="${width ?? size.width}" height="${height ?? size.height}" preserveAspectRatio="xMidYMid meet" overflow="visible"`,
    );
  const withBox = /viewBox=/.test(attributes) ? attributes : attributes.replace(/>$/, ` viewBox="0 0 ${size.width} ${size.height}">`);
  return withBox + svg.slice(open.length);
}

export function framedChartSvg(panels: readonly ImagePanel[], frame: ImageFrame): FramedImage {
  const sizes = panels.map((panel) => svgSize(panel.svg));
  const contentWidth = Math.ceil(
    Math.max(
      ...sizes.map((size) => size.width),
      textWidth(frame.title, 22),
      frame.subtitle ? textWidth(frame.subtitle, 15) : 0,
      textWidth(frame.source, 13),
      textWidth(frame.url, 12),
    ),
  );
  const width = contentWidth + 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const line = (content: string, size: number, extra = '') => {
    parts.push(`<text x="${PAD}" y="${y + size}" font-size="${size}"${extra}>${escapeXml(content)}</text>`);
    y += Math.round(size * 1.5);
  };

  line(frame.title, 22, ' font-weight="700"');
  if (frame.subtitle) line(frame.subtitle, 15, ' fill="var(--color-text-muted)"');
  y += 8;
  panels.forEach((panel, index) => {
    if (panel.heading) line(panel.heading, 17, ' font-weight="700"');
    const size = at(sizes, index, 'sizes');
    parts.push(placedSvg(panel.svg, PAD, y));
    y += size.height + 10;
    // Legend items flow left to right and wrap, like the HTML legend they stand for.
    let x = PAD;
    const rowHeight = LEGEND_SIZE + 9;
    if (panel.legend.length) y += 4;
    for (const item of panel.legend) {
      const itemWidth = 20 + textWidth(item.text, LEGEND_SIZE);
      if (x > PAD && x + itemWidth > PAD + contentWidth) {
        x = PAD;
        y += rowHeight;
      }
      const stroke = item.stroke
        ? ` stroke="${escapeXml(item.stroke)}"${item.dashed ? ' stroke-dasharray="3 2"' : ''}`
        : ' stroke="var(--chart-ink)" stroke-opacity="0.25"';
      parts.push(`<rect x="${x}" y="${y + 1}" width="14" height="13" fill="${escapeXml(item.fill)}"${stroke}/>`);
      parts.push(`<text x="${x + 20}" y="${y + LEGEND_SIZE}" font-size="${LEGEND_SIZE}">${escapeXml(item.text)}</text>`);
      x += itemWidth + 16;
    }
    if (panel.legend.length) y += rowHeight;
    y += 14;
  });
  parts.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" stroke="var(--color-border)"/>`);
  y += 8;
  line(frame.source, 13, ' fill="var(--color-text-muted)"');
  line(frame.url, 12, ' fill="var(--color-text-muted)"');
  const height = Math.ceil(y + PAD - 6);
  const svg = resolveTokens(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${IMAGE_FONT_FAMILY}" fill="var(--color-text)">` +
      `<style>${frame.css}</style><rect width="${width}" height="${height}" fill="var(--chart-paper)"/>${parts.join('')}</svg>`,
  );
  return { svg, width, height };
}
