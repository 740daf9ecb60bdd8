/**
 * “复制链接” in the share block. Without JavaScript it is a disclosure that shows the page's
 * address to copy by hand; with it, opening the disclosure also copies the address.
 */
import { clientStrings } from '../../i18n/client';
import { defined } from '../../lib/checked';

async function copy(text: string, field: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (an old browser, an embedded web view): select the address instead.
    field.select();
    return false;
  }
}

export function initShareCopy() {
  for (const block of document.querySelectorAll<HTMLDetailsElement>('details[data-share-copy]')) {
    const field = defined(block.querySelector<HTMLInputElement>('input'), "block.querySelector<HTMLInputElement>('input')");
    const status = defined(
      block.querySelector<HTMLElement>('[data-share-status]'),
      "block.querySelector<HTMLElement>('[data-share-status]')",
    );
    defined(block.querySelector('summary'), "block.querySelector('summary')").addEventListener('click', async () => {
      const copied = await copy(field.value, field);
      const strings = clientStrings().share;
      status.textContent = copied ? strings.copied : strings.notCopied;
    });
  }
}
