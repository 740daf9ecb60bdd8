import type { TeachTermsFigures } from '../../i18n/ui/teachTypes';
import { budgetIndex } from '../data/budgetIndex';
import type { Budget } from '../data/load';
import { carryoverProjects, revenueAmount } from '../budgetFacts';
import { ROOT_CLASS } from '../budgetConfig';
import { formatInteger, formatWanNumber, formatYuanEnglish, formatYuanProseEnglish } from '../format';
import { functionNameEn } from '../learn/english';
import { branchNameEn } from '../branches/english';

/**
 * The figures of the lesson's guide to Chinese budget terms (/en/teach/), in English: the total in
 * the report's unit and in yuan, the two kinds of expenditure, the carry-over, the largest item of
 * class 211 with its section, and the county branches.
 */
export function teachTermsFigures(budget: Budget): TeachTermsFigures {
  const index = budgetIndex(budget);
  const total = index.total('grand-total');
  const rootClass = index.functionRow(ROOT_CLASS);
  const section = [...index.children(ROOT_CLASS)].sort((a, b) => b.total - a.total)[0];
  const item = section ? [...index.children(section.code)].sort((a, b) => b.total - a.total)[0] : undefined;
  if (!section || !item) throw new Error(`functional class ${ROOT_CLASS} has no section or item in functions.csv`);
  const named = (row: { code: string }) => ({ code: row.code, name: functionNameEn(row.code) });
  return {
    total: formatYuanProseEnglish(total),
    totalWan: formatWanNumber(total),
    totalYuan: formatYuanEnglish(total),
    basic: formatYuanProseEnglish(index.total('basic-total')),
    project: formatYuanProseEnglish(index.total('project-total')),
    carryover: formatYuanProseEnglish(revenueAmount(budget, 'carryover')),
    carriedProjects: formatInteger(carryoverProjects(budget).length),
    root: named(rootClass),
    section: named(section),
    item: named(item),
    branches: index.branches().map((unit) => ({ name: branchNameEn(unit), original: unit.short_name })),
  };
}
