/**
 * The English data dictionary for /en/data/: the sibling of dataDictionary.ts, with the same shape
 * (COMMON columns described once, a file's own entry wins) and, checked by a test, exactly the same
 * columns. Text between backticks is shown as code.
 */
import type { ColumnDescription } from './dataDictionary';
import type { DatasetFile } from './datasetFiles';

export const COMMON_EN: Record<string, string> = {
  id: 'The row’s identifier (lower-case letters, digits and hyphens; used by programs and links only)',
  name: 'Name, as printed in the report (Chinese)',
  source_line: 'The line of the report’s plain text where this figure or text is printed, to check it against the original',
  amount: 'Amount in 10,000 yuan (the report’s unit), two decimals',
  unit: 'Unit, as printed in the report',
  value: 'Figure or text, as printed in the report',
  note: 'Note',
  description: 'Description, quoted or summarised from the report',
  project_id: 'Project identifier: the `id` column of the projects file (`projects.csv`)',
  general_budget: 'Of which appropriations from the general public budget, 10,000 yuan',
  unit_funds: 'Of which the unit’s own funds, 10,000 yuan',
  carryover: 'Of which carry-over from the previous year, 10,000 yuan',
  seq: 'Position in the original table',
  level1: 'First-level indicator, in Chinese: output, outcome or satisfaction indicators',
  level2: 'Second-level indicator, in Chinese (e.g. quantity, timeliness)',
  term: 'Term, as printed in the report',
};

export const BY_FILE_EN: Record<string, Record<string, string>> = {
  'external_figures.csv': {
    description: 'What this figure is',
    value: 'The figure, as its source gives it',
    unit: 'The figure’s unit',
    as_of: 'The date the figure refers to (year-month-day)',
    source: 'Source: publishing body and document; these figures do not come from the budget report',
    source_published: 'The date the source was published (year-month-day)',
  },
  'units.csv': {
    short_name: 'The short name this site uses',
    kind: 'Kind of unit: `headquarters` the bureau’s head office, `enforcement` the enforcement team, `institution` a public institution, `branch` a county branch',
    county: 'The county (county-level city, district) of a branch',
    project_total: 'The unit’s subtotal of project expenditure in Table 12, 10,000 yuan',
    project_general_budget: 'General public budget appropriations within project expenditure, 10,000 yuan',
    project_unit_funds: 'The unit’s own funds within project expenditure, 10,000 yuan',
    running_cost: 'The unit’s running costs of government bodies in Table 11, 10,000 yuan; empty for public institutions, which have none',
    running_cost_source_line: 'The report line of the running costs',
  },
  'functions.csv': {
    code: 'Functional classification code: class 3 digits, section 5, item 7',
    level: 'Level of the heading, in Chinese: class, section or item',
    parent_code: 'Code of the heading one level up; empty for a class',
    total: 'Total, 10,000 yuan (Table 3)',
    basic: 'Of which basic expenditure, 10,000 yuan',
    project: 'Of which project expenditure, 10,000 yuan',
    general_budget: 'By source of funds: general public budget, 10,000 yuan (Table 2)',
    unit_funds: 'By source of funds: the unit’s own funds, 10,000 yuan (Table 2)',
    carryover: 'By source of funds: carry-over from the previous year, 10,000 yuan (Table 2)',
    income_source_line: 'The line of the heading in Table 2',
  },
  'revenue.csv': { share_printed: 'The share printed in the report’s notes (%)' },
  'basic_by_economic.csv': {
    level: 'Level of the row: `category` a class of the economic classification, `item` a section below it',
    category: 'Class of the economic classification, in Chinese (e.g. wages and benefits)',
    dept_item: 'Section of the economic classification for departmental budgets',
    gov_item: 'Section of the economic classification for government budgets',
    total: 'Total, 10,000 yuan (Table 6)',
    personnel: 'Of which staff costs, 10,000 yuan',
    public: 'Of which public (running) costs, 10,000 yuan',
  },
  'projects.csv': {
    unit_id: 'The budget unit it belongs to: the `id` column of the units file (`units.csv`)',
    source_table: 'Which table lists the project: Table 12 (current-year projects) or Table 13 (projects carried over)',
    amount: 'Project budget in all, 10,000 yuan',
    function_code:
      'The functional classification item this site infers for it (the report does not say; the method is on the methodology page)',
    function_basis:
      'Basis of the inference: `amount-unique` the amount alone decides it, `name-and-amount` name and amount together, `editorial` an editorial judgement',
    function_fits_name:
      'Whether the inferred heading fits the project’s name (by the site’s published naming rules): `true` yes, `false` no',
    function_note: 'A note on the inference, in Chinese',
    theme: 'The theme this site assigns from the project’s name (e.g. air, water)',
    sheet_line: 'The report line where the project’s performance target sheet starts; empty if it has none',
    sheet_name: 'The project name printed on the performance target sheet',
    sheet_unit: 'The implementing unit printed on the performance target sheet',
    attribute: 'Project type (e.g. recurrent, one-off)',
    period_years: 'Project period (years); long-term projects are filled in as 99',
    period_total_yuan: 'Total funds for the implementation period, yuan',
    annual_total_yuan: 'Total funds for the year, yuan',
    annual_central_yuan: 'Central government funds within the year’s funds, yuan',
    annual_provincial_yuan: 'Provincial funds within the year’s funds, yuan',
    annual_local_yuan: 'City and county (district) funds within the year’s funds, yuan',
    annual_self_yuan: 'Funds the unit raises itself within the year’s funds, yuan',
    annual_other_yuan: 'Other funds within the year’s funds, yuan',
    overview: 'Project overview, quoted from the performance sheet',
    legal_basis: 'Legal basis for the project, quoted',
    necessity: 'Why the project is needed, quoted',
    measures: 'Safeguards, quoted',
    plan: 'Implementation plan, quoted',
    goal_period: 'Overall goal for the implementation period, quoted',
    goal_annual: 'Goal for the year, quoted',
  },
  'indicators.csv': {
    name: 'Indicator name, as printed (names cut off in the report are kept as printed)',
    value: 'Target value, as printed',
    target_number: 'The target figure read from the value; empty when none can be read, which the site calls “no checkable numeric target”',
    target_unit: 'Unit of the target figure',
    comparator: 'Comparison sign (≥, ≤, >, <, =)',
    name_source:
      'Which column the name was taken from: `period-column` the implementation-period column, `annual-column` the annual column, `cut` cut off',
  },
  'three_public.csv': {
    general_budget: 'Of which appropriations from the general public budget, 10,000 yuan',
    change_from_2023: 'Change from 2023, 10,000 yuan (negative: a decrease)',
    parent_id: 'The `id` of the heading one level up; empty at the top level',
  },
  'assets.csv': { value: 'Count or area', note: 'Notes such as the date of the count' },
  'changes.csv': { value: 'The printed figure', direction: 'Kind of figure: `increase`, `decrease`, `share` a share, `count` a count' },
  'department.csv': { key: 'Identifier of the item (for programs only)', label: 'Name of the item, as printed' },
  'department_indicators.csv': { name: 'Indicator name, as printed', value: 'Target value, as printed' },
  'glossary.csv': { definition: 'Definition, quoted from the report’s “Explanation of terms”' },
  'site_glossary.csv': {
    group: 'The group the term belongs to (an identifier)',
    short: 'A one-line explanation, for the hover hint',
    plain: 'The site’s explanation in plain words',
    report_id: 'The `id` of the report’s own definition in the glossary file (`glossary.csv`); empty if the report has none',
    related: 'The `id`s of related terms, separated by spaces',
  },
  'report_totals.csv': { description: 'What this total printed in the report is (a short description in English or Chinese)' },
  'known_gaps.csv': {
    identity: 'The identity that does not hold, written as code (for developers to check)',
    printed: 'The figure the report prints',
    computed: 'The figure obtained by adding up the lower-level figures',
    difference: 'The difference (printed minus computed)',
    lines: 'The report lines involved, separated by semicolons',
    note: 'Explanation, in Chinese',
  },
  'sheet_fund_differences.csv': {
    table_amount: 'The project amount in Table 12, 10,000 yuan',
    sheet_annual_total_yuan: 'Total funds for the year on the performance sheet, yuan',
    sheet_period_total_yuan: 'Total funds for the implementation period on the performance sheet, yuan',
    note: 'Explanation of the difference, in Chinese',
  },
  'function_assignment_alternatives.csv': {
    project_id: 'Identifier of a project assigned by editorial judgement',
    chosen_code: 'The functional heading this site uses',
    alternative_code: 'Another functional heading that is just as defensible',
    misfits_if_alternative: 'How many projects’ names would not fit their heading with this choice (the same as the minimum)',
  },
  'function_assignment_strict.csv': {
    function_code: 'The functional heading inferred under the stricter naming rule',
    function_basis: 'Basis under the stricter rule; same values as `function_basis` in the projects file',
    function_fits_name: 'Whether the heading fits the name under the stricter rule: `true` yes, `false` no',
  },
  'discrepancies.csv': {
    description: 'What is compared (a short description in English, for developers)',
    figure_a: 'One side’s figure or wording, as printed',
    source_a_line: 'The line of one side',
    figure_b: 'The other side’s figure or wording; the site’s remarks in brackets',
    source_b_line: 'The line of the other side',
    site_uses: 'Which one this site uses (in English, for developers)',
    reason: 'Reason (in English, for developers)',
    explanation_zh: 'Explanation in Chinese, shown on the methodology page (its English is in `translations/en/discrepancies.csv`)',
    project_id: 'The project whose performance sheet has the error; its page flags it. Empty when no single project is concerned',
  },
};

/** Every column of a file with its English description; throws when one has none. */
export function describeColumnsEn(dataset: Pick<DatasetFile, 'file' | 'columns'>): ColumnDescription[] {
  return dataset.columns.map((column) => {
    const description = BY_FILE_EN[dataset.file]?.[column] ?? COMMON_EN[column];
    if (!description) throw new Error(`src/lib/dataDictionaryEn.ts: no English description for ${dataset.file} column "${column}"`);
    return { column, description };
  });
}
