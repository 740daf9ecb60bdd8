import { formatShare } from './format';
import type { Fen } from './money';
import type { Budget } from './data/load';
import { budgetIndex } from './data/budgetIndex';
import { SPENDING_SWATCHES, sourceSwatch } from './palette';
import { sourceNameEnglish } from './i18n/sourceNames';
import type { Lang } from '../i18n/lang';
import { ui } from '../i18n/ui';
import { capitalised } from './text/capitalised';

export interface HeadlineFigures {
  grandTotal: Fen;
  energyEnvironment: Fen;
  basic: Fen;
  project: Fen;
  /** Sources with money in them, largest first. */
  sources: { id: string; name: string; amount: Fen }[];
  projectCount: number;
}

/** The few figures the home page leads with, all read from the data. */
export function headlineFigures(budget: Budget): HeadlineFigures {
  const { total } = budgetIndex(budget);
  return {
    grandTotal: total('grand-total'),
    energyEnvironment: total('energy-environment-total'),
    basic: total('basic-total'),
    project: total('project-total'),
    sources: budget.revenue
      .filter((row) => (row.amount ?? 0) > 0)
      .map((row) => ({ id: row.id, name: row.name, amount: row.amount ?? 0 }))
      .sort((a, b) => b.amount - a.amount),
    projectCount: budget.projects.length,
  };
}

export interface CompositionPart {
  group: string;
  name: string;
  amount: Fen;
  /** Colour token from src/lib/palette.ts (e.g. var(--source-general)), and the text colour that reads on it. */
  color: string;
  textColor: string;
}

/** The home chart's two bars: where the money comes from, and basic vs project spending. */
export function compositionParts(figures: HeadlineFigures, lang: Lang = 'zh'): CompositionPart[] {
  const t = ui(lang).composition;
  const sourceName = (source: HeadlineFigures['sources'][number]) =>
    lang === 'en' ? capitalised(sourceNameEnglish(source.id)) : source.name;
  return [
    ...figures.sources.map((source) => ({
      group: t.sources,
      name: sourceName(source),
      amount: source.amount,
      color: sourceSwatch(source.id).fill,
      textColor: sourceSwatch(source.id).text,
    })),
    {
      group: t.spending,
      name: t.basic,
      amount: figures.basic,
      color: SPENDING_SWATCHES.basic.fill,
      textColor: SPENDING_SWATCHES.basic.text,
    },
    {
      group: t.spending,
      name: t.project,
      amount: figures.project,
      color: SPENDING_SWATCHES.project.fill,
      textColor: SPENDING_SWATCHES.project.text,
    },
  ];
}

/** The chart's finding as its title: the largest part of each bar, e.g. “83.6%的钱来自一般公共预算，66.5%用于项目支出”. */
export function compositionTitle(parts: CompositionPart[], total: Fen, lang: Lang = 'zh'): string {
  const t = ui(lang).composition;
  const largest = (group: string) => parts.filter((part) => part.group === group).sort((a, b) => b.amount - a.amount)[0];
  const source = largest(t.sources);
  const use = largest(t.spending);
  if (!source || !use) throw new Error('compositionTitle: the home chart needs both bars');
  return t.title(formatShare(source.amount, total), source.name, formatShare(use.amount, total), use.name);
}
