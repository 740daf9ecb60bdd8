import { getBudget } from '../budget';
import { REPORT_GLOSSARY_TRANSLATIONS, SITE_GLOSSARY_TRANSLATIONS } from '../i18n/specs-glossary';
import { translated } from '../i18n/translations';
import type { GlossaryTerm } from './glossary';

/** A glossary term in English (data/translations/en/site_glossary.csv and glossary.csv). */
export interface EnglishTerm {
  term: string;
  short: string;
  plain: string;
  /** The report's own definition, translated; its Chinese stays in GlossaryTerm.report. */
  report: { term: string; definition: string } | null;
}

export function englishTerm(term: GlossaryTerm): EnglishTerm {
  const site = (field: string) => translated(SITE_GLOSSARY_TRANSLATIONS, [term.id], field);
  let report: EnglishTerm['report'] = null;
  if (term.report) {
    const { term: name, sourceLine } = term.report;
    const entry = getBudget().glossary.find((row) => row.term === name && row.source_line === sourceLine);
    if (!entry) throw new Error(`glossary.csv has no entry "${name}" on line ${sourceLine}`);
    report = {
      term: translated(REPORT_GLOSSARY_TRANSLATIONS, [entry.id], 'term'),
      definition: translated(REPORT_GLOSSARY_TRANSLATIONS, [entry.id], 'definition'),
    };
  }
  return { term: site('term'), short: site('short'), plain: site('plain'), report };
}
