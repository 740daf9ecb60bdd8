/**
 * /search/ (SearchResults.astro): runs the query in ?q= through Pagefind's JavaScript API and lists
 * the pages found. The index and Pagefind's own script live in this site's /pagefind/ folder, so
 * nothing leaves the site. Only this page loads it.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string) => Promise<{ results: { id: string; data: () => Promise<PagefindResultData> }[] } | null>;
}

import { clientStrings } from '../../i18n/client';

const MAX_RESULTS = 20;

/** Pagefind marks matches with <mark>; copy only text and <mark>, never other markup. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function resultItem(page: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = page.url;
  const title = document.createElement('span');
  title.className = 'result-title';
  title.textContent = page.meta.title ?? page.url;
  const excerpt = document.createElement('span');
  excerpt.className = 'result-excerpt';
  excerpt.append(...excerptNodes(page.excerpt));
  link.append(title, excerpt);
  item.append(link);
  return item;
}

function init(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const list = root.querySelector<HTMLOListElement>('ol');
  if (!form || !input || !status || !list) return;
  root.hidden = false;
  const base = root.dataset.base ?? '/';
  let pagefind: Promise<PagefindApi> | null = null;
  let latest = 0;
  const strings = clientStrings().search;

  const load = (): Promise<PagefindApi> => {
    pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindApi>).then(async (api) => {
      await api.options({ baseUrl: base, excerptLength: 30 });
      return api;
    });
    return pagefind;
  };

  const run = async (query: string): Promise<void> => {
    const ticket = ++latest;
    list.replaceChildren();
    delete list.dataset.query;
    if (query === '') {
      status.textContent = strings.empty;
      return;
    }
    status.textContent = strings.searching;
    try {
      const api = await load();
      const found = await api.search(query);
      if (ticket !== latest || !found) return;
      const pages = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...pages.map(resultItem));
      // Says which query the list shows, so a stale list can be told apart.
      list.dataset.query = query;
      const total = found.results.length;
      status.textContent =
        total === 0 ? strings.none(query) : total > MAX_RESULTS ? strings.many(query, total, MAX_RESULTS) : strings.some(query, total);
    } catch {
      if (ticket === latest) status.textContent = strings.failed;
    }
  };

  const queryFromUrl = () => (new URL(window.location.href).searchParams.get('q') ?? '').trim();

  // A new search on this page updates the address (so it can be shared and Back works) without a reload.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const url = new URL(window.location.href);
    url.searchParams.set('q', query);
    history.pushState(null, '', url);
    void run(query);
  });
  window.addEventListener('popstate', () => {
    input.value = queryFromUrl();
    void run(input.value);
  });

  input.value = queryFromUrl();
  void run(input.value);
}

export function initSearchPage(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-search-page]')) init(root);
}
