import { cutToFit, ELLIPSIS } from '../text/cut';
import { textWidth } from '../text/measure';
import { at } from '../checked';

/** Punctuation that Chinese typesetting never puts at the start of a line. */
const NO_LINE_START = /[、，。；：！？）》」』”’,.;:!?)\]]/;

/** Fewer characters than this, cut, tell the reader nothing ("晋城…"): better no label. */
export const MIN_CUT_CHARS = 4;

/** The text, cut with an ellipsis to fit maxWidth; null when too little of it would be left. */
export function fitLine(text: string, maxWidth: number, fontSize: number): string | null {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  // Cut where a word or number ends, never inside one (src/lib/text/cut.ts).
  return cutToFit(text, (candidate) => textWidth(candidate, fontSize) <= maxWidth, MIN_CUT_CHARS);
}

/**
 * Breaks text into at most maxLines lines of maxWidth, character by character (Chinese has no
 * spaces to break at); the last line gets an ellipsis when text remains. Empty when nothing fits.
 */
export function wrapLines(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  // Text without any CJK (the English edition) breaks between words, not inside them.
  if (!CJK.test(text)) return wrapWords(text, maxWidth, fontSize, maxLines);
  const chars = [...text];
  // Lines too short to hold a few characters (and an ellipsis) are no label at all.
  const probe = chars.slice(0, MIN_CUT_CHARS).join('') + (chars.length > MIN_CUT_CHARS ? ELLIPSIS : '');
  if (maxLines < 1 || textWidth(probe, fontSize) > maxWidth) return [];
  const lines: string[] = [];
  let rest = chars;
  while (rest.length > 0 && lines.length < maxLines) {
    const isLast = lines.length === maxLines - 1;
    if (isLast) {
      const line = fitLine(rest.join(''), maxWidth, fontSize);
      if (line) lines.push(line);
      break;
    }
    let take = 0;
    while (take < rest.length && textWidth(rest.slice(0, take + 1).join(''), fontSize) <= maxWidth) take++;
    if (take === 0) break;
    // Keep closing punctuation off the start of the next line by carrying one character over.
    if (take > 1 && take < rest.length && NO_LINE_START.test(at(rest, take, 'treemap labels: the character after a line'))) take--;
    lines.push(rest.slice(0, take).join(''));
    rest = rest.slice(take);
  }
  return lines;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** wrapLines for text with spaces: whole words per line; the last line is cut with an ellipsis. */
function wrapWords(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    if (lines.length === maxLines - 1) {
      const line = fitLine(words.slice(index).join(' '), maxWidth, fontSize);
      if (line) lines.push(line);
      break;
    }
    let take = 0;
    while (index + take < words.length && textWidth(words.slice(index, index + take + 1).join(' '), fontSize) <= maxWidth) take++;
    if (take === 0) {
      // One word wider than the line: cut it, and stop.
      const line = fitLine(words.slice(index).join(' '), maxWidth, fontSize);
      if (line) lines.push(line);
      break;
    }
    lines.push(words.slice(index, index + take).join(' '));
    index += take;
  }
  return lines;
}
