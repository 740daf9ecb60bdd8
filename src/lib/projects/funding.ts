import type { Lang } from '../../i18n/lang';
import type { Project } from '../data/schemas';
import type { Fen } from '../money';
import { FUNDING_SOURCES } from '../fundingSources';

export interface FundingPart {
  label: string;
  amount: Fen;
  /** The funding source's id in revenue.csv (src/lib/palette.ts colours it), where the part is one. */
  sourceId?: string;
}

/** Where the money comes from in the budget tables (表十二/表十三). */
export function budgetSources(project: Project): FundingPart[] {
  return FUNDING_SOURCES.map((source) => ({ label: source.projectLabel, amount: project[source.column], sourceId: source.id })).filter(
    (part) => part.amount > 0,
  );
}

const LEVEL_COLUMNS = [
  ['annual_central_yuan', '中央财政资金'],
  ['annual_provincial_yuan', '省级财政资金'],
  ['annual_local_yuan', '市县（区）财政资金'],
  ['annual_self_yuan', '单位自筹'],
  ['annual_other_yuan', '其他资金'],
] as const;

/**
 * Which level of government pays, from the performance sheet's annual columns.
 * Empty when the project has no sheet.
 */
export function governmentLevels(project: Project): FundingPart[] {
  return LEVEL_COLUMNS.flatMap(([column, label]) => {
    const amount = project[column];
    return amount !== null && amount > 0 ? [{ label, amount }] : [];
  });
}

export interface PeriodFunds {
  /** 实施期资金总额 (all years of the project). */
  period: Fen | null;
  /** 年度资金总额 (this year) on the sheet. */
  annual: Fen | null;
  /** The amount in the budget table. */
  budgeted: Fen;
  periodYears: number | null;
  /** Period and annual funds differ (e.g. 200.00 over the period, 198.50 this year). */
  periodDiffers: boolean;
  /** The sheet's annual total differs from the budget table. */
  annualDiffers: boolean;
  /** The difference is only the table's rounding to 0.01 万元 (e.g. 10,560元 printed as 1.06万元). */
  annualDiffersByRounding: boolean;
}

/** Rounds to the budget tables' precision, 0.01 万元 (half up, as the report prints). */
const roundToTable = (fen: Fen) => Math.round(fen / 10_000) * 10_000;

export function periodFunds(project: Project): PeriodFunds {
  return {
    period: project.period_total_yuan,
    annual: project.annual_total_yuan,
    budgeted: project.amount,
    periodYears: project.period_years,
    periodDiffers:
      project.period_total_yuan !== null && project.annual_total_yuan !== null && project.period_total_yuan !== project.annual_total_yuan,
    annualDiffers: project.annual_total_yuan !== null && project.annual_total_yuan !== project.amount,
    annualDiffersByRounding:
      project.annual_total_yuan !== null &&
      project.annual_total_yuan !== project.amount &&
      roundToTable(project.annual_total_yuan) === project.amount,
  };
}

/** Sheets write 99 years for an open-ended recurring project (经常性项目（长期开展）). */
export const OPEN_ENDED_YEARS = 99;

export function describePeriod(project: Project, lang: Lang = 'zh'): string | null {
  const years = project.period_years;
  if (years === null) return null;
  if (lang === 'en')
    return years >= OPEN_ENDED_YEARS ? `open-ended (the sheet gives ${years} years)` : `${years} ${years === 1 ? 'year' : 'years'}`;
  if (years >= OPEN_ENDED_YEARS) return `长期开展（表中项目期填为${years}年）`;
  return `${years}年`;
}
