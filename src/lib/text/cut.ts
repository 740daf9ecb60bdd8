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
