/**
 * Keyword rules that turn a project name into evidence.
 *
 * Two rule tables live in `data/manual/` and are parsed here:
 *
 * - `function-name-rules.csv` (columns `rule_id,kind,keywords,codes,note`):
 *   every `keyword` rule whose keywords occur in a project name contributes
 *   its codes to the project's set of *plausible* functional codes; `always`
 *   rules (keywords `*`) contribute their codes to every project (residual
 *   "other …" codes, which contradict no name); `fallback` rules (keywords
 *   `*`) apply only when no `keyword` rule matched. Order matters only for
 *   the preference ranking used as a tie-break: codes are ranked in the order
 *   in which they are first met, walking the keyword rules top to bottom (each
 *   rule's codes left to right), then the fallback rules, then the always
 *   rules.
 * - `theme-rules.csv` (columns `order,theme,keywords,note`): the first rule (by
 *   `order`) whose keywords occur in the name gives the project's theme; `*`
 *   matches everything, so a final `*` row guarantees a theme.
 *
 * Keywords are plain substrings separated by `|` (no regular expressions), so
 * the tables stay readable for reviewers. Pure functions, no file IO.
 * The site shows the function rules (/methodology/); the offline search
 * (pipeline/assignment/) applies both tables.
 */

/** Residual codes by name: “其他……支出”. */
export const RESIDUAL_CODE_NAME = /^其他.*支出$/;

export const FALLBACK_KEYWORD = '*';

export type RuleKind = 'keyword' | 'always' | 'fallback';

export interface FunctionNameRule {
  id: string;
  kind: RuleKind;
  /** Substrings; any one of them occurring in the name triggers the rule. */
  keywords: string[];
  /** Functional codes in order of preference. */
  codes: string[];
  note: string;
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
  /** Every rule that applied, in ranking order, with the first keyword that hit (`*` for always/fallback rules). */
  matches: RuleMatch[];
  /** For each plausible code, the first keyword that suggested it (`*` when it came from an always/fallback rule). */
  keywordByCode: Record<string, string>;
  /** For each plausible code, the kind of rule that first suggested it. */
  kindByCode: Record<string, RuleKind>;
  /** Codes suggested by keywords actually found in the name (subset of `codes`). */
  keywordCodes: string[];
}

type Row = Record<string, string | undefined>;

function field(row: Row, name: string, where: string): string {
  const value = row[name];
  if (value === undefined) throw new Error(`${where}: missing column "${name}"`);
  return value.trim();
}

function splitKeywords(raw: string, where: string): string[] {
  const keywords = raw
    .split('|')
    .map((k) => k.trim())
    .filter((k) => k.length > 0);
  if (keywords.length === 0) throw new Error(`${where}: empty keywords`);
  return keywords;
}

export function parseFunctionNameRules(rows: readonly Row[]): FunctionNameRule[] {
  const seen = new Set<string>();
  return rows.map((row, i) => {
    const where = `function-name-rules row ${i + 2}`;
    const id = field(row, 'rule_id', where);
    if (!id) throw new Error(`${where}: empty rule_id`);
    if (seen.has(id)) throw new Error(`${where}: duplicate rule_id "${id}"`);
    seen.add(id);
    const kind = field(row, 'kind', where) as RuleKind;
    if (!['keyword', 'always', 'fallback'].includes(kind)) {
      throw new Error(`${where}: kind must be keyword, always or fallback, got "${kind}"`);
    }
    const keywords = splitKeywords(field(row, 'keywords', where), where);
    const codes = field(row, 'codes', where).split(/\s+/).filter(Boolean);
    if (codes.length === 0) throw new Error(`${where}: no codes`);
    for (const code of codes) {
      if (!/^\d{7}$/.test(code)) throw new Error(`${where}: "${code}" is not a 7-digit 项 code`);
    }
    if (new Set(codes).size !== codes.length) throw new Error(`${where}: duplicate code`);
    const star = keywords.length === 1 && keywords[0] === FALLBACK_KEYWORD;
    if ((kind === 'keyword') === star || (!star && keywords.includes(FALLBACK_KEYWORD))) {
      throw new Error(`${where}: keyword rules need real keywords; always/fallback rules use "*" alone`);
    }
    return { id, kind, keywords, codes, note: row.note?.trim() ?? '' };
  });
}

export function parseThemeRules(rows: readonly Row[]): ThemeRule[] {
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
  const kindByCode: Record<string, RuleKind> = {};
  const apply = (rule: FunctionNameRule, keyword: string) => {
    matches.push({ ruleId: rule.id, keyword });
    for (const code of rule.codes) {
      if (!codes.includes(code)) {
        codes.push(code);
        keywordByCode[code] = keyword;
        kindByCode[code] = rule.kind;
      }
    }
  };
  for (const rule of rules) {
    if (rule.kind !== 'keyword') continue;
    const keyword = rule.keywords.find((k) => name.includes(k));
    if (keyword !== undefined) apply(rule, keyword);
  }
  const keywordCodes = [...codes];
  if (matches.length === 0) {
    for (const rule of rules) if (rule.kind === 'fallback') apply(rule, FALLBACK_KEYWORD);
  }
  for (const rule of rules) if (rule.kind === 'always') apply(rule, FALLBACK_KEYWORD);
  return { codes, matches, keywordByCode, kindByCode, keywordCodes };
}

export interface ThemeMatch {
  theme: string;
  order: number;
  keyword: string;
}

/** First matching theme rule; throws when nothing matches (add a `*` row). */
export function themeFor(name: string, rules: readonly ThemeRule[]): ThemeMatch {
  for (const rule of rules) {
    const keyword = rule.fallback ? FALLBACK_KEYWORD : rule.keywords.find((k) => name.includes(k));
    if (keyword !== undefined) return { theme: rule.theme, order: rule.order, keyword };
  }
  throw new Error(`No theme rule matches "${name}"`);
}
