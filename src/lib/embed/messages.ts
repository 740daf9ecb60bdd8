/**
 * The height messages an embedded chart sends to its host page, in the two formats newsroom tools
 * understand: Pym.js ("pymxPYMx<id>xPYMxheightxPYMx<px>") and AMP ({sentinel: "amp", type: "embed-size"}).
 * public/embed.js parses the same formats on the host side (it must stay a plain script).
 */

export const MAX_EMBED_HEIGHT = 20_000;

export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(height)].join('xPYMx');
}

export function ampSizeMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

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
  if (data !== null && typeof data === 'object') {
    const message = data as Record<string, unknown>;
    return message.sentinel === 'amp' && message.type === 'embed-size' ? validHeight(message.height) : null;
  }
  return null;
}
