import { at, defined } from '../../lib/checked';
/**
 * Turns a chart's SVG on the page into a standalone file: the page's CSS does not travel with a
 * download, so the styles each element needs are copied from the browser's computed style, and
 * the chart is framed with its title, legend, source line and address on a white background.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties the charts set through CSS. All but opacity are inherited in SVG. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'visibility',
];

const PRESENTATION = new Set([...INHERITED, 'opacity', 'font-variant', 'color']);

export interface LegendItem {
  text: string;
  fill: string;
  stroke: string;
  dashed: boolean;
}

export interface Panel {
  heading?: string;
  svg: SVGSVGElement;
  legend: LegendItem[];
}

export interface Frame {
  title: string;
  subtitle?: string;
  source: string;
  url: string;
}

export interface StandaloneSvg {
  markup: string;
  width: number;
  height: number;
}

/** Copies computed styles onto the copy, writing a property only where it differs from the parent's. */
function inlineStyles(source: Element, copy: Element, parent: CSSStyleDeclaration | null, drop: Element[]) {
  const style = getComputedStyle(source);
  if (parent && style.display === 'none') {
    drop.push(copy);
    return;
  }
  const declarations = INHERITED.filter((name) => !parent || style.getPropertyValue(name) !== parent.getPropertyValue(name)).map(
    (name) => `${name}:${style.getPropertyValue(name)}`,
  );
  if (style.opacity !== '1') declarations.push(`opacity:${style.opacity}`);
  // Presentation attributes go too (fill="var(--mark-key)", stroke="currentColor"): the style says it all.
  for (const name of [...copy.getAttributeNames()]) {
    if (PRESENTATION.has(name) || /^(class|style|tabindex|role|href|target|rel|aria-.*|data-.*)$/.test(name)) copy.removeAttribute(name);
  }
  if (declarations.length) copy.setAttribute('style', declarations.join(';'));
  [...source.children].forEach((child, index) =>
    inlineStyles(child, defined(copy.children[index], 'the copied SVG element matching the original'), style, drop),
  );
}

/** Links and focusable groups become plain groups: nothing in the file is interactive. */
function unwrapLinks(root: Element) {
  for (const link of [...root.querySelectorAll('a')]) {
    const group = document.createElementNS(SVG_NS, 'g');
    for (const name of link.getAttributeNames())
      if (name === 'style') group.setAttribute(name, defined(link.getAttribute(name), 'the style attribute being copied'));
    group.append(...link.childNodes);
    link.replaceWith(group);
  }
}

function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0) return { width: box.width, height: box.height };
  return { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
}

function element(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function standaloneSvg(panels: Panel[], frame: Frame): StandaloneSvg {
  const page = getComputedStyle(document.documentElement);
  const fontFamily = getComputedStyle(document.body).fontFamily;
  const token = (name: string) => page.getPropertyValue(`--${name}`).trim();
  const textColour = token('color-text');
  const mutedColour = token('color-text-muted');
  const measure = defined(document.createElement('canvas').getContext('2d'), "document.createElement('canvas').getContext('2d')");
  const textWidth = (text: string, size: number, weight = 400) => {
    measure.font = `${weight} ${size}px ${fontFamily}`;
    return measure.measureText(text).width;
  };

  const PAD = 24;
  const LEGEND_SIZE = 13;
  const sizes = panels.map((panel) => chartSize(panel.svg));
  const contentWidth = Math.ceil(
    Math.max(
      ...sizes.map((size) => size.width),
      textWidth(frame.title, 22, 700),
      frame.subtitle ? textWidth(frame.subtitle, 15) : 0,
      textWidth(frame.source, 13),
      textWidth(frame.url, 12),
    ),
  );
  const width = contentWidth + 2 * PAD;
  const parts: SVGElement[] = [];
  let y = PAD;
  const line = (text: string, size: number, extra: Record<string, string | number> = {}) => {
    parts.push(element('text', { x: PAD, y: y + size, 'font-size': size, ...extra }, text));
    y += Math.round(size * 1.5);
  };

  line(frame.title, 22, { 'font-weight': 700 });
  if (frame.subtitle) line(frame.subtitle, 15, { fill: mutedColour });
  y += 8;

  panels.forEach((panel, index) => {
    if (panel.heading) line(panel.heading, 17, { 'font-weight': 700 });
    const copy = panel.svg.cloneNode(true) as SVGSVGElement;
    const drop: Element[] = [];
    inlineStyles(panel.svg, copy, null, drop);
    for (const node of drop) node.remove();
    unwrapLinks(copy);
    const { width: chartWidth, height: chartHeight } = at(sizes, index, 'sizes');
    if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${chartWidth} ${chartHeight}`);
    for (const [key, value] of Object.entries({ x: PAD, y, width: chartWidth, height: chartHeight, overflow: 'visible' }))
      copy.setAttribute(key, String(value));
    parts.push(copy);
    y += chartHeight + 10;

    // Legend items flow left to right and wrap, like the HTML legend they copy.
    let x = PAD;
    const rowHeight = LEGEND_SIZE + 9;
    if (panel.legend.length) y += 4;
    for (const item of panel.legend) {
      const itemWidth = 14 + 6 + textWidth(item.text, LEGEND_SIZE);
      if (x > PAD && x + itemWidth > PAD + contentWidth) {
        x = PAD;
        y += rowHeight;
      }
      parts.push(
        element('rect', {
          x,
          y: y + 1,
          width: 14,
          height: 13,
          fill: item.fill,
          stroke: item.stroke,
          ...(item.dashed ? { 'stroke-dasharray': '3 2' } : {}),
        }),
      );
      parts.push(element('text', { x: x + 20, y: y + LEGEND_SIZE, 'font-size': LEGEND_SIZE }, item.text));
      x += itemWidth + 16;
    }
    if (panel.legend.length) y += rowHeight;
    y += 14;
  });

  parts.push(element('line', { x1: PAD, x2: width - PAD, y1: y, y2: y, stroke: token('color-border') }));
  y += 8;
  line(frame.source, 13, { fill: mutedColour });
  line(frame.url, 12, { fill: mutedColour });
  const height = Math.ceil(y + PAD - 6);

  const root = element('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'font-family': fontFamily,
    fill: textColour,
  });
  root.append(element('title', {}, frame.title), element('rect', { width, height, fill: token('chart-paper') }), ...parts);
  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  return { markup, width, height };
}

/** The colour key of an HTML legend: each item's swatch (any element with a background) and text. */
export function legendItems(items: Iterable<Element>): LegendItem[] {
  return [...items].flatMap((item) => {
    const swatch = item.querySelector('.swatch, .tm-swatch');
    if (!swatch) return [];
    const style = getComputedStyle(swatch);
    // data-export-text: the item's wording for a file, where the page's refers to links or clicks.
    const text = (item as HTMLElement).dataset.exportText ?? item.textContent?.trim() ?? '';
    return [{ text, fill: style.backgroundColor, stroke: style.borderTopColor, dashed: style.borderTopStyle === 'dashed' }];
  });
}
