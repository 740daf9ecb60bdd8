import type { GlossaryEntry } from '../data/schemas';
import { GLOSSARY_GROUPS, type GlossaryGroup, type SiteGlossaryRow } from './siteGlossaryTable';

/** One glossary term: our plain words, plus the report's own definition where it has one. */
export interface GlossaryTerm {
  id: string;
  term: string;
  group: GlossaryGroup;
  /** One line, for popovers. */
  short: string;
  /** A few sentences in plain words. */
  plain: string;
  /** The report's own definition (名词解释), quoted with its source line. */
  report: { term: string; definition: string; sourceLine: number; separator: ReportSeparator } | null;
  related: string[];
}

/** What the report prints between a term and its definition: most entries have “：”, 九 and 十一 nothing. */
export type ReportSeparator = '：' | '';

/** Reads the separator off the report's own line (1-based `sourceLines` index = line number − 1). */
export function reportSeparator(entry: GlossaryEntry, sourceLines: readonly string[]): ReportSeparator {
  const line = sourceLines[entry.source_line - 1] ?? '';
  if (line.includes(`${entry.term}：`)) return '：';
  if (line.includes(entry.term)) return '';
  throw new Error(`glossary.csv ${entry.id}: line ${entry.source_line} of the report does not print “${entry.term}”`);
}

/** Longest popover text we accept: a popover is a hint, the glossary page has the rest. */
export const SHORT_MAX_CHARS = 60;

/**
 * Joins the site's definitions to the report's. Throws (failing the build) when a report term
 * has no site entry, a link points nowhere, or a popover text is too long.
 */
export function buildGlossary(siteRows: SiteGlossaryRow[], reportRows: GlossaryEntry[], sourceLines: readonly string[]): GlossaryTerm[] {
  const problems: string[] = [];
  const reportById = new Map(reportRows.map((row) => [row.id, row]));
  const siteIds = new Set(siteRows.map((row) => row.id));
  const linkedReportIds = new Set<string>();

  const terms = siteRows.map((row): GlossaryTerm => {
    let report: GlossaryTerm['report'] = null;
    if (row.report_id !== null) {
      const entry = reportById.get(row.report_id);
      if (!entry) problems.push(`site_glossary.csv row ${row.row}: report_id "${row.report_id}" is not in glossary.csv`);
      else {
        if (linkedReportIds.has(entry.id)) problems.push(`site_glossary.csv row ${row.row}: report_id "${entry.id}" is linked twice`);
        linkedReportIds.add(entry.id);
        report = {
          term: entry.term,
          definition: entry.definition,
          sourceLine: entry.source_line,
          separator: reportSeparator(entry, sourceLines),
        };
      }
    }
    const related = row.related === null ? [] : row.related.split(/\s+/);
    for (const id of related) {
      if (!siteIds.has(id)) problems.push(`site_glossary.csv row ${row.row}: related id "${id}" is not a term`);
      if (id === row.id) problems.push(`site_glossary.csv row ${row.row}: a term cannot be related to itself`);
    }
    if ([...row.short].length > SHORT_MAX_CHARS) {
      problems.push(`site_glossary.csv row ${row.row}: short is longer than ${SHORT_MAX_CHARS} characters`);
    }
    return { id: row.id, term: row.term, group: row.group, short: row.short, plain: row.plain, report, related };
  });

  for (const entry of reportRows) {
    if (!linkedReportIds.has(entry.id)) problems.push(`glossary.csv term "${entry.term}" (${entry.id}) has no entry in site_glossary.csv`);
  }
  if (problems.length) throw new Error(`The glossary is inconsistent:\n${problems.join('\n')}`);
  return terms;
}

/** Terms grouped for the glossary page, groups in reading order, terms in file order. */
export function groupTerms(terms: GlossaryTerm[]): { group: GlossaryGroup; terms: GlossaryTerm[] }[] {
  return GLOSSARY_GROUPS.map((group) => ({ group, terms: terms.filter((term) => term.group === group) })).filter(
    (section) => section.terms.length > 0,
  );
}

export function findTerm(terms: GlossaryTerm[], id: string): GlossaryTerm {
  const term = terms.find((entry) => entry.id === id);
  if (!term) throw new Error(`unknown glossary term "${id}": add it to data/site_glossary.csv`);
  return term;
}
