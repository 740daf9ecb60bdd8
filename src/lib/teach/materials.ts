import type { Lang } from '../../i18n/lang';
import { budgetIndex } from '../data/budgetIndex';
import type { Budget } from '../data/load';
import type { Fen } from '../money';
import { carryoverProjects, economicCategories, functionClasses, staffCount, threePublicTopLevel } from '../budgetFacts';
import { MATERIALS, type Material } from './exercises';
import { FEATURED_PROJECTS } from '../budgetConfig';
import type { Indicator } from '../data/schemas';
import { materialNamer, type WorksheetTotal } from './materialsEn';

/** The summary rows the worksheet prints, in order; their labels are ui strings (`worksheetTotals`). */
const WORKSHEET_TOTALS: readonly WorksheetTotal[] = [
  'grand-total',
  'energy-environment-total',
  'basic-total',
  'personnel-total',
  'public-total',
  'project-total',
];
import { ui } from '../../i18n';

/** A sheet's label and title in the page's language: “资料一　预算总表”, “Sheet 1: Budget summary”. */
export function materialLabel(material: Material, lang: Lang): string {
  return ui(lang).teachSheets.label(MATERIALS.indexOf(material));
}

export function materialTitle(material: Material, lang: Lang): string {
  return ui(lang).teachSheets.titles[material];
}

/** Data sheets (资料) printed on the worksheet: everything a student needs, from the data. */
export interface AmountRow {
  name: string;
  /** The Chinese name, on English sheets only: shown beside the translation so a reader can check. */
  original?: string;
  amount: Fen;
  note?: string;
}

export interface Materials {
  totals: AmountRow[];
  staff: number;
  sources: AmountRow[];
  threePublic: (AmountRow & { change: Fen })[];
  economic: { name: string; original?: string; total: Fen; personnel: Fen; public: Fen }[];
  functionBasic: AmountRow[];
  basicTotal: Fen;
  carryover: AmountRow[];
  branches: AmountRow[];
  indicators: { projectName: string; original?: string; amount: Fen; rows: Indicator[] };
}

/** Everything the worksheet's data sheets print; names in the page's language (English with the Chinese beside). */
export function buildMaterials(budget: Budget, lang: Lang = 'zh'): Materials {
  const named = materialNamer(lang);
  const total = (id: WorksheetTotal): AmountRow => ({ ...named.total(id), amount: budgetIndex(budget).total(id) });
  const critique = budgetIndex(budget).project(FEATURED_PROJECTS.critique);
  return {
    totals: WORKSHEET_TOTALS.map(total),
    staff: staffCount(budget),
    sources: budget.revenue.filter((row) => (row.amount ?? 0) > 0).map((row) => ({ ...named.source(row), amount: row.amount ?? 0 })),
    threePublic: threePublicTopLevel(budget).map((row) => ({
      ...named.threePublic(row),
      amount: row.amount,
      change: Math.round(row.change_from_2023 * 100) * 10_000,
    })),
    economic: economicCategories(budget).map((row) => ({
      ...named.economic(row.category),
      total: row.total,
      personnel: row.personnel ?? 0,
      public: row.public ?? 0,
    })),
    functionBasic: functionClasses(budget)
      .filter((row) => (row.basic ?? 0) > 0)
      .map((row) => ({ ...named.functionRow(row), amount: row.basic ?? 0 })),
    basicTotal: budgetIndex(budget).total('basic-total'),
    carryover: carryoverProjects(budget).map((project) => ({
      ...named.project(project),
      amount: project.carryover,
      note: named.functionNote(budgetIndex(budget).functionRow(project.function_code)),
    })),
    branches: budgetIndex(budget)
      .branches()
      .map((unit) => ({ ...named.branch(unit), amount: unit.project_total })),
    indicators: {
      projectName: named.project(critique).name,
      ...(lang === 'en' ? { original: critique.name } : {}),
      amount: critique.amount,
      rows: budget.indicators.filter((indicator) => indicator.project_id === critique.id).sort((a, b) => a.seq - b.seq),
    },
  };
}
