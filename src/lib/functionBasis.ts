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
    description: '金额允许几种放法，其中只有这一种与项目名称最相符。',
  },
  editorial: {
    name: '编辑判断',
    description: '金额和名称都无法唯一确定，我们从几种同样合理的放法中选了一种。',
  },
};

export function basisCounts(projects: Project[]): Record<FunctionBasis, number> {
  const counts = Object.fromEntries(FUNCTION_BASES.map((basis) => [basis, 0])) as Record<FunctionBasis, number>;
  for (const project of projects) counts[project.function_basis]++;
  return counts;
}
