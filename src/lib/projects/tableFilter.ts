/** Filtering the project index by unit and theme, shared by the browser script and its tests. */
export interface RowFilter {
  unit: string;
  theme: string;
}

/** An empty filter value means “all”. */
export function rowMatches(row: { unit: string; theme: string }, filter: RowFilter): boolean {
  return (filter.unit === '' || row.unit === filter.unit) && (filter.theme === '' || row.theme === filter.theme);
}

export function rowCountMessage(visible: number, total: number): string {
  return visible === total ? `显示全部${total}个项目` : `显示${visible}个项目（共${total}个）`;
}
