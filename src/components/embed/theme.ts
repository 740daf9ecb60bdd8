/**
 * An embed's theme, set before it is painted: ?theme=light (default), dark, or auto (the reader's
 * system setting), and ?bg=transparent to let the host page's background show through.
 */
export function applyTheme(): void {
  const params = new URLSearchParams(location.search);
  const root = document.documentElement;
  const theme = params.get('theme');
  root.dataset.theme = theme === 'dark' || theme === 'auto' ? theme : 'light';
  if (params.get('bg') === 'transparent') root.dataset.bg = 'transparent';
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => root.toggleAttribute('data-dark', theme === 'dark' || (theme === 'auto' && systemDark.matches));
  apply();
  if (theme === 'auto') systemDark.addEventListener('change', apply);
}
