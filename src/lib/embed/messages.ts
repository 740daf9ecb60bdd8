/**
 * The messages between an embedded chart and its host page.
 *
 * Chart → host: its height, in the two formats newsroom tools understand: Pym.js
 * ("pymxPYMx<id>xPYMxheightxPYMx<px>") and AMP ({sentinel: "amp", type: "embed-size"}); and, for a
 * sandboxed frame that may not open tabs, a request to open one of our pages in a new tab.
 * Host → chart: "I set your height, tell me it now" (our /embed.js, on load and on every resize of
 * the host), or Pym's width message, which means the same. Until one arrives the embed page scrolls,
 * so a host without a script still shows everything.
 */

export const MAX_EMBED_HEIGHT = 20_000;
const SENTINEL = 'jincheng-embed';

export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(height)].join('xPYMx');
}

export function ampSizeMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** Host → chart: the host resizes the frame and wants the height now. */
export function heightRequestMessage(): { sentinel: typeof SENTINEL; type: 'height-request' } {
  return { sentinel: SENTINEL, type: 'height-request' };
}

/** Chart → host: open this page of ours in a new tab (a sandboxed frame may not). */
export function openPageMessage(href: string): { sentinel: typeof SENTINEL; type: 'open'; href: string } {
  return { sentinel: SENTINEL, type: 'open', href };
}

const record = (data: unknown): Record<string, unknown> | null =>
  data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : null;

const validHeight = (value: unknown): number | null => {
  const height = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof height === 'number' && Number.isInteger(height) && height > 0 && height <= MAX_EMBED_HEIGHT ? height : null;
};

/** The height a message asks for, or null for anything else or malformed. */
export function heightFromMessage(data: unknown): number | null {
  if (typeof data === 'string') {
    const parts = data.split('xPYMx');
    return parts.length === 4 && parts[0] === 'pym' && parts[2] === 'height' ? validHeight(parts[3]) : null;
  }
  const message = record(data);
  return message?.sentinel === 'amp' && message.type === 'embed-size' ? validHeight(message.height) : null;
}

/** Whether a host's message asks the chart for its height: ours, or Pym's width message. */
export function isHeightRequest(data: unknown): boolean {
  if (typeof data === 'string') {
    const parts = data.split('xPYMx');
    return parts.length === 4 && parts[0] === 'pym' && parts[2] === 'width';
  }
  const message = record(data);
  return message?.sentinel === SENTINEL && message.type === 'height-request';
}

/** The page a chart asks its host to open, if the message is such a request and the page is on `origin`. */
export function pageToOpen(data: unknown, origin: string): string | null {
  const message = record(data);
  if (message?.sentinel !== SENTINEL || message.type !== 'open' || typeof message.href !== 'string') return null;
  try {
    const url = new URL(message.href);
    return url.origin === origin && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href : null;
  } catch {
    return null;
  }
}
