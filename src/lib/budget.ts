import { dataDir } from './dataDir';
import { directoryReader, loadBudget, type Budget } from './data/load';
import { reconcile } from './data/reconcile';

let cached: Budget | undefined;

/**
 * The checked budget, loaded once per build from data/.
 * Any schema or reconciliation error throws here, which fails the build.
 */
export function getBudget(): Budget {
  if (!cached) {
    const budget = loadBudget(directoryReader(dataDir()));
    reconcile(budget);
    cached = budget;
  }
  return cached;
}
