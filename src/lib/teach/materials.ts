import type { Lang } from '../../i18n/lang';
import { budgetIndex } from '../data/budgetIndex';
import type { Budget } from '../data/load';
import type { Fen } from '../money';
import { carryoverProjects, economicCategories, functionClasses, staffCount, threePublicTopLevel } from '../budgetFacts';
import { MATERIALS, type Material } from './exercises';
import { FEATURED_PROJECTS } from '../budgetConfig';
import type { Indicator } from '../data/schemas';
import { MATERIAL_NAMES_EN, materialNamer } from './materialsEn';

/** Data sheets (资料) printed on the worksheet: everything a student needs, from the data. */
export const MATERIAL_TITLES: Record<Material, string> = {
  totals: '预算总表',
  sources: '钱从哪来',
  'three-public': '“三公”经费',
  'basic-two-ways': '基本支出的两种分法',
  carryover: '上年结转',
  branches: '六个分局的项目支出',
  indicators: '一个项目的绩效指标',
};

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** “资料一”, “资料二”… in the order of MATERIALS. */
export function materialLabel(material: Material, lang: Lang = 'zh'): string {
  const index = MATERIALS.indexOf(material);
  if (lang === 'en') return `Sheet ${index + 1}`;
  return `资料${CHINESE_NUMERALS[index] ?? String(index + 1)}`;
}

/** A sheet's title in the page's language. */
export function materialTitle(material: Material, lang: Lang = 'zh'): string {
  return lang === 'en' ? MATERIAL_NAMES_EN.titles[material] : MATERIAL_TITLES[material];
}

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
  const total = (id: string, name: string): AmountRow => ({ ...named.total(id, name), amount: budgetIndex(budget).total(id) });
  const critique = budgetIndex(budget).project(FEATURED_PROJECTS.critique);
  return {
    totals: [
      total('grand-total', '预算总额'),
      total('energy-environment-total', '其中：节能环保支出（211类）'),
      total('basic-total', '基本支出'),
      total('personnel-total', '其中：人员经费'),
      total('public-total', '其中：公用经费'),
      total('project-total', '项目支出'),
    ],
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
