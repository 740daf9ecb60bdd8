/**
 * Client behaviour for the project index: sort buttons in the column headers (with aria-sort),
 * unit and theme filters, and a polite live region with the row count. The table is complete
 * without it.
 */
import { nextDirection, rowCountMessage, rowMatches, sortOrder, type SortDirection, type SortType } from '../../lib/projects/tableSort';

const ICONS: Record<SortDirection | 'none', string> = { ascending: '▲', descending: '▼', none: '↕' };

export function initProjectIndex(root: HTMLElement): void {
  const table = root.querySelector('table');
  const body = table?.tBodies[0];
  const controls = root.querySelector<HTMLElement>('[data-controls]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (!table || !body || !controls || !status) return;
  const rows = [...body.rows];
  const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-key]')];

  for (const header of headers) {
    const label = header.textContent?.trim() ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.innerHTML = '';
    button.append(label);
    const icon = document.createElement('span');
    icon.className = 'sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(icon);
    header.textContent = '';
    header.append(button);
    button.addEventListener('click', () => sortBy(header));
  }
  updateIcons();

  function columnIndex(header: HTMLTableCellElement): number {
    return [...header.parentElement!.children].indexOf(header);
  }

  function sortBy(header: HTMLTableCellElement): void {
    const type = (header.dataset.sortType ?? 'text') as SortType;
    const current = (header.getAttribute('aria-sort') ?? 'none') as SortDirection | 'none';
    const direction = nextDirection(current, type);
    const index = columnIndex(header);
    const keys = rows.map((row) => row.cells[index]?.dataset.sort ?? '');
    const order = sortOrder(keys, type, direction);
    body!.append(...order.map((position) => rows[position]!));
    for (const other of headers) other.removeAttribute('aria-sort');
    header.setAttribute('aria-sort', direction);
    updateIcons();
  }

  function updateIcons(): void {
    for (const header of headers) {
      const direction = (header.getAttribute('aria-sort') ?? 'none') as SortDirection | 'none';
      const icon = header.querySelector('.sort-icon');
      if (icon) icon.textContent = ICONS[direction];
    }
  }

  const selects = [...controls.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  function applyFilters(): void {
    const filter = { unit: '', theme: '' };
    for (const select of selects) filter[select.dataset.filter as 'unit' | 'theme'] = select.value;
    let visible = 0;
    for (const row of rows) {
      const show = rowMatches({ unit: row.dataset.unit ?? '', theme: row.dataset.theme ?? '' }, filter);
      row.hidden = !show;
      if (show) visible += 1;
    }
    status!.textContent = rowCountMessage(visible, rows.length, lang);
  }
  for (const select of selects) select.addEventListener('change', applyFilters);

  controls.hidden = false;
  root.querySelector<HTMLElement>('[data-sort-hint]')?.removeAttribute('hidden');
}
