/**
 * The English siblings of findings.ts: the same findings, computed from the same data in the same
 * way (the same bars, so the same table figures), in English. The Chinese stays in findings.ts.
 */
import { EMPHASIS_SWATCHES, MIXED_SOURCES, functionSwatch, sourceSwatch, type Swatch } from '../palette';
import type { Budget } from '../data/load';
import { branchOverview } from '../branches/summary';
import { yearChange, type YearChange } from '../changes';
import { formatShare, formatYuanMillionsShortEnglish, formatYuanProseEnglish } from '../format';
import { sumFen, type Fen } from '../money';
import { budgetIndex } from '../data/budgetIndex';
import { placeAmong, placeInWordsEnglish } from '../ranks';
import { fitLine } from '../treemap/labels';
import { translated } from '../i18n/translations';
import { FUNCTION_TRANSLATIONS, PROJECT_TRANSLATIONS, UNIT_TRANSLATIONS } from '../i18n/specs';
import type { BarRow, BarSegment } from './barLayout';
import type { Finding, Headline } from './findings';

const PREVIOUS_YEAR = '2023';
const THIS_YEAR = '2024';
const money = formatYuanProseEnglish;
/** Amounts inside the small charts, where space is short. */
const label = formatYuanMillionsShortEnglish;

const bar = (name: string, valueText: string, amount: Fen, swatch: Swatch): BarSegment => ({
  name,
  valueText,
  amount,
  color: swatch.fill,
  textColor: swatch.text,
});
const { key: KEY, rest: REST } = EMPHASIS_SWATCHES;
/** “first” or “joint first”, from the values in any order (largest first). */
const place = (values: Fen[], value: Fen): string => placeInWordsEnglish(placeAmong(values, value));

const short = (text: string, chars = 20) => fitLine(text, chars * 13, 13) ?? text.slice(0, 8);
const tableOf = (rows: BarRow[]) =>
  rows.flatMap((row) => row.segments.map((segment) => ({ row: row.label, part: segment.name || row.label, amount: segment.amount })));
const functionName = (code: string) => translated(FUNCTION_TRANSLATIONS, [code], 'name');
const projectName = (id: string) => translated(PROJECT_TRANSLATIONS, [id], 'name');
const branchName = (id: string) => translated(UNIT_TRANSLATIONS, [id], 'short_name');

/** “down ¥75.81 million” / “up ¥51.43 million”. */
const changeEnglish = (change: YearChange) => `${change.change < 0 ? 'down' : 'up'} ${money(Math.abs(change.change))}`;
/** “down 22.98%” as printed, or null when the report prints no percentage. */
const percentEnglish = (change: YearChange) =>
  change.printedPercent === null ? null : `${change.change < 0 ? 'down' : 'up'} ${change.printedPercent.toFixed(2)}%`;

export function homeHeadlineEnglish(budget: Budget): Headline {
  const total = yearChange(budget, 'expenditure-total-change');
  const generalBudget = yearChange(budget, 'general-budget-change');
  const opposite = Math.sign(total.change) !== Math.sign(generalBudget.change);
  const text = `The Jincheng environment bureau's 2024 budget is ${money(total.current)}, ${percentEnglish(total) ?? changeEnglish(total)} on the year; this year's general public budget appropriation is ${opposite ? 'nevertheless ' : 'also '}${percentEnglish(generalBudget) ?? changeEnglish(generalBudget)}`;
  return { text, total, generalBudget };
}

function yearOnYear(budget: Budget): Finding {
  const { total, generalBudget } = homeHeadlineEnglish(budget);
  const other = { current: total.current - generalBudget.current, previous: total.previous - generalBudget.previous };
  const otherChange = other.current - other.previous;
  const otherText = `${otherChange < 0 ? 'down' : 'up'} ${money(Math.abs(otherChange))}`;
  const rows: BarRow[] = [
    {
      label: `${PREVIOUS_YEAR} (derived from the report's figures)`,
      segments: [
        bar('General budget', label(generalBudget.previous), generalBudget.previous, sourceSwatch('general-budget')),
        bar('Other money', label(other.previous), other.previous, MIXED_SOURCES),
      ],
    },
    {
      label: THIS_YEAR,
      segments: [
        bar('General budget', label(generalBudget.current), generalBudget.current, sourceSwatch('general-budget')),
        bar('Other money', label(other.current), other.current, MIXED_SOURCES),
      ],
      annotation: { segment: 1, text: `${otherChange < 0 ? 'Down' : 'Up'} ${label(Math.abs(otherChange))}` },
    },
  ];
  return {
    id: 'year-on-year',
    title: `Money other than this year's appropriation is ${otherText} on the year`,
    subtitle: `The whole budget in two parts, ${PREVIOUS_YEAR} and ${THIS_YEAR}`,
    sentence: `The whole budget is ${changeEnglish(total)} on the year (${percentEnglish(total)}), while this year's general public budget spending is ${changeEnglish(generalBudget)} (${percentEnglish(generalBudget)}). So the money that shrank is the rest (carry-over from the previous year, the units' own funds and so on): by the report's own figures, it is ${otherText}.`,
    notes: [
      `The report gives only the two changes on the year (source lines ${total.sourceLine} and ${generalBudget.sourceLine}), not last year's details; the ${PREVIOUS_YEAR} bars are this year's figures minus the changes. The report gives “reduced project funding” as the main reason for the fall.`,
    ],
    rows,
    table: tableOf(rows),
    links: [{ href: '/flow/', text: 'Money flow: where the money comes from and where it goes' }],
  };
}

function whereItGoes(budget: Budget): Finding {
  const grand = budgetIndex(budget).total('grand-total');
  const energy = budgetIndex(budget).total('energy-environment-total');
  const classCode = budget.functions.find((row) => row.level === '类' && row.total === energy)?.code;
  const kuan = budget.functions.filter((row) => row.level === '款' && row.parent_code === classCode).sort((a, b) => b.total - a.total);
  const top = kuan[0];
  if (!top) throw new Error('functions.csv: the energy-and-environment class has no 款');
  const editorial = budget.projects.filter((project) => project.function_basis === 'editorial').length;
  const rows: BarRow[] = kuan.map((row, index) => ({
    label: `${short(functionName(row.code), 26)} ${label(row.total)}`,
    segments: [bar('', formatShare(row.total, energy), row.total, functionSwatch(row.code))],
    ...(index === 0 ? { annotation: { segment: 0, text: 'Largest section' } } : {}),
  }));
  return {
    id: 'where-it-goes',
    title: `${functionName(top.code)} takes ${formatShare(top.total, energy)} of environmental spending`,
    subtitle: `Energy conservation and environmental protection spending, ${money(energy)}, by section`,
    sentence: `${formatShare(energy, grand)} of the whole budget (${money(energy)}) is energy conservation and environmental protection spending. Of this, ${functionName(top.code)} has ${money(top.total)}, ${formatShare(top.total, energy)}, ${place(
      kuan.map((row) => row.total),
      top.total,
    )} of ${kuan.length} sections.`,
    notes: [
      `The report does not say under which functional item each project is recorded: for ${editorial} of the ${budget.projects.length} projects the assignment is this site's editorial judgement (see the methodology).`,
    ],
    rows,
    scaleMax: top.total,
    table: kuan.map((row) => ({ row: functionName(row.code), part: functionName(row.code), amount: row.total })),
    links: [
      { href: '/treemap/', text: 'Where the money goes: zoom down to each project' },
      { href: '/methodology/#function-basis', text: 'Which item a project is recorded under: methodology' },
    ],
  };
}

function withoutTargets(budget: Budget): Finding {
  const projectTotal = budgetIndex(budget).total('project-total');
  const noSheet = budget.projects.filter((project) => project.sheet_line === null);
  const withSheet = budget.projects.filter((project) => project.sheet_line !== null);
  const noSheetTotal = sumFen(noSheet.map((project) => project.amount));
  const largest = [...budget.projects].sort((a, b) => b.amount - a.amount)[0]!;
  const largestIsOne = noSheet.includes(largest);
  const claimed = budget.changes.find((row) => row.id === 'published-projects-share');
  const share = formatShare(noSheetTotal, projectTotal);
  const rows: BarRow[] = [
    {
      label: `Project expenditure ${label(projectTotal)}`,
      segments: [
        bar(
          `With targets (${withSheet.length})`,
          formatShare(projectTotal - noSheetTotal, projectTotal),
          projectTotal - noSheetTotal,
          REST,
        ),
        bar(`Without (${noSheet.length})`, share, noSheetTotal, KEY),
      ],
      ...(largestIsOne ? { annotation: { segment: 1, text: 'Incl. the largest project' } } : {}),
    },
  ];
  return {
    id: 'without-targets',
    title: `${share} of project spending has no published performance targets`,
    subtitle: 'Project expenditure by whether a performance-target table is published',
    sentence: `The ${noSheet.length} projects carried over from the previous year, ${money(noSheetTotal)} or ${share} of project expenditure${largestIsOne ? `, among them the largest of all projects, “${projectName(largest.id)}” (${money(largest.amount)}),` : ''} have no published performance-target table${claimed ? `; yet the report says the published performance targets cover ${claimed.value}% of all project expenditure (source line ${claimed.source_line})` : ''}.`,
    notes: [],
    rows,
    table: tableOf(rows),
    links: [
      { href: `/projects/${largest.id}/`, text: `${short(projectName(largest.id), 24)}: project page` },
      { href: '/projects/', text: `All ${budget.projects.length} projects` },
    ],
  };
}

function counties(budget: Budget): Finding {
  const overview = branchOverview(budget);
  const sorted = [...overview.branches].sort((a, b) => b.total - a.total);
  const top = sorted[0]!;
  const topProject = top.projects[0]!;
  const projectShare = formatShare(topProject.amount, top.total);
  const rows: BarRow[] = sorted.map((branch) => ({
    label: `${short(branchName(branch.id), 20)} ${label(branch.total)}`,
    segments: [bar('', formatShare(branch.total, overview.total), branch.total, branch === top ? KEY : REST)],
    ...(branch === top ? { annotation: { segment: 0, text: `Top project: ${projectShare}` } } : {}),
  }));
  const topName = branchName(top.id);
  return {
    id: 'counties',
    title: `The ${topName} has ${formatShare(top.total, overview.total)} of the ${overview.branches.length} county branches' project budgets`,
    subtitle: `Project budgets of the ${overview.branches.length} county branches, ${money(overview.total)} in all`,
    sentence: `The ${overview.branches.length} county branches have project budgets of ${money(overview.total)} in all. The ${topName} has ${formatShare(top.total, overview.total)}, ${place(
      overview.branches.map((branch) => branch.total),
      top.total,
    )} among them; one project alone, “${projectName(topProject.id)}” (${money(topProject.amount)}), is ${projectShare} of the ${topName}'s.`,
    notes: [],
    rows,
    scaleMax: top.total,
    table: sorted.map((branch) => ({ row: branchName(branch.id), part: branchName(branch.id), amount: branch.total })),
    links: [
      { href: '/branches/', text: 'County branches: what the money is spent on' },
      { href: `/branches/${top.id}/`, text: `The ${topName}'s story` },
    ],
  };
}

function officeCosts(budget: Budget): Finding {
  const threePublic = yearChange(budget, 'three-public-change');
  const running = yearChange(budget, 'running-cost-change');
  const subjects: Record<string, string> = {
    'three-public-change': 'Three public expenses',
    'running-cost-change': 'Office running costs',
  };
  const pair = (change: YearChange): BarRow[] => [
    { label: `${subjects[change.id]} ${PREVIOUS_YEAR} (derived)`, segments: [bar('', label(change.previous), change.previous, REST)] },
    {
      label: `${subjects[change.id]} ${THIS_YEAR}`,
      segments: [bar('', label(change.current), change.current, KEY)],
      annotation: { segment: 0, text: `${change.change < 0 ? 'Down' : 'Up'} ${label(Math.abs(change.change))}` },
    },
  ];
  const rows = [...pair(threePublic), ...pair(running)];
  const truncated = running.truncated && running.printedPercent !== null;
  return {
    id: 'office-costs',
    title: `The “three public expenses” are ${changeEnglish(threePublic)}, office running costs ${changeEnglish(running)}`,
    subtitle: `Budgeted amounts, ${PREVIOUS_YEAR} and ${THIS_YEAR}`,
    sentence: `The budget for the “three public expenses” (official overseas travel, official vehicles, official hospitality) is ${money(threePublic.current)}, ${changeEnglish(threePublic)} on 2023; office running costs are ${money(running.current)}, ${changeEnglish(running)} on 2023 (the report says ${percentEnglish(running)}).`,
    notes: [
      `Last year's figure = this year's plus the decrease the report gives (source lines ${threePublic.sourceLine} and ${running.sourceLine}). The report says the “three public expenses” fell mainly because official vehicles were transferred.`,
      ...(truncated
        ? [
            `The percentage for office running costs: the report says ${running.printedPercent!.toFixed(2)}%; the report's own two amounts give ${(Math.round(running.computedPercent * 100) / 100).toFixed(2)}%. The report cut off the last digits instead of rounding.`,
          ]
        : []),
    ],
    rows,
    scaleMax: Math.max(running.previous, running.current, threePublic.previous, threePublic.current),
    table: rows.map((row) => ({ row: row.label, part: row.label, amount: row.segments[0]!.amount })),
    links: [
      { href: '/glossary/#three-public-expenses', text: 'What the “three public expenses” are' },
      { href: '/glossary/#running-costs', text: 'What office running costs are' },
    ],
  };
}

export function homeFindingsEnglish(budget: Budget): Finding[] {
  return [yearOnYear(budget), whereItGoes(budget), withoutTargets(budget), counties(budget), officeCosts(budget)];
}
