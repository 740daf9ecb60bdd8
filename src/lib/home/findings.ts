import { budgetIndex } from '../data/budgetIndex';
import { EMPHASIS_SWATCHES, MIXED_SOURCES, functionSwatch, sourceSwatch, type Swatch } from '../palette';
import type { Budget } from '../data/load';
import { branchOverview } from '../branches/summary';
import { changeText, percentText, truncationNote, yearChange, type YearChange } from '../changes';
import { formatAmountProse, formatShare, formatWan } from '../format';
import { sumFen, type Fen } from '../money';
import { fitLine } from '../treemap/labels';
import type { BarRow, BarSegment } from './barLayout';
import { BUDGET_YEAR, ROOT_CLASS } from '../budgetConfig';
import { placeAmong, placeInWords } from '../ranks';

/**
 * The home page's story: a headline and a few findings, each one sentence computed from data/,
 * a small chart (bars laid out by barLayout.ts), and the page that shows it in full.
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

const PREVIOUS_YEAR = `${BUDGET_YEAR - 1}年`;
const THIS_YEAR = `${BUDGET_YEAR}年`;

const bar = (name: string, valueText: string, amount: Fen, swatch: Swatch): BarSegment => ({
  name,
  valueText,
  amount,
  color: swatch.fill,
  textColor: swatch.text,
});
const { key: KEY, rest: REST } = EMPHASIS_SWATCHES;

/** “第一” or “并列第一”, from the values in any order (largest first). */
const firstPlace = (values: Fen[], value: Fen): string => placeInWords(placeAmong(values, value));

const short = (text: string, chars = 12) => fitLine(text, chars * 13, 13) ?? text.slice(0, 4);

function tableOf(rows: BarRow[]) {
  return rows.flatMap((row) =>
    row.segments.map((segment) => ({ row: row.label, part: segment.name || row.label, amount: segment.amount })),
  );
}

export interface Headline {
  text: string;
  total: YearChange;
  generalBudget: YearChange;
}

/** The page's headline: the total's change and, when it goes the other way, the general budget's. */
export function homeHeadline(budget: Budget): Headline {
  const total = yearChange(budget, 'expenditure-total-change');
  const generalBudget = yearChange(budget, 'general-budget-change');
  const totalPart = `晋城市生态环境局2024年预算${formatAmountProse(total.current)}，比上年${percentText(total) ?? changeText(total)}`;
  const opposite = Math.sign(total.change) !== Math.sign(generalBudget.change);
  const gbPart = `当年一般公共预算拨款${opposite ? '却' : '也'}${percentText(generalBudget) ?? changeText(generalBudget)}`;
  return { text: `${totalPart}，${gbPart}`, total, generalBudget };
}

function yearOnYear(budget: Budget): Finding {
  const { total, generalBudget } = homeHeadline(budget);
  const other = { current: total.current - generalBudget.current, previous: total.previous - generalBudget.previous };
  const otherChange = other.current - other.previous;
  const otherText = `${otherChange < 0 ? '少了' : '多了'}${formatAmountProse(Math.abs(otherChange))}`;
  const rows: BarRow[] = [
    {
      label: `${PREVIOUS_YEAR}（由报告数字推算）`,
      segments: [
        bar('当年一般公共预算', formatAmountProse(generalBudget.previous), generalBudget.previous, sourceSwatch('general-budget')),
        bar('其余资金', formatAmountProse(other.previous), other.previous, MIXED_SOURCES),
      ],
    },
    {
      label: THIS_YEAR,
      segments: [
        bar('当年一般公共预算', formatAmountProse(generalBudget.current), generalBudget.current, sourceSwatch('general-budget')),
        bar('其余资金', formatAmountProse(other.current), other.current, MIXED_SOURCES),
      ],
      annotation: { segment: 1, text: `比上年${otherText}` },
    },
  ];
  return {
    id: 'year-on-year',
    title: `当年拨款以外的资金比上年${otherText}`,
    subtitle: `预算总额按资金分两部分，${PREVIOUS_YEAR}与${THIS_YEAR}`,
    sentence: `预算总额比上年${changeText(total)}（${percentText(total)}），一般公共预算当年支出却${changeText(generalBudget)}（${percentText(generalBudget)}），所以变少的是其余资金（上年结转、单位资金等）：按报告的数字推算，比上年${otherText}。`,
    notes: [
      `报告只给出上年的两个变化数（原文第${total.sourceLine}、${generalBudget.sourceLine}行），没有上年的明细；${PREVIOUS_YEAR}的两段是用本年数减去变化数算出的。报告说减少的主要原因是“项目经费减少”。`,
    ],
    rows,
    table: tableOf(rows),
    links: [{ href: '/flow/', text: '资金流向：钱从哪来、流到哪里' }],
  };
}

function whereItGoes(budget: Budget): Finding {
  const grand = budgetIndex(budget).total('grand-total');
  const energy = budgetIndex(budget).total('energy-environment-total');
  // energy-environment-total is the root class's total (the reconciliation checks it).
  const kuan = budgetIndex(budget)
    .children(ROOT_CLASS)
    .sort((a, b) => b.total - a.total);
  const top = kuan[0];
  if (!top) throw new Error('functions.csv: the energy-and-environment class has no 款');
  const editorial = budget.projects.filter((project) => project.function_basis === 'editorial').length;
  const rows: BarRow[] = kuan.map((row, index) => ({
    label: `${short(row.name)} ${formatWan(row.total)}`,
    segments: [bar('', formatShare(row.total, energy), row.total, functionSwatch(row.code))],
    ...(index === 0 ? { annotation: { segment: 0, text: '最大的一款' } } : {}),
  }));
  return {
    id: 'where-it-goes',
    title: `${top.name}占节能环保支出的${formatShare(top.total, energy)}`,
    subtitle: `节能环保支出${formatWan(energy)}，按款分`,
    sentence: `全部预算的${formatShare(energy, grand)}（${formatAmountProse(energy)}）是节能环保支出；其中${top.name}${formatAmountProse(top.total)}，占${formatShare(top.total, energy)}，在${kuan.length}款中排${firstPlace(
      kuan.map((row) => row.total),
      top.total,
    )}。`,
    notes: [`报告没有说每个项目记在哪个功能科目下：${budget.projects.length}个项目中有${editorial}个的归属是本站的编辑判断，见方法说明。`],
    rows,
    scaleMax: top.total,
    table: kuan.map((row) => ({ row: row.name, part: row.name, amount: row.total })),
    links: [
      { href: '/treemap/', text: '资金去向：逐级放大到每个项目' },
      { href: '/methodology/#function-basis', text: '项目记在哪个科目：方法说明' },
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
      label: `项目支出 ${formatWan(projectTotal)}`,
      segments: [
        bar(
          `有绩效目标表（${withSheet.length}个项目）`,
          formatShare(projectTotal - noSheetTotal, projectTotal),
          projectTotal - noSheetTotal,
          REST,
        ),
        bar(`没有（${noSheet.length}个项目）`, share, noSheetTotal, KEY),
      ],
      ...(largestIsOne ? { annotation: { segment: 1, text: '含金额最大的项目' } } : {}),
    },
  ];
  return {
    id: 'without-targets',
    title: `项目支出的${share}没有公开绩效目标`,
    subtitle: '项目支出按有没有公开的绩效目标表分',
    sentence: `上年结转的${noSheet.length}个项目共${formatWan(noSheetTotal)}，占项目支出的${share}${largestIsOne ? `，其中有全部项目里金额最大的“${largest.name}”（${formatWan(largest.amount)}）` : ''}，都没有公开的绩效目标表${claimed ? `；报告却说公开的绩效目标占项目支出总额的${claimed.value}%（原文第${claimed.source_line}行）` : ''}。`,
    notes: [],
    rows,
    table: tableOf(rows),
    links: [
      { href: `/projects/${largest.id}/`, text: `${short(largest.name, 14)}：项目页` },
      { href: '/projects/', text: `全部${budget.projects.length}个项目` },
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
    label: `${short(branch.shortName, 8)} ${formatWan(branch.total)}`,
    segments: [bar('', formatShare(branch.total, overview.total), branch.total, branch === top ? KEY : REST)],
    ...(branch === top ? { annotation: { segment: 0, text: `最大一个项目占${projectShare}` } } : {}),
  }));
  return {
    id: 'counties',
    title: `${short(top.shortName, 8)}占${overview.branches.length}个分局项目预算的${formatShare(top.total, overview.total)}`,
    subtitle: `${overview.branches.length}个县区分局的项目预算，共${formatWan(overview.total)}`,
    sentence: `${overview.branches.length}个县区分局的项目预算共${formatWan(overview.total)}，${top.shortName}占${formatShare(top.total, overview.total)}，排${firstPlace(
      overview.branches.map((branch) => branch.total),
      top.total,
    )}；其中“${topProject.name}”一项${formatWan(topProject.amount)}，就占${top.shortName}的${projectShare}。`,
    notes: [],
    rows,
    scaleMax: top.total,
    table: sorted.map((branch) => ({ row: branch.shortName, part: branch.shortName, amount: branch.total })),
    links: [
      { href: '/branches/', text: '各分局：钱花在哪些事上' },
      { href: `/branches/${top.id}/`, text: `${short(top.shortName, 8)}的故事` },
    ],
  };
}

function officeCosts(budget: Budget): Finding {
  const threePublic = yearChange(budget, 'three-public-change');
  const running = yearChange(budget, 'running-cost-change');
  const pair = (change: YearChange): BarRow[] => [
    { label: `${change.subject} ${PREVIOUS_YEAR}（推算）`, segments: [bar('', formatWan(change.previous), change.previous, REST)] },
    {
      label: `${change.subject} ${THIS_YEAR}`,
      segments: [bar('', formatWan(change.current), change.current, KEY)],
      annotation: { segment: 0, text: changeText(change) },
    },
  ];
  const rows = [...pair(threePublic), ...pair(running)];
  const note = truncationNote(running);
  return {
    id: 'office-costs',
    title: `“三公”经费${changeText(threePublic)}，机关运行经费${changeText(running)}`,
    subtitle: `${PREVIOUS_YEAR}与${THIS_YEAR}的预算数（单位：万元）`,
    sentence: `“三公”经费预算${formatWan(threePublic.current)}，比2023年${changeText(threePublic)}；机关运行经费${formatWan(running.current)}，比2023年${changeText(running)}（报告写${percentText(running)}）。`,
    notes: [
      `上年数 = 本年数加上报告写的减少数（原文第${threePublic.sourceLine}、${running.sourceLine}行）。报告说“三公”经费减少主要是因为公务用车已划转。`,
      ...(note ? [`机关运行经费的百分比：${note}`] : []),
    ],
    rows,
    scaleMax: Math.max(running.previous, running.current, threePublic.previous, threePublic.current),
    table: rows.map((row) => ({ row: row.label, part: row.label, amount: row.segments[0]!.amount })),
    links: [
      { href: '/glossary/#three-public-expenses', text: '什么是“三公”经费' },
      { href: '/glossary/#running-costs', text: '什么是机关运行经费' },
    ],
  };
}

export function homeFindings(budget: Budget): Finding[] {
  return [yearOnYear(budget), whereItGoes(budget), withoutTargets(budget), counties(budget), officeCosts(budget)];
}
