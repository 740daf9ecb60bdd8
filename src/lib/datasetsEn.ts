import { BUDGET_YEAR } from './budgetConfig';

/**
 * English titles and descriptions of the published CSV files (src/lib/datasets.ts has the Chinese),
 * keyed by file name; a test checks that both list the same files.
 */
export const DATASETS_EN: Record<string, { title: string; description: string }> = {
  'units.csv': {
    title: 'Budget units',
    description:
      'The 9 budget units (the bureau’s head office, the enforcement team, the monitoring centre and 6 county branches), with their project subtotals from Table 12 and running costs from Table 11.',
  },
  'functions.csv': {
    title: 'Functional classification',
    description:
      'The classes, sections and items of Tables 2 and 3, each with its total, basic and project expenditure, and its general public budget, the unit’s own funds and carry-over.',
  },
  'revenue.csv': {
    title: 'Sources of funds',
    description:
      'The general public budget, the unit’s own funds, carry-over and the other sources of funds, with the shares given in the notes.',
  },
  'basic_by_economic.csv': {
    title: 'Basic expenditure by economic classification',
    description: 'Table 6: basic expenditure by economic heading, split into staff costs and public (running) costs.',
  },
  'projects.csv': {
    title: 'Projects',
    description:
      'All 66 projects of Tables 12 and 13, with amount, sources of funds, budget unit, the inferred functional heading and its basis, and theme, plus the project type, funds, overview, legal basis and goals from the performance target sheets.',
  },
  'indicators.csv': {
    title: 'Performance indicators',
    description:
      'Every annual performance indicator of the 64 project performance target sheets, with its target value and, where it can be read, the target figure, unit and comparison sign. English: translations/en/indicators.csv.',
  },
  'three_public.csv': {
    title: 'The “three public expenses”',
    description:
      'Table 10: the “three public expenses” (official overseas travel, official vehicles, official hospitality) and their change from the previous year.',
  },
  'procurement.csv': { title: 'Government procurement', description: 'The government procurement budget: goods, works and services.' },
  'assets.csv': {
    title: 'State assets',
    description: `Vehicles, office floor area and the number of high-value equipment items (at the end of ${BUDGET_YEAR - 1}).`,
  },
  'changes.csv': { title: 'Changes and shares', description: 'The year-on-year changes and shares given in the notes of Part 3.' },
  'department.csv': {
    title: 'About the department',
    description: 'Establishment, staff, responsibilities, strategic goals and annual goals from the departmental performance target sheet.',
  },
  'department_indicators.csv': {
    title: 'Departmental performance indicators',
    description:
      'The annual performance indicators of the departmental performance target sheet. English: translations/en/department_indicators.csv.',
  },
  'glossary.csv': {
    title: 'Explanation of terms',
    description: 'The report’s own definitions of terms (Part 4), as printed. English: translations/en/glossary.csv.',
  },
  'site_glossary.csv': {
    title: 'The site’s glossary',
    description:
      'The site’s plain-word explanations of terms, linked to the report’s own definitions. English: translations/en/site_glossary.csv.',
  },
  'report_totals.csv': { title: 'Totals printed in the report', description: 'The totals the report itself prints, used for checking.' },
  'known_gaps.csv': {
    title: 'Known rounding gaps',
    description:
      'The complete list of places where the report’s own figures do not add up (by 0.01 and the like). English: translations/en/known_gaps.csv.',
  },
  'sheet_fund_differences.csv': {
    title: 'Performance sheets vs budget tables',
    description: 'Projects whose annual funds on the performance target sheet differ from the amount in Table 12, and why.',
  },
  'function_assignment_alternatives.csv': {
    title: 'Other possible functional headings',
    description: 'Which other functional headings the projects assigned by editorial judgement could just as reasonably be charged to.',
  },
  'external_figures.csv': {
    title: 'Figures from outside the report',
    description:
      'Figures that do not come from the budget report, used to give a sense of scale (such as Jincheng’s resident population), each with its source and date.',
  },
  'function_assignment_strict.csv': {
    title: 'Functional headings under a stricter naming rule',
    description:
      'The inferred functional heading, basis and name fit of each project when only “other … spending” headings fit any project name: a test of how reliable the inference is.',
  },
  'discrepancies.csv': {
    title: 'Where the report contradicts itself',
    description:
      'Places where the report’s figures or statements disagree, and which one this site uses. English: translations/en/discrepancies.csv.',
  },
};

/** The English title and description of a published file; throws for a file without them. */
export function datasetEn(file: string): { title: string; description: string } {
  const dataset = DATASETS_EN[file];
  if (!dataset) throw new Error(`src/lib/datasetsEn.ts: no English title and description for ${file}`);
  return dataset;
}
