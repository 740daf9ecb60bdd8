import { ampSizeMessage, isHeightRequest, openPageMessage, pymHeightMessage } from '../../lib/embed/messages';
import { chartState } from '../../lib/embed/state';
import { keepPanelsSteady } from './steadyHeight';

/**
 * Inside an embed: tell the host page our height on load, on every change and whenever it asks,
 * in Pym.js format (when the host passed a childId, as Pym does) and in AMP's. The page scrolls
 * until the host confirms it sets our height (a request from /embed.js or Pym's width message), so
 * nothing is cut off on a host without a script. Links to other pages open in a new tab.
 */
export function initEmbedChild() {
  const root = document.querySelector<HTMLElement>('[data-embed-root]');
  if (!root) return;
  keepPanelsSteady(root);
  let hostIsOurs = false;

  // Bubble phase: a chart that handles its own click (a zoom, a first tap) has already said so.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!link || event.defaultPrevented || (event as MouseEvent).button !== 0) return;
    const url = new URL(link.getAttribute('href') ?? '', document.baseURI);
    // "查看完整图表" opens the full page in the state the reader has reached here.
    if (link.hasAttribute('data-full-chart')) url.search = chartState(location.search);
    if (url.origin === location.origin && url.pathname === location.pathname) return;
    // A sandboxed frame (opaque origin) may not open tabs, and a tab it opened would be sandboxed too: our host script opens it.
    if (window.origin === 'null' && hostIsOurs) {
      event.preventDefault();
      window.parent.postMessage(openPageMessage(url.href), '*');
      return;
    }
    if (link.hasAttribute('data-full-chart')) link.setAttribute('href', url.href);
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener');
  });

  if (window.parent === window) return;
  const childId = new URLSearchParams(location.search).get('childId');
  let lastHeight = 0;
  const report = (always = false) => {
    // Reading the size forces layout, so the answer is right even while the browser pauses an off-screen frame's rendering.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === 0 || (height === lastHeight && !always)) return;
    lastHeight = height;
    if (childId) window.parent.postMessage(pymHeightMessage(childId, height), '*');
    window.parent.postMessage(ampSizeMessage(height), '*');
  };
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || !isHeightRequest(event.data)) return;
    hostIsOurs ||= typeof event.data !== 'string';
    document.documentElement.dataset.embedResized = '';
    report(true);
  });
  new ResizeObserver(() => report()).observe(root);
  window.addEventListener('load', () => report());
  report();
}
