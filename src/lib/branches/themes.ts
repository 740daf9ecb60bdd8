import type { Fen } from '../money';

export interface ThemeStyle {
  theme: string;
  /** CSS colour for fills (a design token from global.css). */
  color: string;
  /** Text colour that passes 4.5:1 on `color`. */
  textColor: string;
}

/**
 * Okabe–Ito tokens in the order themes receive them: the strongest contrasts go to the largest
 * themes. Every fill is drawn with a dark outline, so the light yellow still stands out on white.
 */
const PALETTE_ORDER = [5, 1, 3, 7, 2, 6, 4, 8] as const;

/**
 * Colours for a set of themes, assigned by total amount (largest first, ties by name), so the
 * same theme gets the same colour on every branch page and on the comparison.
 */
export function themeStyles(totals: { theme: string; amount: Fen }[]): Map<string, ThemeStyle> {
  const merged = new Map<string, Fen>();
  for (const { theme, amount } of totals) merged.set(theme, (merged.get(theme) ?? 0) + amount);
  const ordered = [...merged.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'));
  if (ordered.length > PALETTE_ORDER.length) {
    throw new Error(`${ordered.length} themes but only ${PALETTE_ORDER.length} colours: group the smallest themes first`);
  }
  return new Map(
    ordered.map(([theme], index) => {
      const token = PALETTE_ORDER[index]!;
      return [theme, { theme, color: `var(--cat-${token})`, textColor: `var(--cat-${token}-text)` }];
    }),
  );
}

export function styleOf(styles: Map<string, ThemeStyle>, theme: string): ThemeStyle {
  const style = styles.get(theme);
  if (!style) throw new Error(`no colour for theme "${theme}"`);
  return style;
}
