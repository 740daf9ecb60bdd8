/**
 * English siblings of the branch chart headlines in src/lib/titles.ts: the same computed finding
 * (largest, ties, shares, ratios), written in English with English names.
 */
import type { Budget } from '../data/load';
import type { Fen } from '../money';
import { formatShare } from '../format';
import { largestOf, timesInWords, type ChartTitle } from '../titles';
import { branchNameEn, branchPlaceEn, themeNameEn } from './english';
import { branchOverview, type BranchSummary } from './summary';

const joinEn = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
const nameOf = (branch: BranchSummary) => branchNameEn(branch.unit);
/** “7.2 times”, from the same rounding as timesInWords. */
const timesEn = (a: Fen, b: Fen) => `${timesInWords(a, b).replace('倍', '')} times`;

export function branchComparisonTitleEn(budget: Budget): ChartTitle {
  const { branches } = branchOverview(budget);
  const top = largestOf(branches, (branch) => branch.total);
  const bottom = largestOf(branches, (branch) => -branch.total);
  const title =
    top.length === branches.length
      ? `All ${branches.length} branches have the same project budget`
      : `${joinEn(top.map(nameOf))} ${top.length > 1 ? 'share the largest project budget' : 'has the largest project budget'}, ${timesEn(top[0]!.total, bottom[0]!.total)} that of ${joinEn(bottom.map(nameOf))}`;
  return { title, subtitle: `Project budgets of the ${branches.length} county branches, 2024` };
}

export function branchProjectsTitleEn(branch: BranchSummary): ChartTitle {
  const name = nameOf(branch);
  const subtitle = `${name}'s ${branch.projects.length} projects in 2024, largest first`;
  if (branch.projects.length === 1) return { title: `${name}'s project budget goes to a single project`, subtitle };
  const top = largestOf(branch.projects, (project) => project.amount);
  const share = formatShare(top[0]!.amount, branch.total);
  const title =
    top.length === 1
      ? `The largest project takes ${share} of ${name}'s project budget`
      : `${top.length} projects are joint largest, each ${share} of ${name}'s project budget`;
  return { title, subtitle };
}

export function branchThemesTitleEn(branch: BranchSummary): ChartTitle {
  const name = nameOf(branch);
  const subtitle = `${name}'s project budget by theme`;
  const top = largestOf(branch.themes, (theme) => theme.amount);
  const share = formatShare(top[0]!.amount, branch.total);
  const names = top.map((theme) => `“${themeNameEn(theme.theme)}”`);
  return {
    title:
      top.length === 1
        ? `${names[0]} takes ${share} of ${name}'s project budget`
        : `${joinEn(names)} are joint largest, each ${share} of ${name}'s project budget`,
    subtitle,
  };
}

export function branchRankTitleEn(branch: BranchSummary, branches: BranchSummary[]): ChartTitle {
  return {
    title: `${nameOf(branch)}'s project budget ranks ${branchPlaceEn(branch, branches)} of the ${branches.length} branches`,
    subtitle: `Project budgets of the ${branches.length} branches`,
  };
}
