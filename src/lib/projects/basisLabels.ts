/**
 * How a project's functional item was linked (projects.function_basis), as the project page words
 * it: the Chinese labels are the methodology's (BASIS_LABELS); the English ones are the project
 * page's own.
 */
import type { Lang } from '../../i18n/lang';
import { BASIS_LABELS, type FunctionBasis } from '../functionBasis';

const BASIS_LABELS_PAGE_EN: Record<FunctionBasis, { name: string; description: string }> = {
  'amount-unique': {
    name: 'fixed by the amount',
    description: 'The amount alone allows only this item: charged to any other, the totals would not add up.',
  },
  'name-and-amount': {
    name: 'fixed by name and amount',
    description:
      'In every split with the fewest name mismatches under this site’s naming rules (listed in the methodology), it is charged to this item: anywhere else either the accounts do not add up or more projects’ names would not fit their item. Other naming rules could give another answer.',
  },
  editorial: {
    name: 'editorial choice',
    description:
      'Other splits fit as well. We chose one by a fixed rule (larger projects first take the item closest to their name); the other possible items are listed in the data file function_assignment_alternatives.csv.',
  },
};

export const basisLabel = (lang: Lang, basis: FunctionBasis) => (lang === 'en' ? BASIS_LABELS_PAGE_EN : BASIS_LABELS)[basis];
