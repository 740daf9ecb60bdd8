/**
 * Text measurement without a browser: the one estimate of how wide a line renders, for every
 * build-time layout (treemap tiles, flow labels, annotations, bar labels, share images). There is
 * no DOM at build time, so each character gets an advance in em: CJK characters, full-width forms
 * and typographic punctuation (… “ ” —, which Chinese fonts draw full width) one em; digits and
 * Latin letters 0.62 em; narrow punctuation less. A slight over-estimate for system fonts and the
 * bundled font alike: over-estimating only hides or wraps a label early, never lets it overflow.
 */

/** Characters from here up (General Punctuation, CJK, full-width forms) are drawn one em wide. */
const FULL_WIDTH_FROM = 0x2000;
const NARROW = /[.,:;!'|·\s]/;

/** The advance of one character, in em. */
export function charWidth(char: string): number {
  if (char.charCodeAt(0) >= FULL_WIDTH_FROM) return 1;
  if (NARROW.test(char)) return 0.36;
  if (char === '%') return 0.9;
  return 0.62;
}

/** The width of a line of text at fontSize px. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

/**
 * Splits text into lines at most `width` em wide, character by character (Chinese has no
 * spaces to break at), keeping every character.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const char of text) {
    const size = charWidth(char);
    if (used + size > width && line !== '') {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += char;
    used += size;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** English labels: wraps at spaces (a word longer than a line gets a line of its own), same width measure. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && wrapText(candidate, width).length > 1) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}
