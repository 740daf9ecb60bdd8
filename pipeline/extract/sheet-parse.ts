/**
 * Parser for the 64 project performance-target sheets (项目支出绩效目标表) in the
 * plain text of the budget PDF: header fields, funds, text sections, goals and
 * the indicator table.
 *
 * Pure functions only; no I/O.
 */
import { isNoiseLine, readTableCells, type SourceLine, type TableCell } from './sheet-table';
import { width } from './sheet-values';

export const SHEET_TITLE = '晋城市市级预算部门（单位）项目支出绩效目标表';

export interface Sheet {
  /** Line of the sheet title. */
  titleLine: number;
  /** Line of the 项目名称 row. */
  nameLine: number;
  name: string;
  unit: string;
  attribute: string;
  periodYears: number;
  /** Line of the 实施期资金总额 / 年度资金总额 row. */
  fundsLine: number;
  periodTotalYuan: string;
  annualTotalYuan: string;
  annualCentralYuan: string;
  annualProvincialYuan: string;
  annualLocalYuan: string;
  annualSelfYuan: string;
  annualOtherYuan: string;
  overview: string;
  legalBasis: string;
  necessity: string;
  measures: string;
  plan: string;
  goalPeriod: string;
  goalAnnual: string;
  /** Line of the table header (一级指标 二级指标 ...). */
  tableLine: number;
  /** Every indicator cell of the table, both columns, with its side. */
  cells: TableCell[];
}

/** Lines of the text, numbered from 1. */
export function numberLines(text: string): SourceLine[] {
  return text.split('\n').map((t, i) => ({ no: i + 1, text: t }));
}

/** Cut the lines [from, to] into sheets, each starting at a title line. */
export function splitSheets(lines: readonly SourceLine[], from: number, to: number): SourceLine[][] {
  const sheets: SourceLine[][] = [];
  for (const l of lines) {
    if (l.no < from || l.no > to) continue;
    if (l.text.trim() === SHEET_TITLE) sheets.push([]);
    const cur = sheets[sheets.length - 1];
    if (cur) cur.push(l);
  }
  return sheets;
}

/** Join wrapped lines of Chinese text: no space between lines, spaces inside a line kept. */
export function joinWrapped(lines: readonly string[]): string {
  return lines
    .map((l) => l.trim())
    .filter(Boolean)
    .join('')
    .trim();
}

/** `2,266,900` → `2266900`; an absent amount → ''. */
export function yuan(s: string | undefined): string {
  if (s === undefined || s === '') return '';
  const v = s.replace(/,/g, '');
  if (!/^\d+$/.test(v)) throw new Error(`not an amount in 元: "${s}"`);
  return String(Number(v));
}

const AMOUNT = '(\\d[\\d,]*)?';

/**
 * The funds block, from 项目资金 to 项目概况, joined into one line. The PDF prints
 * period and annual columns side by side; 市县（区）财政资金 wraps in the left
 * column so its left amount comes on a later line.
 */
export function parseFunds(block: string, line: number) {
  const s = block.replace(/\s+/g, ' ').trim();
  const re = new RegExp(
    [
      '^项目资金 （元） 实施期资金总额：',
      AMOUNT,
      '年度资金总额：',
      AMOUNT,
      '其中：中央财政资金',
      AMOUNT,
      '其中：中央财政资金',
      AMOUNT,
      '省级财政资金',
      AMOUNT,
      '省级财政资金',
      AMOUNT,
      '市县（区）财政资 金',
      AMOUNT,
      '市县（区）财政资金',
      AMOUNT,
      '单位自筹',
      AMOUNT,
      '单位自筹',
      AMOUNT,
      '其他资金',
      AMOUNT,
      '其他资金',
      AMOUNT,
      '$',
    ].join(' ?'),
  );
  const m = re.exec(s);
  if (!m) throw new Error(`line ${line}: unexpected layout of the funds block: "${s}"`);
  return {
    periodTotalYuan: yuan(m[1]),
    annualTotalYuan: yuan(m[2]),
    annualCentralYuan: yuan(m[4]),
    annualProvincialYuan: yuan(m[6]),
    annualLocalYuan: yuan(m[8]),
    annualSelfYuan: yuan(m[10]),
    annualOtherYuan: yuan(m[12]),
  };
}

/** Width above which a goal line belongs to the wide period column (annual lines hold at most 22). */
const GOAL_ANNUAL_MAX_WIDTH = 22.5;

/**
 * Split the 总体目标 text into the period goal (wide left cell, lines of about 36
 * characters) and the annual goal (narrow right cell, about 22). The period's
 * last line may be narrow too; it is the tail of the period text unless the
 * annual text starts there, which we tell by the annual goal usually repeating
 * the period goal's opening.
 */
export function splitGoals(lines: readonly string[], line: number): { period: string; annual: string } {
  const ls = lines.map((l) => l.trim()).filter(Boolean);
  let nWide = 0;
  while (nWide < ls.length && width(ls[nWide]!) > GOAL_ANNUAL_MAX_WIDTH) nWide++;
  const wide = ls.slice(0, nWide);
  const narrow = ls.slice(nWide);
  if (narrow.some((l) => width(l) > GOAL_ANNUAL_MAX_WIDTH)) {
    throw new Error(`line ${line}: goal text with a wide line after narrow ones`);
  }
  if (wide.length === 0 || narrow.length === 0) {
    return { period: joinWrapped(wide), annual: joinWrapped(narrow) };
  }
  const p = joinWrapped(wide);
  const head = p.slice(0, 4);
  const startsHere = joinWrapped(narrow).startsWith(head);
  const startsNext = joinWrapped(narrow.slice(1)).startsWith(head);
  let tail: boolean;
  if (startsHere !== startsNext) tail = startsNext;
  else tail = !/[。.]$/.test(p); // no help from the text: a period goal that ends mid-sentence continues
  return tail
    ? { period: joinWrapped([...wide, narrow[0]!]), annual: joinWrapped(narrow.slice(1)) }
    : { period: p, annual: joinWrapped(narrow) };
}

const SECTIONS = [
  ['overview', '项目概况'],
  ['legalBasis', '立项依据'],
  ['necessity', '项目设立必要性'],
  ['measures', '保证项目实施的制度、措施'],
  ['plan', '项目实施计划'],
  ['goals', '实施期目标 年度目标'],
] as const;

const TABLE_HEADER = '一级指标 二级指标 三级指标 指标值 二级指标 三级指标 指标值';

/** Index of the one line in `ls` starting with `label`; throws naming the sheet otherwise. */
function findLabel(ls: readonly SourceLine[], label: string, sheetLine: number, exact = false): number {
  const hits = ls.flatMap((l, i) => {
    const t = l.text.trim();
    return (exact ? t === label : t.startsWith(label)) ? [i] : [];
  });
  if (hits.length !== 1) throw new Error(`sheet at line ${sheetLine}: expected one "${label}" row, found ${hits.length}`);
  return hits[0]!;
}

/** Parse one sheet (its lines from the title to the line before the next title). */
export function parseSheet(ls: readonly SourceLine[]): Sheet {
  const titleLine = ls[0]!.no;
  const at = (label: string, exact = false) => findLabel(ls, label, titleLine, exact);
  const text = (i: number) => ls[i]!.text.trim();

  const iName = at('项目名称');
  const name = text(iName)
    .replace(/^项目名称\s*/, '')
    .trim();
  if (!name) throw new Error(`line ${ls[iName]!.no}: empty 项目名称`);

  // 主管部门及代码 … 实施单位 <unit>, the unit possibly wrapped onto the next lines.
  const iDept = at('主管部门及代码');
  const iAttr = at('项目属性');
  const deptText = ls
    .slice(iDept, iAttr)
    .map((l) => l.text.trim())
    .filter(Boolean);
  const dept = /实施单位\s*(.*)$/.exec(deptText[0]!);
  if (!dept) throw new Error(`line ${ls[iDept]!.no}: no 实施单位`);
  const unit = joinWrapped([dept[1]!, ...deptText.slice(1)]);

  const attr = /^项目属性\s+(\S+?)（[^）]*）\s+项目期\s+(\d+)年$/.exec(text(iAttr));
  if (!attr) throw new Error(`line ${ls[iAttr]!.no}: unexpected 项目属性 row "${text(iAttr)}"`);

  const iFunds = at('项目资金', true);
  const idx: Record<string, number> = {};
  for (const [key, label] of SECTIONS) idx[key] = at(label);
  const iTotals = ls.findIndex((l) => l.text.includes('年度资金总额：'));
  if (iTotals < 0) throw new Error(`sheet at line ${titleLine}: no 年度资金总额 row`);
  const funds = parseFunds(
    ls
      .slice(iFunds, idx.overview)
      .map((l) => l.text)
      .join(' '),
    ls[iFunds]!.no,
  );

  // A section runs from its label to the next label; text may follow the label on its line.
  const section = (key: (typeof SECTIONS)[number][0], label: string, end: number) => {
    const start = idx[key]!;
    const first = text(start).slice(label.length).trim();
    const body = ls
      .slice(start + 1, end)
      .filter((l) => !isNoiseLine(l.text))
      .map((l) => l.text);
    return joinWrapped([first, ...body]);
  };

  const iTable = ls.findIndex((l) => l.text.includes(TABLE_HEADER));
  if (iTable < 0) throw new Error(`sheet at line ${titleLine}: no indicator table header`);
  // The table ends at the 负责人 row; one sheet (环境监管、巡查、执法监测服务) has none and ends with the page.
  const iSign = ls.findIndex((l) => l.text.trim().startsWith('负责人：'));
  const iEnd = iSign < 0 ? ls.length : iSign;
  if (iEnd < iTable) throw new Error(`sheet at line ${titleLine}: 负责人 row before the table`);

  // Goals: between 实施期目标 年度目标 and the table header (which may share its line with the last goal line).
  const goalLines: string[] = [];
  for (let i = idx.goals! + 1; i <= iTable; i++) {
    let t = ls[i]!.text;
    if (i === iTable) t = t.slice(0, t.indexOf(TABLE_HEADER));
    if (isNoiseLine(t)) continue;
    t = t.trim().replace(/^总体目标\s*/, '');
    if (t) goalLines.push(t);
  }
  const goals = splitGoals(goalLines, ls[idx.goals!]!.no);

  const cells = readTableCells(ls.slice(iTable + 1, iEnd));
  return {
    titleLine,
    nameLine: ls[iName]!.no,
    name,
    unit,
    attribute: attr[1]!,
    periodYears: Number(attr[2]),
    fundsLine: ls[iTotals]!.no,
    ...funds,
    overview: section('overview', '项目概况', idx.legalBasis!),
    legalBasis: section('legalBasis', '立项依据', idx.necessity!),
    necessity: section('necessity', '项目设立必要性', idx.measures!),
    measures: section('measures', '保证项目实施的制度、措施', idx.plan!),
    plan: section('plan', '项目实施计划', idx.goals!),
    goalPeriod: goals.period,
    goalAnnual: goals.annual,
    tableLine: ls[iTable]!.no,
    cells,
  };
}
