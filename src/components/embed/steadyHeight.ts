/**
 * Inside an embed, hovering a tile must not change the frame's height (the article around it
 * would jump). Each details panel keeps the height of the tallest text it can show at this level:
 * measured up front for the treemap tiles whose details are in the page, and otherwise held at the
 * tallest seen. It resets when the width or the chart's state changes.
 */
import { renderDetails, type TreemapData } from '../treemap/detailsPanel';
import { STATE_CHANGE_EVENT } from './history';

const PANELS = '[data-details-panel], [data-flow-panel]';

/** The tallest the treemap's panel gets for the tiles now shown, rendered off-screen in a copy. */
function tallestTreemapDetails(panel: HTMLElement): number {
  const container = panel.closest<HTMLElement>('[data-treemap]');
  const json = container?.querySelector('script[data-treemap-data]')?.textContent;
  if (!container || !json) return 0;
  const data = JSON.parse(json) as TreemapData;
  const probe = panel.cloneNode(false) as HTMLElement;
  probe.removeAttribute('aria-live');
  probe.setAttribute('aria-hidden', 'true');
  Object.assign(probe.style, {
    position: 'absolute',
    visibility: 'hidden',
    left: '0',
    top: '0',
    width: `${panel.getBoundingClientRect().width}px`,
    minHeight: '0',
  });
  panel.after(probe);
  let tallest = 0;
  // Everything hover can show: the drawing for this width (a level has one per size, the others
  // are display: none), its tiles and the sub-tiles inside them.
  const drawing = [...container.querySelectorAll('.tm-layer:not([hidden]) svg')].find((svg) => svg.getClientRects().length > 0);
  const shown = [...(drawing?.querySelectorAll<HTMLElement>('[data-node]') ?? [])];
  for (const id of new Set(shown.flatMap((tile) => tile.dataset.node ?? []))) {
    const entry = data.details[id];
    if (!entry) continue;
    renderDetails(probe, entry, data, false);
    tallest = Math.max(tallest, probe.getBoundingClientRect().height);
  }
  probe.remove();
  return Math.ceil(tallest);
}

export function keepPanelsSteady(root: HTMLElement): void {
  const panels = [...root.querySelectorAll<HTMLElement>(PANELS)];
  if (panels.length === 0) return;
  const reset = () => {
    for (const panel of panels) {
      panel.style.minHeight = '';
      panel.style.minHeight = `${Math.max(Math.ceil(panel.getBoundingClientRect().height), tallestTreemapDetails(panel))}px`;
    }
  };
  const observer = new ResizeObserver(() => {
    for (const panel of panels) {
      const height = Math.ceil(panel.getBoundingClientRect().height);
      if (height > parseFloat(panel.style.minHeight || '0')) panel.style.minHeight = `${height}px`;
    }
  });
  panels.forEach((panel) => observer.observe(panel));
  let width = window.innerWidth;
  window.addEventListener('resize', () => {
    if (window.innerWidth === width) return;
    width = window.innerWidth;
    reset();
  });
  // After a zoom the new level's tiles are drawn: measure once they are.
  window.addEventListener(STATE_CHANGE_EVENT, () => requestAnimationFrame(reset));
  reset();
}
