import { formatInteger, formatShare, formatWan, formatWanNumber } from '../format';
import { FEN_PER_WAN, type Fen } from '../money';

/** A bar of the explainer's charts (the shape LabelledBars draws). */
export interface BarRow {
  name: string;
  value: number;
  display: string;
  share?: string;
  label: string;
  highlight?: boolean;
}

/** Bars for amounts: the label reads “name 1,234.56万元（12.3%）”. */
export function amountBars(
  items: { name: string; amount: Fen; highlight?: boolean }[],
  whole?: Fen,
): BarRow[] {
  return items.map((item) => {
    const share = whole === undefined ? undefined : formatShare(item.amount, whole);
    return {
      name: item.name,
      value: item.amount / FEN_PER_WAN,
      display: formatWanNumber(item.amount),
      share,
      label: `${item.name} ${formatWan(item.amount)}${share ? `（${share}）` : ''}`,
      highlight: item.highlight,
    };
  });
}

/** Bars for counts: the label reads “name 246条”. */
export function countBars(items: { name: string; count: number; highlight?: boolean }[], unit: string, whole?: number): BarRow[] {
  return items.map((item) => {
    const share = whole === undefined ? undefined : formatShare(item.count, whole);
    return {
      name: item.name,
      value: item.count,
      display: formatInteger(item.count),
      share,
      label: `${item.name} ${formatInteger(item.count)}${unit}${share ? `（${share}）` : ''}`,
      highlight: item.highlight,
    };
  });
}
