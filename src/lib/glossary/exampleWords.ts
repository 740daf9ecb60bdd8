import type { YearChange } from '../changes';
import type { Fen } from '../money';

/**
 * The shape of the glossary's “in this budget” examples: src/lib/glossary/examples.ts computes the
 * facts once; the ui strings (section `glossaryExamples` of src/i18n/ui/zh.ts and en.ts) word them.
 * An example is a list of pieces: text, or a Chinese name the English page shows in a lang="zh-CN"
 * element.
 */
export type ExamplePiece = string | { zh: string };

/** A name with its figure, for lists. */
interface Named {
  name: string;
  amount: Fen;
}

export interface ExampleWords {
  revenue: (source: string, amount: Fen, total: Fen) => ExamplePiece[];
  departmentBudget: (total: Fen, units: number) => ExamplePiece[];
  budgetUnits: (units: string[], branches: number) => ExamplePiece[];
  /** `identity`: the fiscal total is exactly the whole budget less the unit's own funds. */
  fiscalAppropriations: (fiscal: Fen, total: Fen, unitFunds: Fen, identity: boolean) => ExamplePiece[];
  unitFunds: (amount: Fen, projects: string[]) => ExamplePiece[];
  carryover: (amount: Fen, total: Fen, projects: Named[]) => ExamplePiece[];
  basicExpenditure: (basic: Fen, total: Fen) => ExamplePiece[];
  projectExpenditure: (project: Fen, total: Fen, count: number) => ExamplePiece[];
  personnelCosts: (personnel: Fen, basic: Fen) => ExamplePiece[];
  publicCosts: (publicCosts: Fen, basic: Fen) => ExamplePiece[];
  runningCosts: (total: Fen, units: number, left: string[], change: YearChange) => ExamplePiece[];
  /** `rows`: the headings with money; `change`: the change on the previous year in fen. */
  threePublic: (total: Fen, rows: (Named & { id: string })[], change: Fen) => ExamplePiece[];
  functionalClassification: (classes: (Named & { code: string })[]) => ExamplePiece[];
  functionCodes: (
    classRow: { code: string; name: string },
    section: { code: string; name: string },
    item: Named & { code: string },
  ) => ExamplePiece[];
  energyEnvironment: (amount: Fen, total: Fen, sections: number) => ExamplePiece[];
  economicClassification: (basic: Fen, count: number, largest: Named) => ExamplePiece[];
  performanceTargets: (sheets: number, without: number, indicators: number) => ExamplePiece[];
  performanceIndicators: (total: number, levels: { level: string; count: number }[]) => ExamplePiece[];
  /** `sample`: one indicator of the example project at this level, Chinese and English. */
  level: (
    level: string,
    count: number,
    sample: { project: string; name: string; value: string; nameEn: string; valueEn: string } | null,
  ) => ExamplePiece[];
  /** `parts` are listed only when they add up to the total. */
  procurement: (total: Fen, parts: (Named & { id: string })[] | null) => ExamplePiece[];
}
