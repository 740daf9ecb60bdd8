/** Shared by the build and the client script: names the prerendered chart variants. */
export type DetailKey = 'kuan' | 'xiang';

export interface ChartState {
  detail: DetailKey;
  /** Every project on its own. */
  all: boolean;
  /** The one group shown opened up, if any. */
  open: string | null;
}

export function variantKey(state: ChartState): string {
  if (state.all) return `${state.detail}/all`;
  if (state.open) return `${state.detail}/open/${state.open}`;
  return `${state.detail}/grouped`;
}

/** File name of a prerendered variant: "kuan/open/group:21101" → "kuan-open-group-21101" (+ "-vertical"). */
export function variantSlug(key: string, orientation: 'horizontal' | 'vertical' = 'horizontal'): string {
  return key.replace(/[^a-z0-9]+/gi, '-') + (orientation === 'vertical' ? '-vertical' : '');
}
