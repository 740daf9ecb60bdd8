import { DAYS_IN_2024, formatInteger, formatShare, formatWan } from '../format';
import { FEN_PER_WAN, FEN_PER_YUAN, type Fen } from '../money';

/**
 * Relatable scale for large sums, computed from the report alone: per day of 2024, per member of
 * staff in post, and the share of a whole. No outside figures (population, prices…) on purpose.
 */
export interface ScaleBasis {
  /** Staff in post (department.csv actual-staff). */
  staff: number;
  /** The whole a share is taken of, e.g. the grand total. */
  whole: Fen;
  /** What the whole is, e.g. “全部预算”. */
  wholeLabel: string;
}

export interface RelatableScale {
  /** Fen per day; not a whole number of fen. */
  perDay: number;
  perStaff: number;
  perDayText: string;
  perStaffText: string;
  shareText: string;
  /** One sentence with all three, for prose and screen readers. */
  sentence: string;
}

export function perDay(amount: Fen): number {
  return amount / DAYS_IN_2024;
}

export function perStaff(amount: Fen, staff: number): number {
  if (!Number.isInteger(staff) || staff <= 0) throw new Error(`staff count must be a positive whole number: ${staff}`);
  return amount / staff;
}

/**
 * An approximate amount: 万元 with two decimals from 1 万元 up, whole 元 below (a per-day figure of
 * “0.01万元” says less than “137元”).
 */
export function formatApproxAmount(fen: number): string {
  if (Math.abs(fen) >= FEN_PER_WAN) return formatWan(Math.round(fen / 10_000) * 10_000);
  return `${formatInteger(Math.round(fen / FEN_PER_YUAN))}元`;
}

export function relatableScale(amount: Fen, basis: ScaleBasis): RelatableScale {
  const day = perDay(amount);
  const person = perStaff(amount, basis.staff);
  const perDayText = formatApproxAmount(day);
  const perStaffText = formatApproxAmount(person);
  const shareText = formatShare(amount, basis.whole);
  return {
    perDay: day,
    perStaff: person,
    perDayText,
    perStaffText,
    shareText,
    sentence: `相当于2024年每天约${perDayText}，摊到${formatInteger(basis.staff)}名在职人员每人约${perStaffText}，占${basis.wholeLabel}的${shareText}。`,
  };
}
