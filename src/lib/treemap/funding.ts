import type { Fen } from '../money';
import { budgetIndex } from '../data/budgetIndex';
import { FUNDING_SOURCES } from '../fundingSources';
import type { Funding, TreemapBudget } from './types';

export function funding(generalBudget: Fen | null, unitFunds: Fen | null, carryover: Fen | null): Funding {
  return { general_budget: generalBudget ?? 0, unit_funds: unitFunds ?? 0, carryover: carryover ?? 0 };
}

export function addFunding(parts: readonly (Funding | null)[]): Funding | null {
  const total = funding(0, 0, 0);
  for (const part of parts) {
    if (!part) return null;
    for (const source of FUNDING_SOURCES) total[source.column] += part[source.column];
  }
  return total;
}

/**
 * Whether all basic expenditure (基本支出) is paid from the current year's general budget.
 * The report never says so in one line, but it follows from its totals: the general budget
 * appropriation (表二) minus its project part (表五) equals all basic expenditure (表三).
 * When that identity does not hold we do not guess a split.
 */
export function basicIsAllGeneralBudget(budget: TreemapBudget): boolean {
  const totals = budgetIndex(budget);
  const generalForBasic = totals.total('general-budget-current-year') - totals.total('general-budget-project-current');
  return generalForBasic === totals.total('basic-total');
}

/** Funding of a basic-expenditure amount: all 当年拨款 when the totals prove it, otherwise unknown. */
export function basicFunding(budget: TreemapBudget, amount: Fen): Funding | null {
  return basicIsAllGeneralBudget(budget) ? funding(amount, 0, 0) : null;
}
