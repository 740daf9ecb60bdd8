import { dataDir } from './dataDir';
import { directoryReader, loadBudget, type Budget } from './data/load';
import { reconcile } from './data/reconcile';
import { budgetIndex, type BudgetIndex } from './data/budgetIndex';

let loaded: { budget: Budget; index: BudgetIndex } | undefined;

/**
 * Loads data/ once per build, checks it, reconciles it and indexes it. Any schema or reconciliation
 * error throws here, which fails the build.
 */
function load(): { budget: Budget; index: BudgetIndex } {
  if (!loaded) {
    const budget = loadBudget(directoryReader(dataDir()));
    reconcile(budget);
    loaded = { budget, index: budgetIndex(budget) };
  }
  return loaded;
}

/** The checked budget: its tables as row arrays. */
export function getBudget(): Budget {
  return load().budget;
}

/** Look-ups by id and code (totals, projects, units, children of a code, branches) over getBudget(). */
export function getBudgetIndex(): BudgetIndex {
  return load().index;
}
