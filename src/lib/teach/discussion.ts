import { budgetIndex } from '../data/budgetIndex';
import type { Budget } from '../data/load';
import { formatInteger, formatShare, formatWan } from '../format';
import { basisCounts } from '../functionBasis';
import { revenueAmount } from '../budgetFacts';
import type { DiscussionFigures } from './lesson';

/** The figures the discussion prompts quote, from the data. */
export function discussionFigures(budget: Budget): DiscussionFigures {
  const total = budgetIndex(budget).total('grand-total');
  const carryover = revenueAmount(budget, 'carryover');
  const threePublic = budgetIndex(budget).total('three-public-total');
  return {
    carryover: formatWan(carryover),
    carryoverShare: formatShare(carryover, total),
    satisfactionCount: formatInteger(budget.indicators.filter((indicator) => indicator.level1 === '满意度指标').length),
    indicatorCount: formatInteger(budget.indicators.length),
    threePublic: formatWan(threePublic),
    threePublicShare: formatShare(threePublic, total),
    editorialCount: basisCounts(budget.projects).editorial,
  };
}
