import { iframeCode, pymCode, type EmbedCodeInput } from '../../lib/embed/code';
import { heightFromMessage } from '../../lib/embed/messages';
import { chartState } from '../../lib/embed/state';
import { clientStrings } from '../../i18n/client';

interface DialogConfig extends EmbedCodeInput {
  pageUrl: string;
  previewPath: string;
  /** The chart's measured height in a 600 px column, by state (frameHeights.ts). */
  heights: Record<string, number>;
}

const FOCUSABLE = 'a[href], button:not([disabled]), textarea, input:not([disabled]), select, iframe, [tabindex]:not([tabindex="-1"])';

function fillCode(dialog: HTMLDialogElement, config: DialogConfig): string {
  const search = chartState(location.search);
  const input = { ...config, search, initialHeight: config.heights[search] ?? config.heights[''] ?? config.initialHeight };
  const codes: Record<string, string> = { iframe: iframeCode(input), pym: pymCode(input), link: `${config.pageUrl}${search}` };
  for (const textarea of dialog.querySelectorAll<HTMLTextAreaElement>('[data-embed-code]')) {
    textarea.value = codes[textarea.dataset.embedCode ?? ''] ?? textarea.value;
  }
  const state = dialog.querySelector<HTMLElement>('[data-embed-state]');
  if (state) {
    state.hidden = !search;
    state.textContent = search ? clientStrings().embed.state(decodeURIComponent(search.slice(1))) : '';
  }
  return `${config.previewPath}${search}`;
}

async function copyText(textarea: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(textarea.value);
    return true;
  } catch {
    // Clipboard API refused (e.g. no permission): select the text so the reader can copy it.
    textarea.focus();
    textarea.select();
    return false;
  }
}

function trapFocus(dialog: HTMLDialogElement, event: KeyboardEvent) {
  if (event.key !== 'Tab') return;
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.getClientRects().length > 0 && !element.closest('[inert]'),
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

function initDialog(opener: HTMLAnchorElement) {
  const dialog = document.getElementById(opener.dataset.embedOpen ?? '') as HTMLDialogElement | null;
  const configElement = dialog?.querySelector('[data-embed-config]');
  const preview = dialog?.querySelector<HTMLIFrameElement>('[data-embed-preview] iframe');
  const status = dialog?.querySelector<HTMLElement>('[data-copy-status]');
  if (!dialog || !configElement || !preview || !status) return;
  const config = JSON.parse(configElement.textContent ?? '{}') as DialogConfig;

  opener.setAttribute('role', 'button');
  opener.addEventListener('click', (event) => {
    event.preventDefault();
    const src = fillCode(dialog, config);
    // The preview loads only when asked for, and reloads when the chart's state has changed.
    if (preview.getAttribute('src') !== src) preview.src = src;
    status.textContent = '';
    dialog.showModal();
  });
  opener.addEventListener('keydown', (event) => {
    if (event.key === ' ') {
      event.preventDefault();
      opener.click();
    }
  });
  dialog.addEventListener('keydown', (event) => trapFocus(dialog, event));
  // The dialog can sit inside a chart: its keys and clicks must not zoom or select in the chart.
  for (const type of ['keydown', 'click', 'pointerdown', 'pointerover', 'focusin'] as const) {
    dialog.addEventListener(type, (event) => event.stopPropagation());
  }
  dialog.addEventListener('close', () => opener.focus());
  dialog.querySelector('[data-embed-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog box) closes it too.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) {
      const box = dialog.getBoundingClientRect();
      const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) dialog.close();
    }
  });

  for (const button of dialog.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', async () => {
      const textarea = document.getElementById(button.dataset.copy ?? '') as HTMLTextAreaElement | null;
      if (!textarea) return;
      const t = clientStrings().embed;
      const label = dialog.querySelector(`label[for="${textarea.id}"]`)?.textContent ?? t.code;
      status.textContent = (await copyText(textarea)) ? t.copied(label) : t.notCopied;
    });
  }
  for (const radio of dialog.querySelectorAll<HTMLInputElement>('[data-preview-width]')) {
    radio.addEventListener('change', () => {
      preview.style.width = `${radio.value}px`;
    });
  }
  window.addEventListener('message', (event) => {
    if (event.source !== preview.contentWindow) return;
    const height = heightFromMessage(event.data);
    if (height !== null) preview.style.height = `${height}px`;
  });
}

export function initEmbedDialogs() {
  for (const opener of document.querySelectorAll<HTMLAnchorElement>('[data-embed-open]')) {
    if (opener.dataset.embedReady) continue;
    opener.dataset.embedReady = 'true';
    initDialog(opener);
  }
}
