import { FUNDING_SOURCES } from '../../lib/fundingSources';
import { sourceNodeId } from '../../lib/flow/sources';
import type { Funds } from '../../lib/flow/types';
import { MIXED_SOURCES, sourceSwatch } from '../../lib/palette';

/** The site's funding-source palette (src/lib/palette.ts), keyed by flow node id. */
export const SOURCE_COLOURS: Record<string, { fill: string; name: string }> = Object.fromEntries(
  FUNDING_SOURCES.map((source) => {
    const swatch = sourceSwatch(source.id);
    return [sourceNodeId(source), { fill: swatch.fill, name: swatch.token.replace('source-', '') }];
  }),
);
const MIXED = { fill: MIXED_SOURCES.fill, name: 'mixed' };

/** A link takes its source's colour; money from several sources is grey. */
export function colourOfFunds(funds: Funds): { fill: string; name: string } {
  const paying = FUNDING_SOURCES.map(sourceNodeId).filter((id) => (funds[id] ?? 0) > 0);
  const [only, ...others] = paying;
  return only !== undefined && others.length === 0 ? (SOURCE_COLOURS[only] ?? MIXED) : MIXED;
}
