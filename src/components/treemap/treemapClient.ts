/**
 * Interaction for every prerendered treemap on the page ([data-treemap]): zooming between levels
 * with ?node=… in the URL (pushState, so Back walks up; ?highlight=… picks a tile on load), the
 * details panel on hover, focus and tap, a sticky bar with the breadcrumb and "返回上一级", one
 * tab stop per drawing moved with the arrow keys, and sortable tables. It never draws the chart: the first level is in the
 * page and every other level is fetched, already drawn, from its own page (levelLoader.ts).
 */
import { clientStrings } from '../../i18n/client';
import { renderDetails, type TreemapData } from './detailsPanel';
import { makeLevelLoader } from './levelLoader';
import { animateZoom, tileBox } from './zoomAnimation';
import { recordChartState } from '../embed/history';
import { makeCurrent, nearestInDirection, rovingFocus } from '../charts/rovingFocus';
import { keepBarInView, pickedText } from './touchBar';
import { defined } from '../../lib/checked';

type FocusTarget = 'first-tile' | 'tile-we-left' | 'table' | null;

const NARROW_QUERY = '(max-width: 39.99rem)';

export function initTreemaps(): void {
  for (const container of document.querySelectorAll<HTMLElement>('[data-treemap]')) {
    if (container.dataset.treemapReady) continue;
    container.dataset.treemapReady = 'true';
    setUpTreemap(container);
  }
}

function setUpTreemap(container: HTMLElement): void {
  const $ = <T extends HTMLElement>(selector: string) => container.querySelector<T>(selector);
  const dataBlock = $('script[data-treemap-data]');
  const [panel, status, chart, picked, bar] = ['[data-details-panel]', '[data-status]', '.tm-chart', '[data-picked]', '.tm-bar'].map(
    (selector) => $(selector),
  );
  const upButton = $<HTMLButtonElement>('[data-zoom-out]');
  if (!dataBlock?.textContent || !panel || !status || !chart || !upButton || !picked || !bar) return;
  const data = JSON.parse(dataBlock.textContent) as TreemapData;
  const view = makeTreemapView(container, data, panel, status, chart, upButton, picked, bar);
  listenToChart(chart, view);
  listenToContainer(container, view);
  upButton.addEventListener('click', () => view.zoomOut());
  rovingFocus(chart, {
    items: () => view.visibleTiles(),
    next: (from, key) => nearestInDirection(from, view.visibleTiles(), key),
  });
  window.addEventListener('popstate', () => {
    const hadFocus = container.contains(document.activeElement) && document.activeElement !== document.body;
    void view.go(view.nodeFromUrl(), hadFocus ? 'tile-we-left' : null);
  });
  view.start();
}

type TreemapView = ReturnType<typeof makeTreemapView>;

/**
 * The treemap's state (the level shown, the tile picked) and what changes it: the details panel
 * and sticky bar (select, showDetails) and zooming (show, go). Longer than 80 lines on purpose:
 * one closure over the state, because zooming, picking and the panel call one another; each
 * function inside is short.
 */
function makeTreemapView(
  container: HTMLElement,
  data: TreemapData,
  panel: HTMLElement,
  status: HTMLElement,
  chart: HTMLElement,
  upButton: HTMLButtonElement,
  picked: HTMLElement,
  bar: HTMLElement,
) {
  const param = container.dataset.param ?? 'node';
  const layerOf = (id: string) => container.querySelector<HTMLElement>(`.tm-layer[data-level="${CSS.escape(id)}"]`);

  let current = data.root;
  let selected: Element | null = null;
  let focusingProgrammatically = false;

  const pathTo = (id: string): string[] => {
    const path: string[] = [];
    for (let step: string | null = id; step; step = data.details[step]?.parent ?? null) path.unshift(step);
    return path;
  };
  const nodeFromUrl = (): string => new URL(window.location.href).searchParams.get(param) || data.root;
  const urlFor = (id: string): string => {
    const url = new URL(window.location.href);
    if (id === data.root) url.searchParams.delete(param);
    else url.searchParams.set(param, id);
    return `${url.pathname}${url.search}${url.hash}`;
  };
  const loader = makeLevelLoader(container, data, container.dataset.levelsUrl ?? '', urlFor);
  const visibleTiles = (id = current): HTMLElement[] => {
    const svg = [...(layerOf(id)?.querySelectorAll('svg') ?? [])].find((candidate) => candidate.getClientRects().length > 0);
    return svg ? [...svg.querySelectorAll<HTMLElement>('.tm-tile')] : [];
  };

  function showDetails(id: string): void {
    const entry = data.details[id];
    if (entry) renderDetails(panel, entry, data, id === current);
  }

  function select(tile: Element | null): void {
    selected?.classList.remove('tm-selected');
    selected = tile;
    tile?.classList.add('tm-selected');
    const entry = tile instanceof HTMLElement || tile instanceof SVGElement ? data.details[tile.dataset.node ?? ''] : undefined;
    picked.dataset.state = entry ? 'picked' : 'hint';
    picked.textContent =
      entry && tile ? pickedText(entry, tile.hasAttribute('href') && !tile.hasAttribute('data-zoom')) : (picked.dataset.hint ?? '');
  }

  /** Each drawing of a level is one tab stop, at its first tile, until the arrow keys move it. */
  function resetTabStops(id: string): void {
    for (const svg of layerOf(id)?.querySelectorAll('svg') ?? []) {
      const tiles = [...svg.querySelectorAll('.tm-tile')];
      if (tiles[0]) makeCurrent(tiles, tiles[0]);
    }
  }

  function focusTile(tile: HTMLElement | undefined): void {
    if (!tile) return;
    focusingProgrammatically = true;
    tile.focus({ preventScroll: true });
    focusingProgrammatically = false;
  }

  /** Shows a level; animates when it is an ancestor or descendant of the current one. */
  function show(id: string, focus: FocusTarget, { animate = true, announce = true } = {}): void {
    const previous = current;
    if (id === previous) return;
    const narrow = window.matchMedia(NARROW_QUERY).matches;
    const fromPath = pathTo(previous);
    const toPath = pathTo(id);
    const goingIn = toPath.includes(previous);
    const goingOut = fromPath.includes(id);
    // The tile that links the two levels: a child of the higher one, on the path to the lower one.
    const linkTile = goingIn ? toPath[fromPath.length] : goingOut ? fromPath[toPath.length] : undefined;
    const box = linkTile
      ? tileBox(defined(layerOf(goingIn ? previous : id), 'treemap: the drawing of the higher of the two levels'), linkTile, narrow)
      : null;

    current = id;
    select(null);
    for (const part of container.querySelectorAll<HTMLElement>('[data-level]')) part.hidden = part.dataset.level !== id;
    const layer = layerOf(id);
    if (animate && layer && box) animateZoom(layer, box, goingIn ? 'in' : 'out');

    showDetails(id);
    const entry = data.details[id];
    const summary = container.querySelector<HTMLElement>(`.tm-summary[data-level="${CSS.escape(id)}"]`)?.textContent ?? '';
    if (announce) status.textContent = clientStrings().treemap.moved(goingOut, entry?.title ?? '', summary);

    upButton.hidden = id === data.root;
    resetTabStops(id);
    const tiles = visibleTiles(id);
    if (animate) keepBarInView(bar, chart);
    if (focus === 'first-tile') focusTile(tiles[0]);
    if (focus === 'tile-we-left') focusTile(tiles.find((tile) => tile.dataset.node === linkTile) ?? tiles[0]);
    if (focus === 'table') container.querySelector<HTMLElement>(`.tm-level[data-level="${CSS.escape(id)}"] table`)?.focus();
  }

  let navigation = 0;
  /** Fetches the level if need be, then shows it; a later zoom wins over one still loading. */
  async function go(id: string, focus: FocusTarget, { push = false, animate = true, announce = true } = {}): Promise<void> {
    const ticket = ++navigation;
    const loaded = id === data.root || (await loader.load(id));
    if (ticket !== navigation) return;
    if (!loaded) {
      status.textContent = clientStrings().treemap.loadFailed;
      return;
    }
    if (push && id !== current) recordChartState(urlFor(id));
    show(id, focus, { animate, announce });
  }

  function zoomTo(id: string, focus: FocusTarget): void {
    if (id === '' || id === current) return;
    void go(id, focus, { push: true });
  }

  /** ?highlight=<tile> (from a project page): that tile picked, its details shown, the chart in view. */
  function highlightFromUrl(): void {
    const wanted = new URL(window.location.href).searchParams.get('highlight');
    const tile = wanted ? visibleTiles().find((candidate) => candidate.dataset.node === wanted) : undefined;
    if (!tile || !wanted) return;
    select(tile);
    showDetails(wanted);
    makeCurrent(visibleTiles(), tile);
    chart.scrollIntoView({ block: 'center' });
  }

  return {
    data,
    loader,
    current: () => current,
    selected: () => selected,
    focusingProgrammatically: () => focusingProgrammatically,
    nodeFromUrl,
    visibleTiles,
    showDetails,
    select,
    go,
    zoomTo,
    zoomOut(): void {
      const parent = data.details[current]?.parent;
      if (parent) zoomTo(parent, 'tile-we-left');
    },
    start(): void {
      loader.prepare(container);
      select(null);
      picked.hidden = false;
      container.querySelector('[data-help]')?.removeAttribute('hidden');
      void go(nodeFromUrl(), null, { animate: false, announce: false }).then(() => {
        resetTabStops(current);
        highlightFromUrl();
      });
    },
  };
}

const opensElsewhere = (event: MouseEvent) => event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0;

/** Behaviour on the drawing: zoom on click, details on hover, focus and a first tap. */
function listenToChart(chart: HTMLElement, view: TreemapView): void {
  let lastPointer = 'mouse';
  chart.addEventListener('pointerdown', (event) => {
    lastPointer = event.pointerType;
  });
  chart.addEventListener('click', (event) => {
    const tile = (event.target as Element).closest<HTMLElement>('.tm-tile');
    if (!tile || opensElsewhere(event)) return;
    if (tile.hasAttribute('data-zoom')) {
      event.preventDefault();
      view.zoomTo(tile.dataset.node ?? '', 'first-tile');
    } else if (lastPointer === 'touch' && event.detail > 0 && view.selected() !== tile) {
      // First tap on a project shows its details (no hover on phones); a second tap opens it.
      event.preventDefault();
      // Shown in the sticky bar above the chart, so the page does not move under the finger.
      view.select(tile);
      view.showDetails(tile.dataset.node ?? '');
    }
  });
  chart.addEventListener('pointerover', (event) => {
    if (event.pointerType !== 'mouse') return;
    const target = (event.target as Element).closest<HTMLElement>('[data-node]');
    if (target?.dataset.node) view.showDetails(target.dataset.node);
  });
  chart.addEventListener('pointerleave', (event) => {
    if (event.pointerType !== 'mouse') return;
    // Back to what the keyboard or a tap last chose, else to the level itself.
    const focused = document.activeElement?.closest<HTMLElement>('.tm-tile');
    const chosen = focused && chart.contains(focused) ? focused : (view.selected() as HTMLElement | null);
    view.showDetails(chosen?.dataset.node ?? view.current());
  });
  chart.addEventListener('focusin', (event) => {
    const tile = (event.target as Element).closest<HTMLElement>('.tm-tile');
    if (tile?.dataset.node && !view.focusingProgrammatically()) view.showDetails(tile.dataset.node);
  });
}

/** Behaviour around the drawing: zoom links in tables and breadcrumbs, Escape to go up, prefetching. */
function listenToContainer(container: HTMLElement, view: TreemapView): void {
  container.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLElement>('[data-zoom-to]');
    if (!link || opensElsewhere(event)) return;
    event.preventDefault();
    const inTable = link.closest('.tm-level') !== null;
    view.zoomTo(link.dataset.zoomTo ?? '', inTable ? 'table' : 'tile-we-left');
  });
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' && event.key !== 'Backspace') return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as Element).closest('input, textarea, select, [contenteditable]')) return;
    if (view.current() === view.data.root) return;
    event.preventDefault();
    view.zoomOut();
  });
  // Fetch a level as soon as the reader points at or tabs to its tile or link, before the click.
  const prefetch = (event: Event) => {
    const link = (event.target as Element).closest<HTMLElement>('[data-zoom], [data-zoom-to]');
    const id = link?.dataset.zoomTo ?? link?.dataset.node;
    if (id && id !== view.data.root) void view.loader.load(id);
  };
  container.addEventListener('pointerover', prefetch);
  container.addEventListener('focusin', prefetch);
}
