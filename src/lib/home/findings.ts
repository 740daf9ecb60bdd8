import { budgetIndex } from '../data/budgetIndex';
import { EMPHASIS_SWATCHES, MIXED_SOURCES, functionSwatch, sourceSwatch, type Swatch } from '../palette';
import type { Budget } from '../data/load';
import { branchOverview } from '../branches/summary';
import { yearChange, type YearChange } from '../changes';
import { formatAmountProse, formatShare, formatWan, formatYuanMillionsShortEnglish, formatYuanProseEnglish } from '../format';
import { sumFen, type Fen } from '../money';
import { fitLine } from '../treemap/labels';
import type { BarRow, BarSegment } from './barLayout';
import { BUDGET_YEAR, ROOT_CLASS } from '../budgetConfig';
import { placeAmong, placeInWords, placeInWordsEnglish, type Place } from '../ranks';
import { functionName, projectName, unitShortName } from '../i18n/projectWords';
import type { Lang } from '../../i18n/lang';
import { ui } from '../../i18n/ui';

/**
 * The home page's story: a headline and a few findings, each one sentence computed from data/,
 * a small chart (bars laid out by barLayout.ts), and the page that shows it in full. Each finding's
 * facts are computed once; the words come from the ui strings of the page's language.
 */
export interface Finding {
  id: string;
  /** The chart's title: the finding itself. */
  title: string;
  /** What the chart is, under the title. */
  subtitle: string;
  sentence: string;
  /** Small print under the chart (a computed figure, a caveat). */
  notes: string[];
  rows: BarRow[];
  /** The amount a full bar stands for, when the rows share one scale. */
  scaleMax?: number;
  /** Data table: one line per drawn bar part. */
  table: { row: string; part: string; amount: Fen }[];
  links: { href: string; text: string }[];
}

/**
 * How each language writes amounts and cuts names: Chinese prose in 亿元/万元, English in ¥ million
 * (short “¥212.54m” inside the small charts, where English words take more room).
 */
const STYLE = {
  zh: {
    /** Amounts in prose. */
    prose: formatAmountProse,
    /** Amounts in prose where the Chinese gives the report's 万元 figure. */
    wan: formatWan,
    /** Amounts on the bars, and on the year-on-year bars. */
    bar: formatWan,
    yearBar: formatAmountProse,
    place: placeInWords,
    /** Characters a name may take on a chart line; the cut when it cannot be measured. */
    chars: { section: 12, project: 14, branch: 8, fallback: 4 },
  },
  en: {
    prose: formatYuanProseEnglish,
    wan: formatYuanProseEnglish,
    bar: formatYuanMillionsShortEnglish,
    yearBar: formatYuanMillionsShortEnglish,
    place: placeInWordsEnglish,
    chars: { section: 26, project: 24, branch: 20, fallback: 8 },
  },
} satisfies Record<Lang, { place: (place: Place) => string; [key: string]: unknown }>;

const PREVIOUS_YEAR = BUDGET_YEAR - 1;

const bar = (name: string, valueText: string, amount: Fen, swatch: Swatch): BarSegment => ({
  name,
  valueText,
  amount,
  color: swatch.fill,
  textColor: swatch.text,
});
const { key: KEY, rest: REST } = EMPHASIS_SWATCHES;

function tableOf(rows: BarRow[]) {
  return rows.flatMap((row) =>
    row.segments.map((segment) => ({ row: row.label, part: segment.name || row.label, amount: segment.amount })),
  );
}

/** The words a finding needs in one language: its strings, amounts, a change on the year, a place. */
function wordsFor(lang: Lang) {
  const style = STYLE[lang];
  const t = ui(lang);
  const down = (change: YearChange) => change.change < 0;
  return {
    style,
    t: t.findings,
    /** “减少7,581.35万元” / “down ¥75.81 million”. */
    change: (change: YearChange) => t.yearOnYear.change(down(change), style.wan(Math.abs(change.change))),
    /** “下降22.98%” / “down 22.98%” as printed, or null when the report prints no percentage. */
    percent: (change: YearChange) =>
      change.printedPercent === null ? null : t.yearOnYear.percent(down(change), change.printedPercent.toFixed(2)),
    /** “第一” / “first”, or a tie, from the values in any order (largest first). */
    first: (values: Fen[], value: Fen) => style.place(placeAmong(values, value)),
    short: (text: string, chars: number) => fitLine(text, chars * 13, 13) ?? text.slice(0, style.chars.fallback),
  };
}

export interface Headline {
  text: string;
  total: YearChange;
  generalBudget: YearChange;
}

/** The page's headline: the total's change and, when it goes the other way, the general budget's. */
export function homeHeadline(budget: Budget, lang: Lang = 'zh'): Headline {
  const words = wordsFor(lang);
  const total = yearChange(budget, 'expenditure-total-change');
  const generalBudget = yearChange(budget, 'general-budget-change');
  const opposite = Math.sign(total.change) !== Math.sign(generalBudget.change);
  const text = words.t.headline(
    words.style.prose(total.current),
    words.percent(total) ?? words.change(total),
    opposite,
    words.percent(generalBudget) ?? words.change(generalBudget),
  );
  return { text, total, generalBudget };
}

function yearOnYear(budget: Budget, lang: Lang): Finding {
  const { style, t, change, percent } = wordsFor(lang);
  const w = t.yearOnYear;
  const { total, generalBudget } = homeHeadline(budget, lang);
  const other = { current: total.current - generalBudget.current, previous: total.previous - generalBudget.previous };
  const otherChange = other.current - other.previous;
  const otherText = t.otherChange(otherChange < 0, style.prose(Math.abs(otherChange)));
  const general = sourceSwatch('general-budget');
  const rows: BarRow[] = [
    {
      label: w.previousLabel(PREVIOUS_YEAR),
      segments: [
        bar(w.generalBudget, style.yearBar(generalBudget.previous), generalBudget.previous, general),
        bar(w.other, style.yearBar(other.previous), other.previous, MIXED_SOURCES),
      ],
    },
    {
      label: w.thisLabel(BUDGET_YEAR),
      segments: [
        bar(w.generalBudget, style.yearBar(generalBudget.current), generalBudget.current, general),
        bar(w.other, style.yearBar(other.current), other.current, MIXED_SOURCES),
      ],
      annotation: { segment: 1, text: w.annotation(otherChange < 0, style.yearBar(Math.abs(otherChange))) },
    },
  ];
  return {
    id: 'year-on-year',
    title: w.title(otherText),
    subtitle: w.subtitle(PREVIOUS_YEAR, BUDGET_YEAR),
    sentence: w.sentence(change(total), percent(total), change(generalBudget), percent(generalBudget), otherText),
    notes: [w.note(total.sourceLine, generalBudget.sourceLine, PREVIOUS_YEAR)],
    rows,
    table: tableOf(rows),
    links: [{ href: '/flow/', text: w.link }],
  };
}

function whereItGoes(budget: Budget, lang: Lang): Finding {
  const { style, t, first, short } = wordsFor(lang);
  const w = t.whereItGoes;
  const grand = budgetIndex(budget).total('grand-total');
  const energy = budgetIndex(budget).total('energy-environment-total');
  // energy-environment-total is the root class's total (the reconciliation checks it).
  const kuan = budgetIndex(budget)
    .children(ROOT_CLASS)
    .sort((a, b) => b.total - a.total);
  const top = kuan[0];
  if (!top) throw new Error('functions.csv: the energy-and-environment class has no 款');
  const name = (row: (typeof kuan)[number]) => functionName(lang, row);
  const editorial = budget.projects.filter((project) => project.function_basis === 'editorial').length;
  const rows: BarRow[] = kuan.map((row, index) => ({
    label: `${short(name(row), style.chars.section)} ${style.bar(row.total)}`,
    segments: [bar('', formatShare(row.total, energy), row.total, functionSwatch(row.code))],
    ...(index === 0 ? { annotation: { segment: 0, text: w.annotation } } : {}),
  }));
  return {
    id: 'where-it-goes',
    title: w.title(name(top), formatShare(top.total, energy)),
    subtitle: w.subtitle(style.wan(energy)),
    sentence: w.sentence(
      formatShare(energy, grand),
      style.prose(energy),
      name(top),
      style.prose(top.total),
      formatShare(top.total, energy),
      first(
        kuan.map((row) => row.total),
        top.total,
      ),
      kuan.length,
    ),
    notes: [w.note(budget.projects.length, editorial)],
    rows,
    scaleMax: top.total,
    table: kuan.map((row) => ({ row: name(row), part: name(row), amount: row.total })),
    links: [
      { href: '/treemap/', text: w.treemapLink },
      { href: '/methodology/#function-basis', text: w.methodLink },
    ],
  };
}

function withoutTargets(budget: Budget, lang: Lang): Finding {
  const { style, t, short } = wordsFor(lang);
  const w = t.withoutTargets;
  const projectTotal = budgetIndex(budget).total('project-total');
  const noSheet = budget.projects.filter((project) => project.sheet_line === null);
  const withSheet = budget.projects.filter((project) => project.sheet_line !== null);
  const noSheetTotal = sumFen(noSheet.map((project) => project.amount));
  const largest = [...budget.projects].sort((a, b) => b.amount - a.amount)[0];
  if (!largest) throw new Error('projects.csv has no projects');
  const largestIsOne = noSheet.includes(largest);
  const claimed = budget.changes.find((row) => row.id === 'published-projects-share');
  const share = formatShare(noSheetTotal, projectTotal);
  const rows: BarRow[] = [
    {
      label: w.label(style.bar(projectTotal)),
      segments: [
        bar(w.withSheet(withSheet.length), formatShare(projectTotal - noSheetTotal, projectTotal), projectTotal - noSheetTotal, REST),
        bar(w.withoutSheet(noSheet.length), share, noSheetTotal, KEY),
      ],
      ...(largestIsOne ? { annotation: { segment: 1, text: w.annotation } } : {}),
    },
  ];
  return {
    id: 'without-targets',
    title: w.title(share),
    subtitle: w.subtitle,
    sentence: w.sentence(
      noSheet.length,
      style.wan(noSheetTotal),
      share,
      largestIsOne ? { name: projectName(lang, largest), amount: style.wan(largest.amount) } : null,
      claimed ? { value: claimed.value, line: claimed.source_line } : null,
    ),
    notes: [],
    rows,
    table: tableOf(rows),
    links: [
      { href: `/projects/${largest.id}/`, text: w.projectLink(short(projectName(lang, largest), style.chars.project)) },
      { href: '/projects/', text: w.allLink(budget.projects.length) },
    ],
  };
}

function counties(budget: Budget, lang: Lang): Finding {
  const { style, t, first, short } = wordsFor(lang);
  const w = t.counties;
  const overview = branchOverview(budget);
  const sorted = [...overview.branches].sort((a, b) => b.total - a.total);
  const top = sorted[0];
  const topProject = top?.projects[0];
  if (!top || !topProject) throw new Error('home findings: no county branch with a project');
  const name = (branch: (typeof sorted)[number]) => unitShortName(lang, { id: branch.id, short_name: branch.shortName });
  const label = (branch: (typeof sorted)[number]) => short(name(branch), style.chars.branch);
  const projectShare = formatShare(topProject.amount, top.total);
  const rows: BarRow[] = sorted.map((branch) => ({
    label: `${label(branch)} ${style.bar(branch.total)}`,
    segments: [bar('', formatShare(branch.total, overview.total), branch.total, branch === top ? KEY : REST)],
    ...(branch === top ? { annotation: { segment: 0, text: w.annotation(projectShare) } } : {}),
  }));
  const count = overview.branches.length;
  const share = formatShare(top.total, overview.total);
  return {
    id: 'counties',
    title: w.title(name(top), label(top), count, share),
    subtitle: w.subtitle(count, style.wan(overview.total)),
    sentence: w.sentence(
      count,
      style.wan(overview.total),
      name(top),
      share,
      first(
        overview.branches.map((branch) => branch.total),
        top.total,
      ),
      projectName(lang, topProject),
      style.wan(topProject.amount),
      projectShare,
    ),
    notes: [],
    rows,
    scaleMax: top.total,
    table: sorted.map((branch) => ({ row: name(branch), part: name(branch), amount: branch.total })),
    links: [
      { href: '/branches/', text: w.branchesLink },
      { href: `/branches/${top.id}/`, text: w.storyLink(name(top), label(top)) },
    ],
  };
}

function officeCosts(budget: Budget, lang: Lang): Finding {
  const { style, t, change, percent } = wordsFor(lang);
  const w = t.officeCosts;
  const threePublic = yearChange(budget, 'three-public-change');
  const running = yearChange(budget, 'running-cost-change');
  const pair = (item: YearChange): BarRow[] => {
    const subject = w.subject(item.id, item.subject);
    return [
      { label: w.previousLabel(subject, PREVIOUS_YEAR), segments: [bar('', style.bar(item.previous), item.previous, REST)] },
      {
        label: w.thisLabel(subject, BUDGET_YEAR),
        segments: [bar('', style.bar(item.current), item.current, KEY)],
        annotation: { segment: 0, text: t.barChange(item.change < 0, style.bar(Math.abs(item.change))) },
      },
    ];
  };
  const rows = [...pair(threePublic), ...pair(running)];
  const truncated = running.truncated && running.printedPercent !== null;
  return {
    id: 'office-costs',
    title: w.title(change(threePublic), change(running)),
    subtitle: w.subtitle(PREVIOUS_YEAR, BUDGET_YEAR),
    sentence: w.sentence(
      style.wan(threePublic.current),
      change(threePublic),
      style.wan(running.current),
      change(running),
      percent(running),
      PREVIOUS_YEAR,
    ),
    notes: [
      w.note(threePublic.sourceLine, running.sourceLine),
      ...(truncated && running.printedPercent !== null
        ? [w.truncation(running.printedPercent.toFixed(2), (Math.round(running.computedPercent * 100) / 100).toFixed(2))]
        : []),
    ],
    rows,
    scaleMax: Math.max(running.previous, running.current, threePublic.previous, threePublic.current),
    table: rows.map((row) => ({ row: row.label, part: row.label, amount: sumFen(row.segments.map((segment) => segment.amount)) })),
    links: [
      { href: '/glossary/#three-public-expenses', text: w.threePublicLink },
      { href: '/glossary/#running-costs', text: w.runningLink },
    ],
  };
}

/** The home page's findings in the page's language: the same figures and bars in both. */
export function homeFindings(budget: Budget, lang: Lang = 'zh'): Finding[] {
  return [yearOnYear, whereItGoes, withoutTargets, counties, officeCosts].map((finding) => finding(budget, lang));
}
