import type { Lang } from '../i18n/lang';
import type { Project } from './data/schemas';
import { FUNCTION_BASES } from './data/schemas';

export type FunctionBasis = (typeof FUNCTION_BASES)[number];

/** Reader-facing names for how a project's functional code was derived. */
export const BASIS_LABELS: Record<FunctionBasis, { name: string; description: string }> = {
  'amount-unique': {
    name: '金额唯一确定',
    description: '只看金额就只有这一种可能：放到任何别的科目，总数都对不上。',
  },
  'name-and-amount': {
    name: '名称与金额共同确定',
    description:
      '在按本站名称规则（规则表见方法说明）的每一种“名称不符最少”的分法中，它都记在这个科目：换到别的科目，要么账对不上，要么名实不符的项目会更多。换一套名称规则，结论可能不同。',
  },
  editorial: {
    name: '编辑判断',
    description:
      '还有同样好的其他分法。我们按固定规则（金额大的项目先取名称最贴近的科目）选了一种，其他可能的归属列在数据页的“功能科目的其他可能”文件中。',
  },
};

/** The same labels in the English edition (the methodology, the project pages, the explainer). */
export const BASIS_LABELS_EN: Record<FunctionBasis, { name: string; description: string }> = {
  'amount-unique': {
    name: 'Determined by amount alone',
    description: 'The amounts allow only this one possibility: put under any other code, the totals no longer match.',
  },
  'name-and-amount': {
    name: 'Determined by name and amount together',
    description:
      'In every “fewest misfits” division under this site’s name rules (the rules table is in the methodology) it is booked under this code: moved to another, either the accounts no longer match or more projects would not fit their names. Different name rules could give a different answer.',
  },
  editorial: {
    name: 'Editorial judgement',
    description:
      'Other divisions are just as good. We chose one by a fixed rule (larger projects first take the code closest to their name); the other possible codes are listed in the “alternative functional codes” file on the data page.',
  },
};

/** The labels in a page's language. */
export const basisLabels = (lang: Lang) => (lang === 'en' ? BASIS_LABELS_EN : BASIS_LABELS);

export function basisCounts(projects: Project[]): Record<FunctionBasis, number> {
  const counts = Object.fromEntries(FUNCTION_BASES.map((basis) => [basis, 0])) as Record<FunctionBasis, number>;
  for (const project of projects) counts[project.function_basis]++;
  return counts;
}
