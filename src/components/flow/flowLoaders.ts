/**
 * Fetching the flow chart's prerendered pieces on demand: a variant's two drawings (across and
 * down the page) and another level of detail's stepped list and table. Browser only.
 */
import { variantSlug } from '../../lib/flow/variantKey';
import { fetchPage, placeParts } from '../site/fragments';

async function fetchSvg(url: string): Promise<SVGSVGElement | null> {
  const response = await fetch(url);
  if (!response.ok) return null;
  const parsed = new DOMParser().parseFromString(await response.text(), 'image/svg+xml').documentElement;
  return parsed.localName === 'svg' ? (document.importNode(parsed, true) as unknown as SVGSVGElement) : null;
}

/** Both drawings of a variant, or null if either failed to load. */
export async function fetchVariant(variantsUrl: string, key: string): Promise<SVGSVGElement[] | null> {
  try {
    const pair = await Promise.all(
      (['horizontal', 'vertical'] as const).map((orientation) => fetchSvg(`${variantsUrl}${variantSlug(key, orientation)}.svg`)),
    );
    return pair.every(Boolean) ? (pair as SVGSVGElement[]) : null;
  } catch {
    return null;
  }
}

/** Brings another level of detail's stepped list and table in from its page, hidden, next to the default ones. */
export async function fetchDetailParts(root: HTMLElement, detailsUrl: string, key: string): Promise<boolean> {
  const page = await fetchPage(`${detailsUrl}${encodeURIComponent(key)}/`);
  if (!page) return false;
  const part = `[data-flow-detail-part="${CSS.escape(key)}"]`;
  if (root.querySelector(part)) return true;
  const copies = placeParts(root, page, [
    [`[data-flow-detail-page] > ${part}`, '.flow-narrow > [data-flow-detail-part]'],
    [`[data-flow-detail-page] > .flow-table${part}`, '.flow-table[data-flow-detail-part]'],
  ]);
  const [, table] = copies ?? [];
  if (!table) return false;
  table.id = `${root.id}-table-${key}`;
  return true;
}
