import { formatInteger, formatShare, formatWan, formatWanNumber, formatYuanProseEnglish } from '../format';
import { FEN_PER_WAN, type Fen } from '../money';

/** A bar of the explainer's charts (the shape LabelledBars draws). */
export interface BarRow {
  name: string;
  value: number;
  display: string;
  share?: string;
  valueLabel: string;
  highlight?: boolean;
}

/** Bars for amounts: the value reads “1,234.56万元（12.3%）”. */
export function amountBars(items: { name: string; amount: Fen; highlight?: boolean }[], whole?: Fen, lang: 'zh' | 'en' = 'zh'): BarRow[] {
  return items.map((item) => {
    const share = whole === undefined ? undefined : formatShare(item.amount, whole);
    return {
      name: item.name,
      value: item.amount / FEN_PER_WAN,
      display: formatWanNumber(item.amount),
      share,
      valueLabel:
        lang === 'en'
          ? `${formatYuanProseEnglish(item.amount)}${share ? ` (${share})` : ''}`
          : `${formatWan(item.amount)}${share ? `（${share}）` : ''}`,
      highlight: item.highlight,
    };
  });
}

/** Bars for counts: the value reads “246条（26.8%）”. */
export function countBars(items: { name: string; count: number; highlight?: boolean }[], unit: string, whole?: number): BarRow[] {
  return items.map((item) => {
    const share = whole === undefined ? undefined : formatShare(item.count, whole);
    return {
      name: item.name,
      value: item.count,
      display: formatInteger(item.count),
      share,
      valueLabel:
        /^[ a-z]*$/.test(unit) && unit !== ''
          ? `${formatInteger(item.count)}${unit}${share ? ` (${share})` : ''}`
          : `${formatInteger(item.count)}${unit}${share ? `（${share}）` : ''}`,
      highlight: item.highlight,
    };
  });
}
