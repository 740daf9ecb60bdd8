/**
 * Splits a label into lines of at most `width` full-width characters (a Latin letter or digit
 * counts as half), so chart labels wrap predictably at build time.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const char of text) {
    const size = /[\x20-\x7e]/.test(char) ? 0.55 : 1;
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
