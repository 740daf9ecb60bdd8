/**
 * Parser for the performance-indicator table (绩效指标) of one project sheet.
 *
 * The PDF prints two column groups side by side on one line: the
 * implementation-period indicators (实施期, left) and this year's indicators
 * (年度, right). When one side has more rows, or at the first row of a group
 * (where the 二级指标 label breaks the line), a line holds only one side. This
 * module decides the side of every cell, then matches each annual (right) cell to
 * a period (left) cell to recover names the PDF cut short.
 *
 * Pure functions only; no I/O.
 */
import { matchesCut, nameWidth, parseCell, parseTarget, splitCells } from './sheet-values';

export interface SourceLine {
  /** 1-based line number in the source text. */
  no: number;
  text: string;
}

export type Side = 'left' | 'right';

export const LEVEL2_TO_LEVEL1: Readonly<Record<string, string>> = {
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  成本指标: '产出指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  服务对象满意度指标: '满意度指标',
};

const LEVEL1_RE = /^(产出指标|效益指标|满意度指标)(?=\s|$)/;
const LEVEL2_RE =
  /(?<=^|\s)(服务对象满意度指标?|经济效益指标|社会效益指标|生态效益指标|可持续影响指标|数量指标|质量指标|时效指标|成本指标)/g;

/** `服务对象满意度指` (cut in the left column) → `服务对象满意度指标`. */
export function normaliseLevel2(label: string): string {
  return label === '服务对象满意度指' ? '服务对象满意度指标' : label;
}

/** Lines that are page furniture inside a table: the vertical 绩效指标 caption, page numbers, running title. */
export function isNoiseLine(text: string): boolean {
  const t = text.trim();
  return (
    t === '' ||
    /^[绩效指标]$/.test(t) ||
    /^-\d+-$/.test(t) ||
    t === '晋城市生态环境局2024年部门预算公开报告' ||
    t.startsWith('一级指标 二级指标 三级指标 指标值')
  );
}

export interface TableCell {
  line: number;
  level2: string;
  /** Index of the 二级指标 group within the sheet (a page break does not start a new one). */
  group: number;
  text: string;
  name: string;
  value: string;
  glued: boolean;
  side: Side | null;
  /** Why the side was chosen: pair, label, after-first-label, after-second-label, width, duplicate, run, default. */
  sideReason: string;
  /** For cells printed alone on their line: the partner cell on the same visual row, if known. */
  partner: TableCell | null;
  /** A label line was printed between the previous cell and this one. */
  breakBefore: boolean;
}

/** Width of the name up to its first gap; the PDF cuts names at a fixed width. */
function headWidth(name: string): number {
  return nameWidth(name.split(/\s+/)[0] ?? '');
}

/**
 * Side of a lone cell from the width of its name, when that settles it. The
 * annual (right) name column holds about 8 CJK characters, the period (left) one
 * about 12; a name glued to its value was cut at that width.
 */
export function sideFromWidth(cell: { name: string; glued: boolean }): Side | null {
  const w = headWidth(cell.name);
  if (cell.glued) {
    if (w >= 10) return 'left';
    if (w >= 6.5) return 'right';
    return null;
  }
  return w >= 8.5 ? 'left' : null;
}

function makeCell(line: number, level2: string, group: number, text: string): TableCell {
  const parsed = parseCell(text);
  if (!parsed) throw new Error(`line ${line}: cannot read indicator cell "${text}"`);
  return { line, level2, group, text, ...parsed, side: null, sideReason: '', partner: null, breakBefore: false };
}

/** Same indicator text: equal, or one is the cut form of the other. */
function sameIndicator(cut: TableCell, full: TableCell): boolean {
  return cut.name === full.name || matchesCut(cut.name, full.name);
}

/**
 * Read the table lines (between the header row and 负责人) into cells with sides.
 * Throws, naming the line, on anything it cannot place.
 */
export function readTableCells(lines: readonly SourceLine[]): TableCell[] {
  const cells: TableCell[] = [];
  let level2: string | null = null;
  let group = -1;
  // Side expected for the next lone cell, set by a label printed alone on its line.
  let expect: Side | null = null;
  // The previous line was a lone cell placed left right after a lone label.
  let prevWasFirstLeft: TableCell | null = null;
  // A label line was seen since the last cell.
  let labelSeen = false;
  const push = (...cs: TableCell[]) => {
    for (const c of cs) {
      c.breakBefore = labelSeen;
      labelSeen = false;
      cells.push(c);
    }
  };

  const setLevel2 = (label: string, no: number) => {
    const l2 = normaliseLevel2(label);
    if (!(l2 in LEVEL2_TO_LEVEL1)) throw new Error(`line ${no}: unknown 二级指标 "${label}"`);
    if (l2 !== level2) {
      level2 = l2;
      group++;
    }
  };
  const need = (no: number): string => {
    if (!level2) throw new Error(`line ${no}: indicator before any 二级指标 label`);
    return level2;
  };

  for (const { no, text } of lines) {
    if (isNoiseLine(text)) continue;
    let rest = text.trim();
    const l1 = LEVEL1_RE.exec(rest);
    if (l1) rest = rest.slice(l1[0].length).trim();
    if (!rest) continue; // a 一级指标 repeated after a page break

    // Cut the line at its 二级指标 labels.
    const labels: { label: string; start: number; end: number }[] = [];
    for (const m of rest.matchAll(LEVEL2_RE)) {
      labels.push({ label: m[1]!, start: m.index!, end: m.index! + m[1]!.length });
    }
    const firstLeft = prevWasFirstLeft;
    prevWasFirstLeft = null;

    if (labels.length > 2) throw new Error(`line ${no}: more than two 二级指标 labels`);
    if (labels.length === 2) {
      const [a, b] = labels as [(typeof labels)[0], (typeof labels)[0]];
      if (normaliseLevel2(a.label) !== normaliseLevel2(b.label)) {
        throw new Error(`line ${no}: the two columns disagree on the 二级指标 (${a.label} / ${b.label})`);
      }
      const before = rest.slice(0, a.start).trim();
      if (before) throw new Error(`line ${no}: text before the first 二级指标 label`);
      setLevel2(a.label, no);
      const l2 = need(no);
      const leftText = rest.slice(a.end, b.start).trim();
      const rightText = rest.slice(b.end).trim();
      const left = leftText ? makeCell(no, l2, group, leftText) : null;
      const right = rightText ? makeCell(no, l2, group, rightText) : null;
      if (left) Object.assign(left, { side: 'left', sideReason: 'label' });
      if (right) Object.assign(right, { side: 'right', sideReason: 'label' });
      if (left && right) {
        left.partner = right;
        right.partner = left;
      }
      if (left) push(left);
      if (right) push(right);
      if (!left && !right) labelSeen = true; // e.g. "时效指标 时效指标", or an empty group
      expect = null;
      continue;
    }
    if (labels.length === 1) {
      const a = labels[0]!;
      const before = rest.slice(0, a.start).trim();
      const after = rest.slice(a.end).trim();
      setLevel2(a.label, no);
      const l2 = need(no);
      if (before) {
        // "left-cell label right-cell"
        const left = makeCell(no, l2, group, before);
        Object.assign(left, { side: 'left', sideReason: 'label' });
        push(left);
        if (after) {
          const right = makeCell(no, l2, group, after);
          Object.assign(right, { side: 'right', sideReason: 'label' });
          left.partner = right;
          right.partner = left;
          push(right);
        }
        expect = null;
        continue;
      }
      // A label printed first on its line: the left label of a group, or the
      // right one when the line before held the group's first left cell.
      expect = firstLeft ? 'right' : 'left';
      labelSeen = true;
      if (!after) continue;
      rest = after;
    }

    // Text only: one or two cells.
    const l2 = need(no);
    let parts: string[];
    try {
      parts = splitCells(rest);
    } catch (e) {
      throw new Error(`line ${no}: ${(e as Error).message}`);
    }
    if (parts.length === 2) {
      const left = makeCell(no, l2, group, parts[0]!);
      const right = makeCell(no, l2, group, parts[1]!);
      Object.assign(left, { side: 'left', sideReason: 'pair', partner: right });
      Object.assign(right, { side: 'right', sideReason: 'pair', partner: left });
      push(left, right);
      expect = null;
      continue;
    }
    const cell = makeCell(no, l2, group, parts[0]!);
    if (expect) {
      cell.side = expect;
      cell.sideReason = expect === 'left' ? 'after-first-label' : 'after-second-label';
      if (expect === 'left') prevWasFirstLeft = cell;
      else if (firstLeft) {
        // The first row of a group: the left and right cells share the visual row.
        cell.partner = firstLeft;
        firstLeft.partner = cell;
      }
    }
    expect = null;
    push(cell);
  }
  resolveLoneSides(cells);
  return cells;
}

/**
 * Give a side to lone cells the labels did not place: by name width, then by
 * duplicates (a cell equal to one already on the right is the left copy, and vice
 * versa), then by runs (consecutive lone cells sit on the same side), else left.
 */
function resolveLoneSides(cells: TableCell[]): void {
  for (const c of cells) {
    if (c.side) continue;
    const s = sideFromWidth(c);
    if (s) {
      c.side = s;
      c.sideReason = 'width';
    }
  }
  const groups = new Map<number, TableCell[]>();
  for (const c of cells) {
    const g = groups.get(c.group) ?? [];
    g.push(c);
    groups.set(c.group, g);
  }
  for (const g of groups.values()) {
    for (let changed = true; changed;) {
      changed = false;
      for (const c of g) {
        if (c.side) continue;
        const onRight = g.some((o) => o !== c && o.side === 'right' && sameIndicator(o, c));
        const onLeft = g.some((o) => o !== c && o.side === 'left' && sameIndicator(c, o));
        if (onRight !== onLeft) {
          c.side = onRight ? 'left' : 'right';
          c.sideReason = 'duplicate';
          changed = true;
        }
      }
    }
    // Runs: consecutive lone cells (one per line, no pair or label between).
    const runs: TableCell[][] = [];
    let run: TableCell[] = [];
    for (const c of g) {
      const lone = c.sideReason !== 'pair' && c.sideReason !== 'label' && !c.sideReason.startsWith('after-');
      if (!lone || c.breakBefore) {
        if (run.length) runs.push(run);
        run = [];
      }
      if (lone) run.push(c);
    }
    if (run.length) runs.push(run);
    for (const r of runs) {
      const sides = new Set(r.map((c) => c.side).filter((s): s is Side => s !== null));
      if (sides.size !== 1) continue;
      const side = [...sides][0]!;
      for (const c of r) {
        if (!c.side) {
          c.side = side;
          c.sideReason = 'run';
        }
      }
    }
    for (const c of g) {
      if (!c.side) {
        c.side = 'left';
        c.sideReason = 'default';
      }
    }
  }
}

export type NameSource = 'annual-column' | 'period-column' | 'cut';

export interface AnnualIndicator {
  level1: string;
  level2: string;
  name: string;
  value: string;
  targetNumber: string;
  targetUnit: string;
  comparator: string;
  nameSource: NameSource;
  sourceLine: number;
  /** The annual cell as printed, for checks and reports. */
  printedName: string;
  periodCell: TableCell | null;
}

/** The annual name looks cut: glued to its value, at the column's width (about 8 characters) or with gaps. */
function looksCut(cell: TableCell): boolean {
  return cell.glued || /\s/.test(cell.name) || headWidth(cell.name) >= 7.5;
}

/**
 * Names printed complete somewhere in the sheets: period-column names with a
 * space before the value and no gaps, and annual ones that are also short
 * enough not to fill their column. Used to tell a full-width annual name from a
 * cut one when the period column has no counterpart.
 */
export function completeNames(cells: readonly TableCell[]): Set<string> {
  const out = new Set<string>();
  for (const c of cells) {
    if (c.glued || /\s/.test(c.name)) continue;
    if (c.side === 'left' || headWidth(c.name) < 7.5) out.add(c.name);
  }
  return out;
}

/**
 * The annual (right-hand) indicators in printed order, each matched to a period
 * (left-hand) cell of the same 二级指标 group to recover a name cut by the PDF.
 *
 * Matching is one-to-one. Exact names are matched first; then cut annual names,
 * most constrained first, take a period name they are the cut form of. Among
 * several candidates the one with the same value wins, then the cell printed on
 * the same row, then the first in print order.
 */
export function annualIndicators(cells: readonly TableCell[], complete: ReadonlySet<string> = new Set()): AnnualIndicator[] {
  const rights = cells.filter((c) => c.side === 'right');
  const used = new Set<TableCell>();
  const matched = new Map<TableCell, TableCell>();
  const lefts = (r: TableCell) => cells.filter((c) => c.side === 'left' && c.group === r.group && !used.has(c));
  const best = (r: TableCell, cands: TableCell[]): TableCell | null => {
    const score = (l: TableCell) => (l.value === r.value ? 2 : 0) + (l === r.partner ? 1 : 0);
    let top: TableCell | null = null;
    for (const l of cands) if (!top || score(l) > score(top)) top = l;
    return top;
  };
  for (const r of rights) {
    const m = best(
      r,
      lefts(r).filter((l) => l.name === r.name),
    );
    if (m) {
      used.add(m);
      matched.set(r, m);
    }
  }
  const pending = rights.filter((r) => !matched.has(r) && looksCut(r));
  while (pending.length) {
    // The most constrained annual cell first.
    const withCands = pending.map((r) => ({ r, cands: lefts(r).filter((l) => matchesCut(r.name, l.name)) }));
    withCands.sort((a, b) => (a.cands.length || Infinity) - (b.cands.length || Infinity) || a.r.line - b.r.line);
    const { r, cands } = withCands[0]!;
    pending.splice(pending.indexOf(r), 1);
    const m = best(r, cands);
    if (m) {
      used.add(m);
      matched.set(r, m);
    }
  }
  return rights.map((r) => {
    const m = matched.get(r) ?? null;
    let nameSource: NameSource = 'annual-column';
    let name = r.name;
    if (m && m.name !== r.name) {
      nameSource = 'period-column';
      name = m.name;
    } else if (!m && looksCut(r) && !complete.has(r.name)) nameSource = 'cut';
    const t = parseTarget(r.value);
    return {
      level1: LEVEL2_TO_LEVEL1[r.level2]!,
      level2: r.level2,
      name,
      value: r.value,
      targetNumber: t?.number ?? '',
      targetUnit: t?.unit ?? '',
      comparator: t?.comparator ?? '',
      nameSource,
      sourceLine: r.line,
      printedName: r.name,
      periodCell: m,
    };
  });
}
