import { columns as c } from '../data/columns';
import { defineTable, type RowOf } from '../data/table';

/** Sections of the glossary page, in reading order. */
export const GLOSSARY_GROUPS = ['overview', 'sources', 'spending', 'classification', 'performance', 'other'] as const;
export type GlossaryGroup = (typeof GLOSSARY_GROUPS)[number];

/**
 * data/site_glossary.csv: the site's own plain-language definitions. `report_id` points to the
 * report's definition in data/glossary.csv where the report has one; `related` lists other term
 * ids separated by spaces.
 */
export const siteGlossaryTable = defineTable({
  file: 'site_glossary.csv',
  key: 'id',
  columns: {
    id: c.id,
    term: c.text,
    group: c.oneOf(GLOSSARY_GROUPS),
    short: c.text,
    plain: c.text,
    report_id: c.optional(c.id),
    related: c.optional(c.text),
  },
});

export type SiteGlossaryRow = RowOf<typeof siteGlossaryTable.columns>;
