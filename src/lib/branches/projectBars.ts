import type { BarListItem } from '../bars/barList';
import { formatShare, formatWan, formatYuanProseEnglish } from '../format';
import { nameInUnit } from '../text/names';
import { styleOf } from './themes';
import { branchName, projectName, themeName } from './names';
import type { BranchOverview, BranchSummary } from './summary';
import type { Lang } from '../../i18n/lang';
import { ui } from '../../i18n/ui';

/**
 * A branch's projects as bar-list rows, largest first, coloured by theme, the largest marked with
 * its share of the branch: the page's HTML bars and the downloadable SVG draw these same rows.
 */
export function branchProjectBars(overview: BranchOverview, branch: BranchSummary, lang: Lang): BarListItem[] {
  const en = lang === 'en';
  const name = branchName(lang, branch).text;
  return branch.projects.map((project, index) => ({
    key: project.id,
    label: en ? projectName(lang, project).text : nameInUnit(project.name, branch.shortName),
    value: project.amount,
    valueText: en ? formatYuanProseEnglish(project.amount) : formatWan(project.amount),
    note: themeName(lang, project.theme).text,
    color: styleOf(overview.themeStyles, project.theme).color,
    // The headline's fact, marked on its bar.
    ...(index === 0 && branch.projects.length > 1
      ? { annotation: ui(lang).branches.largestProjectNote(name, formatShare(project.amount, branch.total)) }
      : {}),
  }));
}
