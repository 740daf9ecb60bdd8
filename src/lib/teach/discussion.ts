import type { Lang } from '../../i18n/lang';
import { budgetIndex } from '../data/budgetIndex';
import type { Budget } from '../data/load';
import { formatInteger, formatShare, formatWanIn } from '../format';
import { basisCounts } from '../functionBasis';
import { revenueAmount } from '../budgetFacts';

/** The figures the discussion prompts (ui(lang).teachPage.discussion) quote. */
export interface DiscussionFigures {
  carryover: string;
  carryoverShare: string;
  satisfactionCount: string;
  indicatorCount: string;
  threePublic: string;
  threePublicShare: string;
  editorialCount: number;
}

/** The figures the discussion prompts quote, from the data (amounts as 万元 in Chinese, ¥ million in English prose). */
export function discussionFigures(budget: Budget, lang: Lang = 'zh'): DiscussionFigures {
  const total = budgetIndex(budget).total('grand-total');
  const carryover = revenueAmount(budget, 'carryover');
  const threePublic = budgetIndex(budget).total('three-public-total');
  return {
    carryover: formatWanIn(lang, carryover),
    carryoverShare: formatShare(carryover, total),
    satisfactionCount: formatInteger(budget.indicators.filter((indicator) => indicator.level1 === '满意度指标').length),
    indicatorCount: formatInteger(budget.indicators.length),
    threePublic: formatWanIn(lang, threePublic),
    threePublicShare: formatShare(threePublic, total),
    editorialCount: basisCounts(budget.projects).editorial,
  };
}
