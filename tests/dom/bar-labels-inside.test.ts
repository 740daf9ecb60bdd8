/**
 * Prerendered bar charts in the built site (linkedom, no browser): every label and annotation drawn
 * as SVG text lies inside its chart's viewBox, in both languages, as the one text measure
 * (src/lib/text/measure.ts) sees it, so a longer English text cannot run off a phone's screen.
 * The home page's bars and its embed are SVG, and so is the download of a branch's bar chart;
 * the bars of the branch pages and embeds themselves are HTML, whose annotation wraps.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { DIST_DIR } from '../browser/support/dist';
import { getBudget } from '../../src/lib/budget';
import { branchOverview } from '../../src/lib/branches/summary';
import { textWidth } from '../../src/lib/text/measure';

if (!existsSync(join(DIST_DIR, 'index.html'))) throw new Error(`${DIST_DIR}/ is missing: run \`npm run build\` before the DOM pass.`);

const branches = branchOverview(getBudget()).branches.map((branch) => branch.id);
const PAGES = ['', '/en'].flatMap((lang) => [`${lang}/`, `${lang}/embed/home/`, ...branches.map((id) => `${lang}/branches/${id}/`)]);
const BRANCH_EMBEDS = ['', '/en'].flatMap((lang) => branches.map((id) => `${lang}/embed/branch-${id}/`));

/** Every SVG of a page, those inside <template> (the download menu's) included. */
function svgsOf(html: string): Element[] {
  const { document } = parseHTML(html);
  const templates = [...document.querySelectorAll('template')].flatMap((template) => svgsOf(template.innerHTML));
  const svgs: Element[] = [...document.querySelectorAll('svg')].filter((svg) => svg.getAttribute('viewBox'));
  return [...svgs, ...templates];
}

/** An attribute on the element or the nearest ancestor that has it. */
function inherited(element: Element, name: string): string | null {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const value = at.getAttribute(name);
    if (value !== null) return value;
  }
  return null;
}

/** The horizontal extent of one <text>, line by line (tspans with their own x start a line). */
function extents(text: Element): { line: string; left: number; right: number }[] {
  const fontSize = Number(inherited(text, 'font-size') ?? 13);
  const anchor = inherited(text, 'text-anchor') ?? 'start';
  const x0 = Number(text.getAttribute('x') ?? 0);
  const tspans = [...text.querySelectorAll('tspan[x]')];
  const lines = tspans.length
    ? tspans.map((tspan) => [tspan.textContent ?? '', Number(tspan.getAttribute('x'))] as const)
    : [[text.textContent ?? '', x0] as const];
  return lines.map(([line, x]) => {
    const width = textWidth(line, fontSize);
    const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
    return { line, left, right: left + width };
  });
}

/** Every SVG text of a page's charts that runs outside its viewBox, and how many were checked. */
function textsOutside(path: string): { checked: number; outside: string[] } {
  const outside: string[] = [];
  let checked = 0;
  for (const svg of svgsOf(readFileSync(join(DIST_DIR, path, 'index.html'), 'utf8'))) {
    if (svg.closest('[data-flow-canvas], .treemap, .branch-map')) continue;
    const [minX, , width] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number) as [number, number, number];
    for (const text of svg.querySelectorAll('text')) {
      if (text.getAttribute('transform') || text.getAttribute('writing-mode')) continue;
      for (const { line, left, right } of extents(text)) {
        checked++;
        if (left < minX - 1 || right > minX + width + 1) outside.push(`“${line}” ${left.toFixed(1)}–${right.toFixed(1)} in 0–${width}`);
      }
    }
  }
  return { checked, outside };
}

describe('bar charts drawn as SVG', () => {
  test.each(PAGES)('%s: every text lies inside its viewBox', (path) => {
    const { checked, outside } = textsOutside(path);
    expect(checked, 'texts checked').toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});

describe('the branch embeds’ bars', () => {
  test.each(BRANCH_EMBEDS)('%s: the largest bar’s annotation stays inside the chart', (path) => {
    const { document } = parseHTML(readFileSync(join(DIST_DIR, path, 'index.html'), 'utf8'));
    const html = [...document.querySelectorAll('.bar-list .bar-annotation')];
    const { checked, outside } = textsOutside(path);
    // Drawn in HTML it wraps: on the first (largest, full-width) bar, it runs leftwards from the
    // bar's end, inside the list. Drawn as SVG, its text is inside the viewBox.
    if (checked === 0) {
      expect(html).toHaveLength(1);
      expect(html[0]!.closest('.bar-row')).toBe(document.querySelector('.bar-list .bar-row'));
      expect(html[0]!.classList.contains('bar-annotation--end')).toBe(true);
    } else expect(outside).toEqual([]);
  });
});
