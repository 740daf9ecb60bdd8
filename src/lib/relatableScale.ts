import { DAYS_IN_2024, formatInteger, formatShare, formatWan } from './format';
import { FEN_PER_WAN, FEN_PER_YUAN, type Fen } from './money';
import { BUDGET_YEAR } from './budgetConfig';

/**
 * Relatable scale for large sums: per day of 2024, per resident of Jincheng per year and per day,
 * and the share of a whole. The population is the one outside figure (external_figures.csv, with
 * its source); everything else comes from the report.
 */
export interface ScaleBasis {
  /** Residents of Jincheng (常住人口), from external_figures.csv. */
  residents: number;
  /** The whole a share is taken of, e.g. the grand total. */
  whole: Fen;
  /** What the whole is, e.g. “全部预算”. */
  wholeLabel: string;
}

export interface RelatableScale {
  /** Fen per day; not a whole number of fen. */
  perDay: number;
  /** Fen per resident over the year. */
  perResident: number;
  /** Fen per resident per day. */
  perResidentPerDay: number;
  perDayText: string;
  perResidentText: string;
  perResidentPerDayText: string;
  shareText: string;
  /** One sentence with all of them, for prose and screen readers. */
  sentence: string;
}

export function perDay(amount: Fen): number {
  return amount / DAYS_IN_2024;
}

export function perResident(amount: Fen, residents: number): number {
  if (!Number.isInteger(residents) || residents <= 0) throw new Error(`population must be a positive whole number: ${residents}`);
  return amount / residents;
}

/**
 * An approximate amount: 万元 with two decimals from 1 万元 up, whole 元 below (a per-day figure of
 * “0.01万元” says less than “137元”).
 */
export function formatApproxAmount(fen: number): string {
  if (Math.abs(fen) >= FEN_PER_WAN) return formatWan(Math.round(fen / 10_000) * 10_000);
  return `${formatInteger(Math.round(fen / FEN_PER_YUAN))}元`;
}

const yuanFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Small sums per person: 元 with two decimals (“0.32元”), or “不到0.01元”. */
export function formatPerPerson(fen: number): string {
  if (Math.abs(fen) < 0.5) return '不到0.01元';
  return `${yuanFormat.format(Math.round(fen) / FEN_PER_YUAN)}元`;
}

export function relatableScale(amount: Fen, basis: ScaleBasis): RelatableScale {
  const day = perDay(amount);
  const resident = perResident(amount, basis.residents);
  const residentDay = resident / DAYS_IN_2024;
  const perDayText = formatApproxAmount(day);
  const perResidentText = formatPerPerson(resident);
  const perResidentPerDayText = formatPerPerson(residentDay);
  const shareText = formatShare(amount, basis.whole);
  return {
    perDay: day,
    perResident: resident,
    perResidentPerDay: residentDay,
    perDayText,
    perResidentText,
    perResidentPerDayText,
    shareText,
    sentence: `相当于${BUDGET_YEAR}年每天约${perDayText}；摊到晋城${formatInteger(basis.residents)}名常住居民，每人每年约${perResidentText}、每天约${perResidentPerDayText}；占${basis.wholeLabel}的${shareText}。`,
  };
}
