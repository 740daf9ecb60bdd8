import { getBudget } from '../../lib/budget';
import { branchOverview, findBranch } from '../../lib/branches/summary';
import { styleOf } from '../../lib/branches/themes';
import { projectNameEn, themeNameEn } from '../../lib/branches/english';
import { formatWan, formatYuanProseEnglish } from '../../lib/format';
import type { Lang } from '../../i18n/lang';
import { nameInUnit } from '../../lib/text/names';
import { barListSvg } from './barListSvg';

/** A branch's projects chart, which the page draws as HTML bars, as an SVG drawing of the same bars. */
export function branchProjectsSvg(branchId: string, title: string, lang: Lang = 'zh'): string {
  const overview = branchOverview(getBudget());
  const branch = findBranch(overview, branchId);
  const largest = branch.projects[0]!;
  const en = lang === 'en';
  const bars = branch.projects.map((project) => ({
    label: en ? projectNameEn(project) : nameInUnit(project.name, branch.shortName),
    valueText: en ? formatYuanProseEnglish(project.amount) : formatWan(project.amount),
    note: en ? themeNameEn(project.theme) : project.theme,
    fraction: project.amount / largest.amount,
    color: styleOf(overview.themeStyles, project.theme).color,
  }));
  return barListSvg(bars, title, lang);
}
