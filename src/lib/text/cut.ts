/**
 * Shortening and marking cut text so that no label ends mid-word: Chinese has no spaces, so word
 * boundaries come from Intl.Segmenter (ICU's dictionary); numbers stay whole.
 */
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
export const ELLIPSIS = '…';
/** Punctuation a cut text must not end on before its ellipsis. */
const TRAILING = /[\s，、；;：:,.。（(“"‘'—-]+$/u;

export function segments(text: string): string[] {
  return [...segmenter.segment(text)].map((part) => part.segment);
}

/** The text if it fits in `max` characters; else its longest run of whole words that fits with “…”. */
export function cutAtBoundary(text: string, max: number): string {
  if ([...text].length <= max) return text;
  let kept = '';
  for (const part of segments(text)) {
    if ([...kept].length + [...part].length > max - 1) break;
    kept += part;
  }
  return `${kept.replace(TRAILING, '')}${ELLIPSIS}`;
}

/**
 * A text the source itself cut (the report's table cell was too narrow): its last word is likely
 * a fragment (“清运打” of 清运打捞), so it is dropped when it is a single character, and “…” shows
 * that the text goes on.
 */
export function markCut(text: string): string {
  const parts = segments(text.trim());
  const last = parts.at(-1) ?? '';
  if (parts.length > 1 && [...last].length === 1 && /\p{Script=Han}/u.test(last)) parts.pop();
  return `${parts.join('').replace(TRAILING, '')}${ELLIPSIS}`;
}

/**
 * The longest start of `text` that ends where a word or number ends, with “…”, for which
 * `fits` holds (e.g. “fits in 120 px”); null when none of at least `minChars` characters does.
 */
export function cutToFit(text: string, fits: (candidate: string) => boolean, minChars = 1): string | null {
  const ends: number[] = [];
  let end = 0;
  for (const part of segments(text)) ends.push((end += part.length));
  for (const boundary of ends.reverse()) {
    if (boundary >= text.length) continue;
    const kept = text.slice(0, boundary).replace(TRAILING, '');
    if ([...kept].length < minChars) break;
    const candidate = `${kept}${ELLIPSIS}`;
    if (fits(candidate)) return candidate;
  }
  return null;
}
