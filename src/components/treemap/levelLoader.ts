/**
 * Brings zoom levels into a treemap on demand. Each level below the first is prerendered as its
 * own page (/treemap/levels/<view>/<node>/); this fetches that page once, takes its breadcrumb,
 * summary, drawings, table and tile details, and puts them beside the first level's, hidden, so
 * the client script shows levels exactly as if they had been in the page from the start.
 */
import { loadOnce } from '../site/loadOnce';
import type { DetailsEntry, TreemapData } from './detailsPanel';
import { makeSortable } from './sortTable';

/** Where each part of a level goes: after the last part of the same kind already in the chart. */
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
    const response = await fetch(`${levelsUrl}${encodeURIComponent(id)}/`);
    if (!response.ok) return false;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const source = page.querySelector(`[data-treemap-level-page="${CSS.escape(id)}"]`);
    if (!source) return false;
    if (isIn(id)) return true;
    const places = PARTS.map((selector) => ({ part: source.querySelector(selector), anchor: [...container.querySelectorAll(selector)].at(-1) }));
    if (places.some(({ part, anchor }) => !part || !anchor)) return false;
    const details = JSON.parse(source.querySelector('script[data-treemap-level-data]')?.textContent ?? '{}') as Record<string, DetailsEntry>;
    // Details already known (from the first level) stay as they are.
    data.details = { ...details, ...data.details };
    for (const { part, anchor } of places) {
      const copy = document.importNode(part!, true) as HTMLElement;
      copy.hidden = true;
      prepare(copy);
      anchor!.after(copy);
    }
    return true;
  }

  const load = loadOnce(isIn, fetchLevel);

  return { load, prepare };
}
