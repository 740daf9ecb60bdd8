/** Filtering the project index by unit and theme, shared by the browser script and its tests. */
export interface RowFilter {
  unit: string;
  theme: string;
}

/** An empty filter value means “all”. */
export function rowMatches(row: { unit: string; theme: string }, filter: RowFilter): boolean {
  return (filter.unit === '' || row.unit === filter.unit) && (filter.theme === '' || row.theme === filter.theme);
}

/** The live region's text; `lang` is the page's (`document.documentElement.lang` in the browser). */
export function rowCountMessage(visible: number, total: number, lang: 'zh' | 'en' = 'zh'): string {
  if (lang === 'en') return visible === total ? `Showing all ${total} projects` : `Showing ${visible} of ${total} projects`;
  return visible === total ? `显示全部${total}个项目` : `显示${visible}个项目（共${total}个）`;
}
