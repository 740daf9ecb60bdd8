import { ampSizeMessage, pymHeightMessage } from '../../lib/embed/messages';

/**
 * Inside an embed: tell the host page our height on load and on every change, in Pym.js format
 * (when the host passed a childId, as Pym does) and in AMP's, and open links to other pages in a
 * new tab instead of inside the frame.
 */
export function initEmbedChild() {
  const root = document.querySelector<HTMLElement>('[data-embed-root]');
  if (!root) return;

  document.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!link || link.target) return;
      const url = new URL(link.href, location.href);
      if (url.origin !== location.origin || url.pathname !== location.pathname) {
        link.target = '_blank';
        link.rel = 'noopener';
      }
    },
    true,
  );

  if (window.parent === window) return;
  const childId = new URLSearchParams(location.search).get('childId');
  let lastHeight = 0;
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === lastHeight || height === 0) return;
    lastHeight = height;
    if (childId) window.parent.postMessage(pymHeightMessage(childId, height), '*');
    window.parent.postMessage(ampSizeMessage(height), '*');
  };
  new ResizeObserver(report).observe(root);
  window.addEventListener('load', report);
  report();
}
