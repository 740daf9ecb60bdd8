import type { Fen } from '../money';
import { themeSwatch } from '../palette';

export interface ThemeStyle {
  theme: string;
  /** CSS colour for fills (a design token from global.css). */
  color: string;
  /** Text colour that passes 4.5:1 on `color`. */
  textColor: string;
}

/** Colours for a set of themes, from the site's theme palette (src/lib/palette.ts): a theme has the same colour on every page. */
export function themeStyles(totals: { theme: string; amount: Fen }[]): Map<string, ThemeStyle> {
  const merged = new Map<string, Fen>();
  for (const { theme, amount } of totals) merged.set(theme, (merged.get(theme) ?? 0) + amount);
  const ordered = [...merged.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'));
  return new Map(
    ordered.map(([theme]) => {
      const swatch = themeSwatch(theme);
      return [theme, { theme, color: swatch.fill, textColor: swatch.text }];
    }),
  );
}

export function styleOf(styles: Map<string, ThemeStyle>, theme: string): ThemeStyle {
  const style = styles.get(theme);
  if (!style) throw new Error(`no colour for theme "${theme}"`);
  return style;
}
