/**
 * A branch's names in the page's language. English pages show the Chinese original beside each
 * English name (components wrap `zh` in lang="zh-CN"); Chinese pages show only `zh`.
 */
import type { Lang } from '../../i18n/lang';
import type { Project } from '../data/schemas';
import { branchNameEn, countyEn, projectNameEn, themeNameEn } from './english';
import type { BranchSummary } from './summary';

export interface LocalName {
  /** What the page says: the English name, or the Chinese on a Chinese page. */
  text: string;
  /** The Chinese original. */
  zh: string;
}

const local = (lang: Lang, zh: string, english: () => string): LocalName => ({ text: lang === 'en' ? english() : zh, zh });

export const branchName = (lang: Lang, branch: BranchSummary) => local(lang, branch.shortName, () => branchNameEn(branch.unit));
export const countyName = (lang: Lang, branch: BranchSummary) => local(lang, branch.county, () => countyEn(branch.unit));
export const projectName = (lang: Lang, project: Project) => local(lang, project.name, () => projectNameEn(project));
export const themeName = (lang: Lang, theme: string) => local(lang, theme, () => themeNameEn(theme));
