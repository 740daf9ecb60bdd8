/**
 * Renders one prerendered layout of the flow chart as an SVG string. A string (not an Astro
 * component) so the same markup can be inlined in the page and served as a static file for the
 * variants the client script loads on demand.
 *
 * The chart is one tab stop (the first source node; the client script moves it with the arrow keys,
 * see flowKeyboard.ts); nodes and links are in column order (sources, their links, functions, their
 * links, spending); project nodes are links to the project page. Styles live in FlowChart.astro.
 */
import { round, type FlowLayout, type PlacedNode } from '../../lib/flow/layout';
import { VERTICAL } from '../../lib/flow/layoutVertical';
import { linkAccessibleName, nodeAccessibleName, nodeLookup } from '../../lib/flow/names';
import { projectPath } from '../../lib/flow/details';
import { isDerived, type FlowGraph, type Funds } from '../../lib/flow/types';
import { colourOfFunds, SOURCE_COLOURS } from './colours';
import { flowAnnotations } from '../../lib/annotations/flow';
import { annotationsSvg } from '../../lib/annotations/svg';
import type { Lang } from '../../i18n/lang';

export interface FlowSvgOptions {
  variantKey: string;
  graph: FlowGraph;
  layout: FlowLayout;
  /** Members (project node ids) of the group opened in this variant; they get a bracket. */
  openMembers: readonly string[];
  label: string;
  /** Prefixes site paths with the base (withBase), passed in so this file has no Astro dependency. */
  href: (path: string) => string;
  lang?: Lang;
}

const SVG_TEXT = {
  zh: { unit: '单位：万元', expand: (name: string) => `${name}，按回车键展开`, plus: '＋ ' },
  en: { unit: '10,000 yuan', expand: (name: string) => `${name}; press Enter to open`, plus: '+ ' },
} as const;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

function payingSources(funds: Funds): string {
  return Object.entries(funds)
    .filter(([, value]) => value > 0)
    .map(([id]) => id)
    .join(' ');
}

function nodeMarkup(placed: PlacedNode, name: string, options: FlowSvgOptions, member: boolean, tabStop: boolean): string {
  const { node, x, y, width, height, label } = placed;
  const text = SVG_TEXT[options.lang ?? 'zh'];
  const fill = node.kind === 'source' ? SOURCE_COLOURS[node.id]?.fill : undefined;
  const elbow =
    label.leader &&
    (label.vertical
      ? `${label.leader.x1},${(label.leader.y1 + label.leader.y2) / 2}`
      : `${(label.leader.x1 + label.leader.x2) / 2},${label.leader.y1}`);
  const leader = label.leader
    ? `<polyline class="flow-leader" points="${label.leader.x1},${label.leader.y1} ${elbow} ${label.leader.x2},${label.leader.y2}"/>`
    : '';
  // Upright lines stand side by side, right to left, each its own text chunk.
  const position = (index: number) =>
    label.vertical
      ? { x: round(label.x + ((label.lines.length - 1) / 2 - index) * VERTICAL.lineWidth), y: label.lines.length > 1 ? label.y : undefined }
      : { x: label.x, dy: index === 0 ? 0 : 17 };
  const lines = label.lines
    .map(
      (line, index) =>
        `<tspan${attributes(position(index))}>${escapeXml(node.kind === 'group' && !node.tableOnly && index === 0 ? `${text.plus}${line}` : line)}</tspan>`,
    )
    .join('');
  const body =
    `<rect class="flow-node-bar"${attributes({ x, y, width, height, style: fill ? `fill:${fill}` : undefined })}/>` +
    leader +
    (label.lines.length === 0
      ? ''
      : `<text${attributes({ x: label.x, y: label.y, 'text-anchor': label.anchor, 'writing-mode': label.vertical ? 'vertical-rl' : undefined })}>${lines}</text>`);
  const classes = ['flow-node', `flow-node--${node.kind}`, ...(member ? ['is-member'] : [])].join(' ');
  if (node.kind === 'project') {
    return `<a${attributes({ class: classes, href: options.href(projectPath(node, options.lang)), tabindex: tabStop ? 0 : -1, 'data-key': node.id, 'aria-label': name })}>${body}</a>`;
  }
  // A group too big to open is explained in the details panel, like any other node.
  const group = node.kind === 'group' && !node.tableOnly;
  return `<g${attributes({
    class: classes,
    role: 'button',
    tabindex: tabStop ? 0 : -1,
    'data-key': node.id,
    'data-group': group ? node.id : undefined,
    'aria-expanded': group ? 'false' : undefined,
    'aria-label': group ? text.expand(name) : name,
  })}>${body}</g>`;
}

export function renderFlowSvg(options: FlowSvgOptions): string {
  const { graph, layout, variantKey, openMembers, label, lang = 'zh' } = options;
  const lookup = nodeLookup(graph);
  const members = new Set(openMembers);
  // Accessible names carry each figure's share of the whole, which the chart's live region reads out.
  const total = graph.nodes.filter((node) => node.kind === 'source').reduce((sum, node) => sum + node.value, 0);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg"${attributes({ class: `flow-svg flow-svg--${layout.orientation}`, viewBox: `0 0 ${layout.width} ${layout.height}`, width: layout.width, height: layout.height, role: 'group', 'aria-label': label, 'data-variant': variantKey, style: layout.orientation === 'vertical' ? `min-width:${Math.round(layout.width * 0.9)}px` : undefined })}>`,
  );
  parts.push('<g class="flow-titles" aria-hidden="true">');
  for (const column of layout.columns)
    parts.push(`<text${attributes({ x: column.x, y: column.y, 'text-anchor': column.anchor })}>${escapeXml(column.title)}</text>`);
  parts.push(
    `<text class="flow-unit"${attributes({ x: layout.width - 2, y: 34, 'text-anchor': 'end' })}>${SVG_TEXT[lang].unit}</text></g>`,
  );

  for (const column of [0, 1, 2]) {
    parts.push(`<g class="flow-column" data-column="${column}">`);
    for (const placed of layout.nodes.filter((entry) => entry.node.column === column)) {
      const tabStop = placed === layout.nodes[0];
      parts.push(nodeMarkup(placed, nodeAccessibleName(placed.node, lookup, total, lang), options, members.has(placed.node.id), tabStop));
    }
    parts.push('</g>');
    if (column === 2) break;
    parts.push(`<g class="flow-links" data-step="${column}">`);
    for (const { link, path } of layout.links.filter((entry) => lookup(entry.link.source).column === column)) {
      const derived = isDerived(link.basis);
      parts.push(
        `<path${attributes({
          class: derived ? 'flow-link is-derived' : 'flow-link',
          d: path,
          style: `fill:${colourOfFunds(link.funds).fill}`,
          role: 'button',
          tabindex: -1,
          'data-key': link.id,
          'data-from': link.source,
          'data-to': link.target,
          'data-funds': payingSources(link.funds),
          'data-step': column,
          'aria-label': linkAccessibleName(link, lookup, total, lang),
        })}/>`,
      );
    }
    parts.push('</g>');
  }

  // A bracket beside the projects of the group opened in this variant.
  const opened = layout.nodes.filter((placed) => members.has(placed.node.id));
  const [firstOpened] = opened;
  if (firstOpened) {
    const x = firstOpened.x - 4;
    const y1 = Math.min(...opened.map((placed) => placed.y));
    const y2 = Math.max(...opened.map((placed) => placed.y + placed.height));
    parts.push(`<line class="flow-bracket" aria-hidden="true"${attributes({ x1: x, x2: x, y1, y2 })}/>`);
  }
  parts.push(annotationsSvg(flowAnnotations(layout, lang))); // key facts (src/lib/annotations/)
  parts.push('</svg>');
  return parts.join('');
}
