import { FUNDING_SOURCES, sourceNodeId } from '../../lib/flow/sources';
import type { Funds } from '../../lib/flow/types';

/** Okabe–Ito colours per funding source, the same as on the home page. */
export const SOURCE_COLOURS: Record<string, { fill: string; name: string }> = {
  'source:general-budget': { fill: 'var(--cat-2)', name: 'general' },
  'source:unit-funds': { fill: 'var(--cat-4)', name: 'unit' },
  'source:carryover': { fill: 'var(--cat-1)', name: 'carryover' },
};
const MIXED = { fill: 'var(--cat-8)', name: 'mixed' };

/** A link takes its source's colour; money from several sources is grey. */
export function colourOfFunds(funds: Funds): { fill: string; name: string } {
  const paying = FUNDING_SOURCES.map(sourceNodeId).filter((id) => (funds[id] ?? 0) > 0);
  return paying.length === 1 ? (SOURCE_COLOURS[paying[0]!] ?? MIXED) : MIXED;
}

