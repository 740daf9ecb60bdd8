/**
 * Which colour token (src/styles/global.css) each concept's members get: one palette for funding
 * sources, one for functional classes, one for project themes, the same on every page, embed
 * and image. Colours are looked up by id, never by position, so a member keeps its colour when
 * others come and go.
 */
import { FUNDING_SOURCES } from './fundingSources';

export interface Swatch {
  /** CSS colour for marks, e.g. var(--source-general). */
  fill: string;
  /** Text colour that passes 4.5:1 on the fill. */
  text: string;
  /** The token's name without "--", e.g. source-general. */
  token: string;
}

const swatch = (token: string): Swatch => ({ fill: `var(--${token})`, text: `var(--${token}-text)`, token });

/** Funding source id (revenue.csv) → token, from the registry; money from several sources is source-mixed. */
export const SOURCE_TOKENS: Record<string, string> = Object.fromEntries(FUNDING_SOURCES.map((source) => [source.id, source.token]));
export const MIXED_SOURCES = swatch('source-mixed');

export function sourceSwatch(sourceId: string): Swatch {
  const token = SOURCE_TOKENS[sourceId];
  return token ? swatch(token) : MIXED_SOURCES;
}

/** 款 code (functions.csv) → token. */
export const FUNCTION_TOKENS: Record<string, string> = {
  '21101': 'fn-21101',
  '21103': 'fn-21103',
  '21104': 'fn-21104',
  '21111': 'fn-21111',
  '21114': 'fn-21114',
  '21199': 'fn-21199',
};
/** Basic expenditure the report does not split by unit. */
export const UNSPLIT_FUNCTION = swatch('fn-unsplit');

export function functionSwatch(kuanCode: string): Swatch {
  const token = FUNCTION_TOKENS[kuanCode];
  if (!token)
    throw new Error(
      `no colour for 款 ${kuanCode}: add --fn-${kuanCode} to src/styles/global.css and FUNCTION_TOKENS in src/lib/palette.ts`,
    );
  return swatch(token);
}

/** Project theme (projects.csv, theme) → token; water blue, nature green, air rust for haze, running costs grey. */
export const THEME_TOKENS: Record<string, string> = {
  水: 'theme-water',
  大气: 'theme-air',
  自然生态: 'theme-nature',
  机构运行: 'theme-running',
  人员补助: 'theme-staff',
  土壤与地下水: 'theme-soil',
  信息化: 'theme-it',
  监测与执法: 'theme-monitoring',
  设备与修缮: 'theme-equipment',
  综合治理: 'theme-general',
};

export function themeSwatch(theme: string): Swatch {
  const token = THEME_TOKENS[theme];
  if (!token) throw new Error(`no colour for theme "${theme}": add it to THEME_TOKENS in src/lib/palette.ts and src/styles/global.css`);
  return swatch(token);
}

/** Kinds of spending: 基本支出 (grey, like all running costs) and 项目支出. */
export const SPENDING_SWATCHES = { basic: swatch('spend-basic'), project: swatch('spend-project') };

/** Charts of one measure: the item a finding is about, and the rest. */
export const EMPHASIS_SWATCHES = { key: swatch('mark-key'), rest: swatch('mark-rest') };

/** The palettes as the tests check them: concept → tokens. */
export const PALETTES: Record<string, string[]> = {
  spending: [SPENDING_SWATCHES.basic.token, SPENDING_SWATCHES.project.token],
  sources: [...Object.values(SOURCE_TOKENS), MIXED_SOURCES.token],
  functions: [...Object.values(FUNCTION_TOKENS), UNSPLIT_FUNCTION.token],
  themes: Object.values(THEME_TOKENS),
  emphasis: [EMPHASIS_SWATCHES.key.token, EMPHASIS_SWATCHES.rest.token],
};
