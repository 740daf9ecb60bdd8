/**
 * Makes a table's headers marked data-sort="name|amount" into sort buttons. Rows carry
 * data-name and data-amount. Without JavaScript the table simply stays ranked by amount.
 */
type Direction = 'ascending' | 'descending';

const collator = new Intl.Collator('zh-CN');

export function makeSortable(table: HTMLTableElement): void {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];
  for (const header of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = header.textContent;
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      const key = header.dataset.sort === 'name' ? 'name' : 'amount';
      const current = header.getAttribute('aria-sort');
      const direction: Direction =
        current === 'descending' ? 'ascending' : current === 'ascending' ? 'descending' : key === 'name' ? 'ascending' : 'descending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', direction);
      sortRows(table, key, direction);
    });
  }
}

function sortRows(table: HTMLTableElement, key: 'name' | 'amount', direction: Direction): void {
  const body = table.tBodies[0];
  if (!body) return;
  const sign = direction === 'ascending' ? 1 : -1;
  const rows = [...body.rows].sort((a, b) => {
    const order =
      key === 'name'
        ? collator.compare(a.dataset.name ?? '', b.dataset.name ?? '')
        : Number(a.dataset.amount) - Number(b.dataset.amount);
    return sign * order || Number(a.dataset.rank) - Number(b.dataset.rank);
  });
  body.append(...rows);
}
