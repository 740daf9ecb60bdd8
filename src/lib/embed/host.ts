/**
 * The host page's side (/embed.js, bundled from this file by src/pages/embed.js.ts): sets each
 * <iframe data-jincheng-embed> to the height its chart reports, and asks every chart for its height
 * when it loads and whenever the host page is resized, so frames out of view (whose rendering the
 * browser pauses) are right too. A message counts only when it comes from one of those frames'
 * windows, from our origin (or "null" for a frame the host sandboxed), and is well formed.
 */
import { heightFromMessage, heightRequestMessage, pageToOpen } from './messages';

const FRAMES = 'iframe[data-jincheng-embed]';

export function startHost(scriptUrl: string): void {
  const origin = new URL(scriptUrl, location.href).origin;
  const frames = () => [...document.querySelectorAll<HTMLIFrameElement>(FRAMES)];
  const frameOf = (source: MessageEventSource | null) => (source ? frames().find((frame) => frame.contentWindow === source) : undefined);
  // A sandboxed frame without allow-same-origin has an opaque origin: its messages come from "null".
  const opaque = (frame: HTMLIFrameElement) => frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');

  // "*": the request carries nothing private, and a frame still loading (about:blank) must not raise an origin error.
  const ask = (frame: HTMLIFrameElement) => frame.contentWindow?.postMessage(heightRequestMessage(), '*');
  const askAll = () => frames().forEach(ask);
  const confirmed = new WeakSet<HTMLIFrameElement>();

  window.addEventListener('message', (event) => {
    const frame = frameOf(event.source);
    if (!frame || event.origin !== (opaque(frame) ? 'null' : origin)) return;
    const height = heightFromMessage(event.data);
    if (height !== null) {
      frame.style.height = `${height}px`;
      frame.setAttribute('scrolling', 'no');
      // The first report tells the chart that we resize it (it stops scrolling itself).
      if (!confirmed.has(frame)) {
        confirmed.add(frame);
        ask(frame);
      }
      return;
    }
    const href = pageToOpen(event.data, origin);
    // Chromium and Firefox pass the click's user activation up to this page, so the tab may open.
    if (href) window.open(href, '_blank', 'noopener');
  });

  for (const frame of frames()) frame.addEventListener('load', () => ask(frame));
  let settle: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('resize', () => {
    askAll();
    clearTimeout(settle);
    settle = setTimeout(askAll, 200);
  });
  askAll();
}
