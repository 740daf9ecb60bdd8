import { directoryReader, loadBudget } from '../../src/lib/data/load';
import { reconcile } from '../../src/lib/data/reconcile';
import { measure, type Timing } from './measure';

/** How long reading, validating and reconciling every CSV in data/ takes (target: well under 200 ms). */
export function benchDataLoading(dataDir = 'data'): Timing[] {
  const read = directoryReader(dataDir);
  return [
    measure('load + validate data/', () => loadBudget(read)),
    measure('load + validate + reconcile data/', () => reconcile(loadBudget(read))),
  ];
}
