import type { Fen } from '../money';

export interface ThemeStyle {
  theme: string;
  /** CSS colour for fills (a design token from global.css). */
  color: string;
  /** Text colour that passes 4.5:1 on `color`. */
  textColor: string;
}

/**
 * Colours that carry meaning where a theme has an obvious one (water blue, nature green, air
 * orange for haze, running costs neutral grey); Okabe–Ito tokens from global.css. Every fill is
 * drawn with a dark outline, so the light yellow still stands out on white.
 */
const PREFERRED_TOKEN: Record<string, number> = {
  水: 5,
  大气: 1,
  自然生态: 3,
  机构运行: 8,
  人员补助: 7,
  监测与执法: 6,
  设备与修缮: 4,
  综合治理: 2,
};
const ALL_TOKENS = [5, 1, 3, 7, 2, 6, 4, 8] as const;

/**
 * Colours for a set of themes: each theme keeps its preferred colour; any other theme gets a
 * free colour, largest theme first, so a theme has the same colour on every page.
 */
export function themeStyles(totals: { theme: string; amount: Fen }[]): Map<string, ThemeStyle> {
  const merged = new Map<string, Fen>();
  for (const { theme, amount } of totals) merged.set(theme, (merged.get(theme) ?? 0) + amount);
  const ordered = [...merged.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'));
  if (ordered.length > ALL_TOKENS.length) {
    throw new Error(`${ordered.length} themes but only ${ALL_TOKENS.length} colours: group the smallest themes first`);
  }
  const used = new Set<number>(ordered.flatMap(([theme]) => (PREFERRED_TOKEN[theme] !== undefined ? [PREFERRED_TOKEN[theme]!] : [])));
  const free = ALL_TOKENS.filter((token) => !used.has(token));
  return new Map(
    ordered.map(([theme]) => {
      const token = PREFERRED_TOKEN[theme] ?? free.shift();
      if (token === undefined) throw new Error(`no colour left for theme "${theme}"`);
      return [theme, { theme, color: `var(--cat-${token})`, textColor: `var(--cat-${token}-text)` }];
    }),
  );
}

export function styleOf(styles: Map<string, ThemeStyle>, theme: string): ThemeStyle {
  const style = styles.get(theme);
  if (!style) throw new Error(`no colour for theme "${theme}"`);
  return style;
}
