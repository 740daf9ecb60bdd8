import type { Indicator } from '../data/schemas';
import { markCut } from '../text/cut';

/** An indicator's name as shown: a name the report printed cut ends at a word and with “…”. */
export function indicatorName(indicator: Pick<Indicator, 'name' | 'name_source'>): string {
  return indicator.name_source === 'cut' ? markCut(indicator.name) : indicator.name;
}
