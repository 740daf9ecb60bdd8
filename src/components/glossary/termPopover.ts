/**
 * Popovers for glossary terms (<Term>). The markup already works without this script: a link to
 * the glossary, described by a hidden tooltip. This adds:
 * - mouse: show on hover; moving onto the popover keeps it open (WCAG 1.4.13);
 * - keyboard: show on focus, hide on blur; Escape hides it;
 * - touch: the first tap shows it, a second tap follows the link, a tap elsewhere hides it.
 * One popover is open at a time.
 */
const GAP = 4;
const EDGE = 8;
const HIDE_DELAY_MS = 150;

interface TermParts {
  root: HTMLElement;
  link: HTMLAnchorElement;
  tip: HTMLElement;
}

let openTerm: TermParts | null = null;
let hideTimer: number | undefined;

function place({ link, tip }: TermParts): void {
  // The first line box of the link: a term can wrap onto two lines.
  const anchor = link.getClientRects()[0] ?? link.getBoundingClientRect();
  const width = tip.offsetWidth;
  const height = tip.offsetHeight;
  const viewportWidth = document.documentElement.clientWidth;
  const left = Math.max(EDGE, Math.min(anchor.left, viewportWidth - width - EDGE));
  const below = anchor.bottom + GAP;
  const top = below + height > window.innerHeight - EDGE && anchor.top - GAP - height > EDGE ? anchor.top - GAP - height : below;
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
}

function show(term: TermParts, openedBy: 'hover' | 'focus' | 'tap'): void {
  window.clearTimeout(hideTimer);
  if (openTerm && openTerm !== term) hide(openTerm);
  term.tip.hidden = false;
  term.tip.dataset.openedBy = openedBy;
  // Only a tap needs telling that a second tap opens the glossary.
  const hint = term.tip.querySelector('.term-tip-hint');
  if (openedBy === 'tap' && !hint) {
    const line = document.createElement('span');
    line.className = 'term-tip-hint';
    line.textContent = '再点一次，打开术语表';
    term.tip.append(line);
  } else if (openedBy !== 'tap') hint?.remove();
  openTerm = term;
  place(term);
}

function hide(term: TermParts): void {
  window.clearTimeout(hideTimer);
  term.tip.hidden = true;
  delete term.tip.dataset.openedBy;
  if (openTerm === term) openTerm = null;
}

function hideSoon(term: TermParts): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => {
    if (document.activeElement !== term.link) hide(term);
  }, HIDE_DELAY_MS);
}

function init(root: HTMLElement): void {
  const link = root.querySelector<HTMLAnchorElement>('.term-link');
  const tip = root.querySelector<HTMLElement>('.term-tip');
  if (!link || !tip || root.dataset.termReady) return;
  root.dataset.termReady = 'true';
  const term: TermParts = { root, link, tip };
  let pressType = '';
  let openBeforePress = false;

  root.addEventListener('pointerenter', (event) => {
    if (event.pointerType === 'mouse') show(term, 'hover');
  });
  root.addEventListener('pointerleave', (event) => {
    if (event.pointerType === 'mouse') hideSoon(term);
  });
  link.addEventListener('pointerdown', (event) => {
    pressType = event.pointerType;
    openBeforePress = openTerm === term && !tip.hidden;
  });
  link.addEventListener('focus', () => {
    // A tap focuses the link too; the click handler decides what a tap does.
    if (pressType !== 'touch' && pressType !== 'pen') show(term, 'focus');
  });
  link.addEventListener('blur', () => {
    if (!root.matches(':hover')) hide(term);
  });
  link.addEventListener('click', (event) => {
    const touch = pressType === 'touch' || pressType === 'pen';
    pressType = '';
    if (touch && !openBeforePress) {
      event.preventDefault();
      show(term, 'tap');
    }
  });
}

function onKeydown(event: KeyboardEvent): void {
  if (event.key === 'Escape' && openTerm) hide(openTerm);
}

function onPointerdown(event: PointerEvent): void {
  if (openTerm && !openTerm.root.contains(event.target as Node)) hide(openTerm);
}

function reposition(): void {
  if (openTerm) place(openTerm);
}

document.querySelectorAll<HTMLElement>('[data-term]').forEach(init);
document.addEventListener('keydown', onKeydown);
document.addEventListener('pointerdown', onPointerdown);
window.addEventListener('scroll', reposition, { passive: true });
window.addEventListener('resize', reposition);

export {};
