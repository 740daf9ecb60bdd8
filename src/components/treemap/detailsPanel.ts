/** Draws one tile's details into the panel; mirrors TreemapDetails.astro. Browser only. */
import { clientStrings } from '../../i18n/client';

interface Line {
  label: string;
  value: string;
}

export interface DetailsEntry {
  id: string;
  title: string;
  kindLabel: string;
  lines: Line[];
  funding: Line[] | null;
  projectHref: string | null;
  derivedNote: string | null;
  zoomHint: string | null;
  /** The zoom parent (the node whose level shows this tile). */
  parent: string | null;
}

export interface TreemapData {
  root: string;
  methodologyHref: string;
  linkTarget: string | null;
  details: Record<string, DetailsEntry>;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

function link(href: string, text: string, target: string | null): HTMLAnchorElement {
  const anchor = element('a', null, text);
  anchor.href = href;
  if (target) {
    anchor.target = target;
    anchor.rel = 'noopener';
  }
  return anchor;
}

function definitionList(lines: Line[]): HTMLElement {
  const list = element('dl', 'tm-details-lines');
  for (const line of lines) {
    const row = element('div', null);
    row.append(element('dt', null, line.label), element('dd', null, line.value));
    list.append(row);
  }
  return list;
}

/** isLevel: the entry is the level being shown, so "click to zoom in" would make no sense. */
export function renderDetails(panel: HTMLElement, entry: DetailsEntry, data: TreemapData, isLevel: boolean): void {
  const strings = clientStrings().treemap;
  const parts: HTMLElement[] = [
    element('p', 'tm-details-kind', entry.kindLabel),
    element('p', 'tm-details-title', entry.title),
    definitionList(entry.lines),
    element('p', 'tm-details-subtitle', strings.fundingTitle),
    entry.funding ? definitionList(entry.funding) : element('p', null, strings.fundingUnknown),
  ];
  if (entry.derivedNote) {
    const note = element('p', 'tm-details-note', entry.derivedNote);
    note.append(link(data.methodologyHref, strings.derivationLink, data.linkTarget));
    parts.push(note);
  }
  if (entry.projectHref) {
    const paragraph = element('p', 'tm-details-link');
    paragraph.append(link(entry.projectHref, strings.projectLink, data.linkTarget));
    parts.push(paragraph);
  }
  if (entry.zoomHint && !isLevel) parts.push(element('p', 'tm-details-hint', entry.zoomHint));
  panel.replaceChildren(...parts);
}
