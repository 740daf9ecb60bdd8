/** English siblings of headline.ts: the home chart's parts and finding, in English. */
import { formatShare } from './format';
import type { Fen } from './money';
import type { CompositionPart, HeadlineFigures } from './headline';
import { compositionParts } from './headline';
import { sourceNameEnglish } from './i18n/sourceNames';

const GROUPS: Record<string, string> = { 钱从哪来: 'Where the money comes from', 钱怎么花: 'How it is spent' };
const SPENDING: Record<string, string> = { 基本支出: 'Basic expenditure', 项目支出: 'Project expenditure' };
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The same parts as compositionParts, in the same order, with English group and part names. */
export function compositionPartsEnglish(figures: HeadlineFigures): CompositionPart[] {
  const sources = new Map(figures.sources.map((source) => [source.name, source.id]));
  return compositionParts(figures).map((part) => {
    const sourceId = sources.get(part.name);
    const group = GROUPS[part.group];
    const name = sourceId ? capitalised(sourceNameEnglish(sourceId)) : SPENDING[part.name];
    if (!group || !name) throw new Error(`compositionPartsEnglish: no English for "${part.group}" / "${part.name}"`);
    return { ...part, group, name };
  });
}

/** “83.6% of the money comes from the general public budget; 66.5% goes to project expenditure”. */
export function compositionTitleEnglish(parts: CompositionPart[], total: Fen): string {
  const [sourceGroup, useGroup] = [...new Set(parts.map((part) => part.group))];
  const largest = (group: string | undefined) => parts.filter((part) => part.group === group).sort((a, b) => b.amount - a.amount)[0];
  const source = largest(sourceGroup);
  const use = largest(useGroup);
  if (!source || !use) throw new Error('compositionTitleEnglish: the home chart needs both bars');
  return `${formatShare(source.amount, total)} of the money comes from the ${source.name.toLowerCase()}; ${formatShare(use.amount, total)} goes to ${use.name.toLowerCase()}`;
}
