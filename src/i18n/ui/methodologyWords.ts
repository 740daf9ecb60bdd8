/**
 * What the methodology's sentences in zh.ts and en.ts take as arguments, and how each language lists
 * functional codes in a sentence.
 */
import { zhOriginal, type RichPart } from '../rich';

/** A functional code as the methodology names it (src/lib/functionCertainty.ts NameRuleRow). */
export interface FunctionCode {
  code: string;
  name: string;
  /** Its English name (the same as `name` on Chinese pages). */
  english: string;
}

/** The counts of src/lib/functionCertainty.ts certaintySummary that the methodology states. */
export interface Certainty {
  projectCount: number;
  editorial: number;
  determined: number;
  misfits: number;
  strictMisfits: number;
  codesChanged: number;
  certaintyChanged: number;
  strictDetermined: number;
}

/** "2110102一般行政管理事务、2110199其他环境保护管理事务支出" */
export const codeList = (codes: FunctionCode[]) => codes.map((row) => `${row.code}${row.name}`).join('、');

/** "2110102 General administrative affairs <span lang="zh-CN">一般行政管理事务</span>, …": each code with its names. */
export const codeListEn = (codes: FunctionCode[]): RichPart[] =>
  codes.flatMap((row, index) => [`${index > 0 ? ', ' : ''}${row.code} ${row.english} `, zhOriginal(row.name)]);
