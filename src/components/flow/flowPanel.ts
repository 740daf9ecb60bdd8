/** Draws the flow chart's details panel from the prerendered panel data (/flow/panel.json). Browser only. */
import type { PanelContent } from '../../lib/flow/details';
import { clientStrings } from '../../i18n/client';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The panel's parts for one node or link; `back` (when pinned) returns focus to it in the chart. */
export function panelParts(content: PanelContent, methodologyHref: string, back: (() => void) | null): Node[] {
  const parts: Node[] = [element('p', content.title, 'panel-title')];
  const list = element('dl');
  for (const [label, value] of content.rows) {
    const row = element('div');
    row.append(element('dt', label), element('dd', value));
    list.append(row);
  }
  parts.push(list);
  if (content.basis) {
    const basis = element('p', undefined, 'panel-basis');
    basis.append(element('span', content.basis.label, 'panel-tag'), content.basis.text);
    if (content.basis.derived) {
      const link = element('a', clientStrings().flow.methodLink);
      link.href = methodologyHref;
      basis.append(' ', link);
    }
    parts.push(basis);
  }
  if (content.notes.length) {
    const notes = element('ul', undefined, 'panel-notes');
    for (const note of content.notes) notes.append(element('li', note));
    parts.push(notes);
  }
  const actions = element('p', undefined, 'panel-actions');
  if (content.href) {
    const link = element('a', clientStrings().flow.projectLink);
    link.href = content.href;
    actions.append(link);
  }
  if (back) {
    const button = element('button', clientStrings().flow.back);
    button.type = 'button';
    button.addEventListener('click', back);
    actions.append(button);
  }
  if (actions.childNodes.length) parts.push(actions);
  return parts;
}
