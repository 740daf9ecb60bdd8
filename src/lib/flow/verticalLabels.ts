/**
 * Labels of the flow chart drawn top to bottom (phones, narrow embeds), which are drawn whole or not
 * at all: a name wraps onto a few lines (at spaces in English, between words in Chinese) followed
 * by its amount, and is never cut with "…". A row labels as many nodes as fit side by side, the
 * largest first; the others stay reachable by keyboard and touch, and are in the table.
 * Widths come from the one text measure (src/lib/text/measure.ts).
 */
import type { Lang } from '../../i18n/lang';
import { segments } from '../text/cut';
import { textWidth, wrapWords } from '../text/measure';
import { BUREAU_PREFIX, CITY_PREFIX, withoutPrefixes } from '../text/names';
import { placeLabels } from './labels';
import { at } from '../checked';

/** Chinese lines break between words (Intl.Segmenter), inside a word only when it alone is too long. */
function wrapChinese(text: string, length: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of segments(text)) {
    if (line !== '' && textWidth(line + part, fontSize) > length) {
      lines.push(line);
      line = '';
    }
    for (const char of part) {
      if (line !== '' && textWidth(line + char, fontSize) > length && textWidth(part, fontSize) > length) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The ways a name may be written on the chart, longest first: whole, without the city's prefix, without a closing aside. */
function nameForms(name: string): string[] {
  const short = withoutPrefixes(name, [BUREAU_PREFIX, CITY_PREFIX], 5);
  const withoutAside = short.replace(/\s*[（(][^（()）]*[）)]$/u, '');
  return [...new Set([name, short, withoutAside])].filter((form) => form !== '');
}

export interface LabelText {
  /** The name's words, then the amount (beside the last line when it fits there). */
  lines: string[];
  /** The longest line's width in px. */
  length: number;
}

/**
 * The label of a node in lines at most `length` px long (a single word longer than that gets a line of
 * its own), or null when even the shortest form of the name needs more than `maxLines`.
 * `lead` is drawn before the first line by the renderer (the "+" of a group): it is measured, not returned.
 */
export function wholeLabel(
  name: string,
  amount: string,
  options: { length: number; maxLines: number; fontSize: number; lang: Lang; lead?: string },
): LabelText | null {
  const { length, maxLines, fontSize, lang, lead = '' } = options;
  let best: LabelText | null = null;
  // The form that takes the fewest lines (room on a phone is short), the fuller one on a tie.
  for (const form of nameForms(name)) {
    const text = `${lead}${form}`;
    const lines = lang === 'en' ? wrapWords(text, length / fontSize) : wrapChinese(text, length, fontSize);
    const last = lines.length - 1;
    if (last >= 0 && textWidth(`${lines[last]} ${amount}`, fontSize) <= length) lines[last] = `${lines[last]} ${amount}`;
    else lines.push(amount);
    if (lines.length > maxLines || (best && lines.length >= best.lines.length)) continue;
    const widest = Math.max(...lines.map((line) => textWidth(line, fontSize)));
    const [first] = lines;
    if (lead !== '' && first?.startsWith(lead)) lines[0] = first.slice(lead.length);
    best = { lines, length: widest };
  }
  return best;
}

/**
 * Labels laid side by side across `span` px, as few lines each as lets them all fit (up to
 * `maxLines`, then as narrow as they go): for the handful of funding sources, drawn level.
 */
export function sideBySide(
  labels: readonly { name: string; amount: string }[],
  options: { span: number; gap: number; maxLines: number; fontSize: number; lang: Lang },
): LabelText[] {
  const { span, gap, fontSize, lang } = options;
  const narrowest = (label: { name: string; amount: string }, maxLines: number): LabelText | null => {
    for (let length = Math.ceil(textWidth(label.amount, fontSize)); length <= span; length += 2) {
      const text = wholeLabel(label.name, label.amount, { length, maxLines, fontSize, lang });
      if (text) return text;
    }
    return null;
  };
  const fits = (texts: LabelText[]) => texts.reduce((sum, text) => sum + text.length, 0) + gap * (texts.length - 1) <= span;
  for (let maxLines = 1; maxLines <= options.maxLines; maxLines++) {
    const texts = labels.map((label) => narrowest(label, maxLines));
    if (!texts.every((text): text is LabelText => text !== null) || !fits(texts)) continue;
    // Then each label, in turn, on fewer (wider) lines where the others leave room.
    labels.forEach((label, index) => {
      const lineCount = at(texts, index, `flow labels: the label of "${label.name}"`).lines.length;
      for (let fewer = 1; fewer < lineCount; fewer++) {
        const wider = narrowest(label, fewer);
        if (wider && fits(texts.map((text, at) => (at === index ? wider : text)))) {
          texts[index] = wider;
          break;
        }
      }
    });
    return texts;
  }
  throw new Error(`flow labels: ${labels.map((label) => label.name).join(', ')} do not fit ${span}px in ${options.maxLines} lines`);
}

export interface RowCandidate {
  /** Where the label would like its centre across the page (its node's centre). */
  wanted: number;
  /** Its width across the page (lines × line pitch); null: no label fits. */
  thickness: number | null;
  /** Higher is labelled first. */
  priority: number;
}

export interface RowSpot {
  side: 'above' | 'below';
  centre: number;
}

/**
 * Which nodes of a row get a label, and on which side: the highest priority first, each on the first
 * side in `sides` where it fits beside the labels already chosen (in node order, no overlaps, within
 * [from, to]) without any of them moving more than `maxShift` from its node. Null: no label.
 */
export function chooseRowLabels(
  candidates: readonly RowCandidate[],
  options: { sides: readonly ('above' | 'below')[]; from: number; to: number; maxShift: number },
): (RowSpot | null)[] {
  const { sides, from, to, maxShift } = options;
  // Only the candidates with a label that fits, each knowing its place in the row.
  const sized = candidates.flatMap((candidate, index) =>
    candidate.thickness === null ? [] : [{ index, wanted: candidate.wanted, thickness: candidate.thickness, priority: candidate.priority }],
  );
  type Sized = (typeof sized)[number];
  const chosen = new Map<'above' | 'below', Sized[]>(sides.map((side) => [side, []]));
  /** The labels with their centres, placed in node order without overlaps. */
  const place = (labels: Sized[]) => {
    const centres = placeLabels(
      labels.map((label) => ({ wanted: label.wanted, height: label.thickness })),
      from,
      to,
    );
    return labels.map((label, k) => ({ label, centre: at(centres, k, 'flow labels: the placed centre of a row label') }));
  };
  const byPriority = [...sized].sort((a, b) => b.priority - a.priority || a.index - b.index);
  for (const candidate of byPriority) {
    for (const side of sides) {
      const trial = [...(chosen.get(side) ?? []), candidate].sort((a, b) => a.wanted - b.wanted || a.index - b.index);
      if (trial.reduce((sum, label) => sum + label.thickness, 0) > to - from) continue;
      if (place(trial).every(({ label, centre }) => Math.abs(centre - label.wanted) <= maxShift)) {
        chosen.set(side, trial);
        break;
      }
    }
  }
  const result: (RowSpot | null)[] = candidates.map(() => null);
  for (const [side, labels] of chosen) {
    for (const { label, centre } of place(labels)) result[label.index] = { side, centre };
  }
  return result;
}
