/**
 * Fetching the flow chart's prerendered pieces on demand: a variant's two drawings (across and
 * down the page) and another level of detail's stepped list and table. Browser only.
 */
import { variantSlug } from '../../lib/flow/variantKey';

async function fetchSvg(url: string): Promise<SVGSVGElement | null> {
  const response = await fetch(url);
  if (!response.ok) return null;
  const parsed = new DOMParser().parseFromString(await response.text(), 'image/svg+xml').documentElement;
  return parsed.localName === 'svg' ? (document.importNode(parsed, true) as unknown as SVGSVGElement) : null;
}

/** Both drawings of a variant, or null if either failed to load. */
export async function fetchVariant(variantsUrl: string, key: string): Promise<SVGSVGElement[] | null> {
  try {
    const pair = await Promise.all((['horizontal', 'vertical'] as const).map((orientation) => fetchSvg(`${variantsUrl}${variantSlug(key, orientation)}.svg`)));
    return pair.every(Boolean) ? (pair as SVGSVGElement[]) : null;
  } catch {
    return null;
  }
}

/** Brings another level of detail's stepped list and table in from its page, hidden, next to the default ones. */
export async function fetchDetailParts(root: HTMLElement, detailsUrl: string, key: string): Promise<boolean> {
  const response = await fetch(`${detailsUrl}${encodeURIComponent(key)}/`);
  if (!response.ok) return false;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const steps = page.querySelector(`[data-flow-detail-page] > [data-flow-detail-part="${CSS.escape(key)}"]`);
  const table = page.querySelector(`[data-flow-detail-page] > .flow-table[data-flow-detail-part="${CSS.escape(key)}"]`);
  const stepsAnchor = [...root.querySelectorAll('.flow-narrow > [data-flow-detail-part]')].at(-1);
  const tableAnchor = [...root.querySelectorAll('.flow-table[data-flow-detail-part]')].at(-1);
  if (!steps || !table || !stepsAnchor || !tableAnchor) return false;
  if (root.querySelector(`[data-flow-detail-part="${CSS.escape(key)}"]`)) return true;
  const stepsCopy = document.importNode(steps, true) as HTMLElement;
  const tableCopy = document.importNode(table, true) as HTMLElement;
  tableCopy.id = `${root.id}-table-${key}`;
  stepsCopy.hidden = true;
  tableCopy.hidden = true;
  stepsAnchor.after(stepsCopy);
  tableAnchor.after(tableCopy);
  return true;
}
