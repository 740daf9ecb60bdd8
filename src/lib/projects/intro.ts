/**
 * The opening of a project page: what the money does, in the performance sheet's own words
 * (quoted, cited by line), or, for a project without a sheet, what the report does say about it.
 */
import type { Budget } from '../data/load';
import type { Project } from '../data/schemas';
import { cutAtBoundary } from '../text/cut';
import { PLACE_NAME } from '../budgetConfig';

export interface IntroQuote {
  /** What the quote is, e.g. “项目概况”. */
  what: string;
  text: string;
  /** Line in the committed report text where the passage (or its sheet) starts. */
  line: number;
  /** The line is where the sheet starts, not the passage itself. */
  from: boolean;
}

export type ProjectIntro =
  | { kind: 'sheet'; line: number; quotes: IntroQuote[] }
  | { kind: 'no-sheet'; sourceTable: string; line: number; allCarryover: boolean; topic: string; mentions: IntroQuote[] };

/** Longest quote on the page's opening; longer passages are cut at a clause boundary. */
export const INTRO_QUOTE_MAX = 90;

/** The first sentence of a sheet text, without its list number (“1.”, “（一）”). */
export function firstSentence(text: string): string {
  const cleaned = text
    .replace(/^"+|"+$/g, '')
    .trim()
    .replace(/^(?:\d{1,2}|[一二三四五六七八九十]{1,2})[、.．]\s*|^（[一二三四五六七八九十\d]{1,2}）/, '');
  const end = cleaned.search(/[。；;]/);
  const sentence = end === -1 ? cleaned : cleaned.slice(0, end + 1);
  return cutAtBoundary(sentence, INTRO_QUOTE_MAX);
}

/** The topic a project's name names: without the city, years, and words like 项目/专项资金. */
export function nameTopic(name: string): string {
  return name
    .replace(new RegExp(`^${PLACE_NAME}`), '')
    .replace(/^\d{4}(?:[-—–至]\d{4})?年/, '')
    .replace(/(?:试点项目|专项资金|项目|资金)$/, '')
    .replace(/^中央/, '');
}

/** The clause of a text that contains the phrase, cut to the quote length around it. */
function clauseWith(text: string, phrase: string): string | null {
  const clauses = text.split(/(?<=[。；;])/);
  const clause = clauses.find((entry) => entry.includes(phrase));
  if (!clause) return null;
  const trimmed = clause.replace(/^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[、.．]\s*/, '').trim();
  const at = trimmed.indexOf(phrase);
  // Start at a clause boundary before the phrase when the clause is long.
  const starts = [...trimmed.slice(0, at).matchAll(/[，、：:]/g)].map((match) => (match.index ?? 0) + 1);
  const start = trimmed.length > INTRO_QUOTE_MAX ? (starts.reverse().find((index) => at - index < INTRO_QUOTE_MAX / 2) ?? 0) : 0;
  return `${start > 0 ? '…' : ''}${cutAtBoundary(trimmed.slice(start), INTRO_QUOTE_MAX)}`;
}

/**
 * Where the report's department-level text (goals, tasks, indicators) names the topic, word for
 * word: a shorter form of it could be about something else (污染防治 is not 大气污染防治).
 */
function mentionsOf(budget: Budget, topic: string): IntroQuote[] {
  const quotes: IntroQuote[] = [];
  for (const row of budget.department) {
    const clause = clauseWith(row.value, topic);
    if (clause) quotes.push({ what: row.label, text: clause, line: row.source_line, from: true });
  }
  for (const row of budget.departmentIndicators) {
    if (row.name.includes(topic))
      quotes.push({ what: '部门整体绩效指标', text: `${row.name} ${row.value}`, line: row.source_line, from: false });
  }
  return quotes.slice(0, 2);
}

export function projectIntro(budget: Budget, project: Project): ProjectIntro {
  if (project.sheet_line !== null) {
    const quotes: IntroQuote[] = [];
    if (project.overview) quotes.push({ what: '项目概况', text: firstSentence(project.overview), line: project.sheet_line, from: true });
    const goal = project.goal_annual ?? project.goal_period;
    if (goal)
      quotes.push({
        what: project.goal_annual ? '年度目标' : '实施期目标',
        text: firstSentence(goal),
        line: project.sheet_line,
        from: true,
      });
    return { kind: 'sheet', line: project.sheet_line, quotes };
  }
  const topic = nameTopic(project.name);
  return {
    kind: 'no-sheet',
    sourceTable: project.source_table,
    line: project.source_line,
    allCarryover: project.carryover === project.amount,
    topic,
    mentions: mentionsOf(budget, topic),
  };
}
