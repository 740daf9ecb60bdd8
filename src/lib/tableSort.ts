/**
 * Sorting a table by a column, for every sortable table (the project index, the treemap's
 * tables) and their tests. Cells carry their sort key in data-sort (amounts in fen, text as shown).
 */
export type SortType = 'number' | 'text';
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('zh-CN', { numeric: true });

export function compareSortKeys(a: string, b: string, type: SortType): number {
  if (type === 'number') return Number(a) - Number(b);
  return collator.compare(a, b);
}

/** Indices of `keys` in sorted order; ties keep their original order. */
export function sortOrder(keys: string[], type: SortType, direction: SortDirection): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return keys
    .map((key, index) => ({ key, index }))
    .sort((a, b) => sign * compareSortKeys(a.key, b.key, type) || a.index - b.index)
    .map((entry) => entry.index);
}

/** Clicking the sorted column flips it; a new column starts with its natural direction. */
export function nextDirection(current: SortDirection | 'none', type: SortType): SortDirection {
  if (current === 'none') return type === 'number' ? 'descending' : 'ascending';
  return current === 'ascending' ? 'descending' : 'ascending';
}
