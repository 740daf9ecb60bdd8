/**
 * Makes a table sortable: the headers marked data-sort-type ("number" or "text") become buttons
 * that sort the rows by their cells' data-sort keys, and say so with aria-sort (global.css draws
 * the arrow from it). Ties keep the table's first order. Without JavaScript the table keeps the
 * order it was built in.
 */
import { nextDirection, sortOrder, type SortDirection, type SortType } from '../../lib/tableSort';
import { at } from '../../lib/checked';

export function makeSortable(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows];
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-type]')];
  for (const header of headers) {
    const button = document.createElement('button');
    const icon = document.createElement('span');
    button.type = 'button';
    icon.className = 'sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(header.textContent?.trim() ?? '', icon);
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      const type = header.dataset.sortType as SortType;
      const direction = nextDirection((header.getAttribute('aria-sort') ?? 'none') as SortDirection | 'none', type);
      const keys = rows.map((row) => row.cells[header.cellIndex]?.dataset.sort ?? '');
      body.append(...sortOrder(keys, type, direction).map((position) => at(rows, position, 'sortable table: a row in the new order')));
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', direction);
    });
  }
}
