/**
 * Wires the header search box (SiteSearch.astro) to Pagefind's JavaScript API. The index and
 * Pagefind's own script live in this site's /pagefind/ folder, so nothing leaves the site.
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

const MAX_RESULTS = 8;
const DEBOUNCE_MS = 200;

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

function init(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const form = root.querySelector<HTMLFormElement>('form');
  const panel = root.querySelector<HTMLElement>('[data-search-panel]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const list = root.querySelector<HTMLOListElement>('ol');
  if (!input || !form || !panel || !status || !list || root.dataset.searchReady) return;
  root.dataset.searchReady = 'true';
  root.hidden = false;
  const base = root.dataset.base ?? '/';
  let pagefind: Promise<PagefindApi> | null = null;
  let timer: number | undefined;
  let latest = 0;

  const load = (): Promise<PagefindApi> => {
    pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindApi>).then(async (api) => {
      await api.options({ baseUrl: base, excerptLength: 24 });
      return api;
    });
    return pagefind;
  };

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const open = () => {
    panel.hidden = false;
  };
  const close = () => {
    panel.hidden = true;
  };

  const run = async (query: string): Promise<void> => {
    const ticket = ++latest;
    if (query.trim() === '') {
      list.replaceChildren();
      delete list.dataset.query;
      status.textContent = '';
      close();
      return;
    }
    open();
    status.textContent = '正在搜索……';
    try {
      const api = await load();
      const found = await api.search(query);
      if (ticket !== latest || !found) return;
      const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (ticket !== latest) return;
      list.replaceChildren(
        ...data.map((page) => {
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
        }),
      );
      // Says which query the list shows (tests and assistive tech can tell a stale list apart).
      list.dataset.query = query;
      const total = found.results.length;
      status.textContent =
        total === 0
          ? `没有找到与“${query}”相关的内容。`
          : total > MAX_RESULTS
            ? `找到${total}个页面，显示前${MAX_RESULTS}个。按↓键进入结果。`
            : `找到${total}个页面。按↓键进入结果。`;
    } catch {
      if (ticket === latest) status.textContent = '搜索暂时无法使用，请稍后再试。';
    }
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void run(input.value);
  });
  root.addEventListener('keydown', (event) => {
    const items = links();
    const index = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      if (!panel.hidden) {
        event.preventDefault();
        close();
        input.focus();
      }
    } else if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      if (panel.hidden) open();
      items[Math.min(index + 1, items.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      event.preventDefault();
      if (index === 0) input.focus();
      else items[index - 1]?.focus();
    }
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) close();
  });
  input.addEventListener('click', () => {
    if (input.value.trim() !== '' && list.childElementCount > 0) open();
  });
}

document.querySelectorAll<HTMLElement>('[data-site-search]').forEach(init);

export {};
