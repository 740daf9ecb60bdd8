/**
 * Keyword rules that turn a project name into evidence.
 *
 * Two rule tables live in `data/manual/` and are parsed here:
 *
 * - `function-name-rules.csv` (columns `rule_id,keywords,codes,note`): every
 *   rule whose keywords occur in a project name contributes its codes to the
 *   project's set of *plausible* functional codes. Order matters only for the
 *   preference ranking used as a tie-break: codes are ranked in the order in
 *   which they are first met, walking the rules top to bottom and each rule's
 *   codes left to right. A rule whose keywords are `*` is a fallback that
 *   applies only when no other rule matched.
 * - `theme-rules.csv` (columns `order,theme,keywords,note`): the first rule (by
 *   `order`) whose keywords occur in the name gives the project's theme; `*`
 *   matches everything, so a final `*` row guarantees a theme.
 *
 * Keywords are plain substrings separated by `|` (no regular expressions), so
 * the tables stay readable for reviewers. Pure functions, no file IO.
 */

export const FALLBACK_KEYWORD = '*';

export interface FunctionNameRule {
  id: string;
  /** Substrings; any one of them occurring in the name triggers the rule. */
  keywords: string[];
  /** Functional codes in order of preference. */
  codes: string[];
  note: string;
  /** True for the `*` row, used only when nothing else matched. */
  fallback: boolean;
}

export interface ThemeRule {
  order: number;
  theme: string;
  keywords: string[];
  note: string;
  fallback: boolean;
}

export interface RuleMatch {
  ruleId: string;
  /** The keyword that matched (`*` for the fallback). */
  keyword: string;
}

export interface NameEvidence {
  /** Plausible codes, most preferred first. Never empty when a fallback rule exists. */
  codes: string[];
  /** Every rule that matched, in table order, with the first keyword that hit. */
  matches: RuleMatch[];
  /** For each plausible code, the first keyword that suggested it. */
  keywordByCode: Record<string, string>;
}

type Row = Record<string, string | undefined>;

function field(row: Row, name: string, where: string): string {
  const value = row[name];
  if (value === undefined) throw new Error(`${where}: missing column "${name}"`);
  return value.trim();
}

function splitKeywords(raw: string, where: string): string[] {
  const keywords = raw.split('|').map((k) => k.trim()).filter((k) => k.length > 0);
  if (keywords.length === 0) throw new Error(`${where}: empty keywords`);
  return keywords;
}

export function parseFunctionNameRules(rows: Row[]): FunctionNameRule[] {
  const seen = new Set<string>();
  return rows.map((row, i) => {
    const where = `function-name-rules row ${i + 2}`;
    const id = field(row, 'rule_id', where);
    if (!id) throw new Error(`${where}: empty rule_id`);
    if (seen.has(id)) throw new Error(`${where}: duplicate rule_id "${id}"`);
    seen.add(id);
    const keywords = splitKeywords(field(row, 'keywords', where), where);
    const codes = field(row, 'codes', where).split(/\s+/).filter(Boolean);
    if (codes.length === 0) throw new Error(`${where}: no codes`);
    for (const code of codes) {
      if (!/^\d{7}$/.test(code)) throw new Error(`${where}: "${code}" is not a 7-digit 项 code`);
    }
    if (new Set(codes).size !== codes.length) throw new Error(`${where}: duplicate code`);
    const fallback = keywords.length === 1 && keywords[0] === FALLBACK_KEYWORD;
    if (!fallback && keywords.includes(FALLBACK_KEYWORD)) {
      throw new Error(`${where}: "*" must stand alone`);
    }
    return { id, keywords, codes, note: row.note?.trim() ?? '', fallback };
  });
}

export function parseThemeRules(rows: Row[]): ThemeRule[] {
  const rules = rows.map((row, i) => {
    const where = `theme-rules row ${i + 2}`;
    const order = Number(field(row, 'order', where));
    if (!Number.isInteger(order)) throw new Error(`${where}: order must be an integer`);
    const theme = field(row, 'theme', where);
    if (!theme) throw new Error(`${where}: empty theme`);
    const keywords = splitKeywords(field(row, 'keywords', where), where);
    const fallback = keywords.length === 1 && keywords[0] === FALLBACK_KEYWORD;
    return { order, theme, keywords, note: row.note?.trim() ?? '', fallback };
  });
  const orders = new Set(rules.map((r) => r.order));
  if (orders.size !== rules.length) throw new Error('theme-rules: duplicate order');
  return rules.sort((a, b) => a.order - b.order);
}

/** Plausible codes for one project name. */
export function nameEvidence(name: string, rules: readonly FunctionNameRule[]): NameEvidence {
  const codes: string[] = [];
  const matches: RuleMatch[] = [];
  const keywordByCode: Record<string, string> = {};
  const apply = (rule: FunctionNameRule, keyword: string) => {
    matches.push({ ruleId: rule.id, keyword });
    for (const code of rule.codes) {
      if (!codes.includes(code)) {
        codes.push(code);
        keywordByCode[code] = keyword;
      }
    }
  };
  for (const rule of rules) {
    if (rule.fallback) continue;
    const keyword = rule.keywords.find((k) => name.includes(k));
    if (keyword !== undefined) apply(rule, keyword);
  }
  if (matches.length === 0) {
    for (const rule of rules) if (rule.fallback) apply(rule, FALLBACK_KEYWORD);
  }
  return { codes, matches, keywordByCode };
}

export interface ThemeMatch {
  theme: string;
  order: number;
  keyword: string;
}

/** First matching theme rule; throws when nothing matches (add a `*` row). */
export function themeFor(name: string, rules: readonly ThemeRule[]): ThemeMatch {
  for (const rule of rules) {
    const keyword = rule.fallback
      ? FALLBACK_KEYWORD
      : rule.keywords.find((k) => name.includes(k));
    if (keyword !== undefined) return { theme: rule.theme, order: rule.order, keyword };
  }
  throw new Error(`No theme rule matches "${name}"`);
}
