import { getBudget } from '../../lib/budget';
import { branchOverview, findBranch } from '../../lib/branches/summary';
import { styleOf } from '../../lib/branches/themes';
import { formatWan } from '../../lib/format';
import { nameInUnit } from '../../lib/text/names';
import { barListSvg } from './barListSvg';

/** A branch's projects chart, which the page draws as HTML bars, as an SVG drawing of the same bars. */
export function branchProjectsSvg(branchId: string, title: string): string {
  const overview = branchOverview(getBudget());
  const branch = findBranch(overview, branchId);
  const largest = branch.projects[0]!;
  const bars = branch.projects.map((project) => ({
    label: nameInUnit(project.name, branch.shortName),
    valueText: formatWan(project.amount),
    note: project.theme,
    fraction: project.amount / largest.amount,
    color: styleOf(overview.themeStyles, project.theme).color,
  }));
  return barListSvg(bars, title);
}
