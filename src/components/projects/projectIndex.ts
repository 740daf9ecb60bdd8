/**
 * Client behaviour for the project index: sort buttons in the column headers (with aria-sort),
 * unit and theme filters, and a polite live region with the row count. The table is complete
 * without it.
 */
import { rowCountMessage, rowMatches } from '../../lib/projects/tableFilter';
import { makeSortable } from '../charts/sortableTable';

export function initProjectIndex(root: HTMLElement): void {
  const table = root.querySelector('table');
  const body = table?.tBodies[0];
  const controls = root.querySelector<HTMLElement>('[data-controls]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (!table || !body || !controls || !status) return;
  const rows = [...body.rows];
  const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
  makeSortable(table);

  const selects = [...controls.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  // An arrow function, not a declaration, so `status` stays narrowed to the element found above.
  const applyFilters = (): void => {
    const filter = { unit: '', theme: '' };
    for (const select of selects) filter[select.dataset.filter as 'unit' | 'theme'] = select.value;
    let visible = 0;
    for (const row of rows) {
      const show = rowMatches({ unit: row.dataset.unit ?? '', theme: row.dataset.theme ?? '' }, filter);
      row.hidden = !show;
      if (show) visible += 1;
    }
    status.textContent = rowCountMessage(visible, rows.length, lang);
  };
  for (const select of selects) select.addEventListener('change', applyFilters);

  controls.hidden = false;
  root.querySelector<HTMLElement>('[data-sort-hint]')?.removeAttribute('hidden');
}
