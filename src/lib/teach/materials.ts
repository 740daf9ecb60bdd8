import { budgetIndex } from '../data/budgetIndex';
import type { Budget } from '../data/load';
import type { Fen } from '../money';
import { carryoverProjects, economicCategories, functionClasses, staffCount, threePublicTopLevel } from '../budgetFacts';
import { MATERIALS, type Material } from './exercises';
import { FEATURED_PROJECTS } from '../budgetConfig';
import type { Indicator } from '../data/schemas';

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
export function materialLabel(material: Material): string {
  const index = MATERIALS.indexOf(material);
  return `资料${CHINESE_NUMERALS[index] ?? String(index + 1)}`;
}

export interface AmountRow {
  name: string;
  amount: Fen;
  note?: string;
}

export interface Materials {
  totals: AmountRow[];
  staff: number;
  sources: AmountRow[];
  threePublic: { name: string; amount: Fen; change: Fen }[];
  economic: { name: string; total: Fen; personnel: Fen; public: Fen }[];
  functionBasic: AmountRow[];
  basicTotal: Fen;
  carryover: AmountRow[];
  branches: AmountRow[];
  indicators: { projectName: string; amount: Fen; rows: Indicator[] };
}

/** Everything the worksheet's data sheets print. */
export function buildMaterials(budget: Budget): Materials {
  const total = (id: string, name: string): AmountRow => ({ name, amount: budgetIndex(budget).total(id) });
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
    sources: budget.revenue.filter((row) => (row.amount ?? 0) > 0).map((row) => ({ name: row.name, amount: row.amount ?? 0 })),
    threePublic: threePublicTopLevel(budget).map((row) => ({
      name: row.name,
      amount: row.amount,
      change: Math.round(row.change_from_2023 * 100) * 10_000,
    })),
    economic: economicCategories(budget).map((row) => ({
      name: row.category,
      total: row.total,
      personnel: row.personnel ?? 0,
      public: row.public ?? 0,
    })),
    functionBasic: functionClasses(budget)
      .filter((row) => (row.basic ?? 0) > 0)
      .map((row) => ({ name: `${row.code} ${row.name}`, amount: row.basic ?? 0 })),
    basicTotal: budgetIndex(budget).total('basic-total'),
    carryover: carryoverProjects(budget).map((project) => ({
      name: project.name,
      amount: project.carryover,
      note: `${project.function_code} ${budgetIndex(budget).functionRow(project.function_code).name}`,
    })),
    branches: budgetIndex(budget).branches().map((unit) => ({ name: unit.short_name, amount: unit.project_total })),
    indicators: {
      projectName: critique.name,
      amount: critique.amount,
      rows: budget.indicators.filter((indicator) => indicator.project_id === critique.id).sort((a, b) => a.seq - b.seq),
    },
  };
}
