/** English of the methodology's labels (src/lib/functionBasis.ts BASIS_LABELS), for /en/methodology/. */
import type { FunctionBasis } from './functionBasis';

export const BASIS_LABELS_EN: Record<FunctionBasis, { name: string; description: string }> = {
  'amount-unique': {
    name: 'Determined by amount alone',
    description: 'The amounts allow only this one possibility: put under any other code, the totals no longer match.',
  },
  'name-and-amount': {
    name: 'Determined by name and amount together',
    description:
      'In every “fewest misfits” division under the site’s name rules (see the rules table on this page) it is booked under this code: moved to another, either the accounts no longer match or more projects would not fit their names. Different name rules could give a different answer.',
  },
  editorial: {
    name: 'Editorial judgement',
    description:
      'Other divisions are just as good. We chose one by a fixed rule (larger projects first take the code closest to their name); the other possible codes are listed in the “alternative functional codes” file on the data page.',
  },
};
