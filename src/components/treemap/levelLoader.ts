/**
 * Brings zoom levels into a treemap on demand. Each level below the first is prerendered as its
 * own page (/treemap/levels/<view>/<node>/); this fetches that page once, takes its breadcrumb,
 * summary, drawings, table and tile details, and puts them beside the first level's, hidden, so
 * the client script shows levels exactly as if they had been in the page from the start.
 */
import { fetchPage, loadOnce, placeParts } from '../site/fragments';
import type { DetailsEntry, TreemapData } from './detailsPanel';
import { makeSortable } from '../charts/sortableTable';

/** The parts of a level: each goes after the last part of the same kind already in the chart. */
const PARTS = ['.tm-breadcrumbs ol[data-level]', '.tm-summary[data-level]', '.tm-layer[data-level]', '.tm-level[data-level]'];

export interface LevelLoader {
  /** Resolves to whether the level is now in the chart; fetches each level at most once. */
  load: (id: string) => Promise<boolean>;
  /** Readies parts already in the page or just added: ?node= links, new-tab links, sortable tables. */
  prepare: (scope: ParentNode) => void;
}

export function makeLevelLoader(container: HTMLElement, data: TreemapData, levelsUrl: string, urlFor: (id: string) => string): LevelLoader {
  const isIn = (id: string) => container.querySelector(`.tm-layer[data-level="${CSS.escape(id)}"]`) !== null;

  function prepare(scope: ParentNode): void {
    // With JavaScript a zoom link keeps the reader in the chart: its address is the deep link.
    // Attributes, not properties: tiles are SVG <a> elements, whose href is read-only.
    for (const link of scope.querySelectorAll<HTMLElement | SVGElement>('a[data-zoom], a[data-zoom-to]')) {
      const id = link.dataset.zoomTo ?? link.dataset.node;
      if (id) link.setAttribute('href', urlFor(id));
    }
    if (data.linkTarget) {
      for (const link of scope.querySelectorAll('a[href]:not([data-zoom]):not([data-zoom-to])')) {
        link.setAttribute('target', data.linkTarget);
        link.setAttribute('rel', 'noopener');
      }
    }
    for (const table of scope.querySelectorAll<HTMLTableElement>('.tm-level table')) {
      if (table.dataset.sortable) continue;
      table.dataset.sortable = 'true';
      table.tabIndex = -1;
      makeSortable(table);
    }
  }

  async function fetchLevel(id: string): Promise<boolean> {
    const source = (await fetchPage(`${levelsUrl}${encodeURIComponent(id)}/`))?.querySelector(
      `[data-treemap-level-page="${CSS.escape(id)}"]`,
    );
    if (!source) return false;
    if (isIn(id)) return true;
    const copies = placeParts(
      container,
      source,
      PARTS.map((selector) => [selector, selector] as const),
    );
    if (!copies) return false;
    const details = JSON.parse(source.querySelector('script[data-treemap-level-data]')?.textContent ?? '{}') as Record<
      string,
      DetailsEntry
    >;
    // Details already known (from the first level) stay as they are.
    data.details = { ...details, ...data.details };
    for (const copy of copies) prepare(copy);
    return true;
  }

  const load = loadOnce(isIn, fetchLevel);

  return { load, prepare };
}
