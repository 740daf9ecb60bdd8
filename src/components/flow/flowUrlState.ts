/**
 * The flow chart's state in the page address (?detail=xiang&all=1&open=…&highlight=…), replaced
 * rather than pushed so Back leaves the page as usual. The embed code generator reads
 * location.search, so the code it writes shows the chart as the reader left it; a project page
 * links here with ?highlight=project:<id>.
 */
import type { ChartState, DetailKey } from '../../lib/flow/variantKey';

export interface UrlState extends ChartState {
  highlight: string | null;
}

export function readUrlState(search = window.location.search): UrlState {
  const params = new URLSearchParams(search);
  return {
    detail: params.get('detail') === 'xiang' ? 'xiang' : ('kuan' as DetailKey),
    all: params.get('all') === '1',
    open: params.get('open'),
    highlight: params.get('highlight'),
  };
}

export function writeUrlState(state: UrlState): void {
  const url = new URL(window.location.href);
  const set = (name: string, value: string | null) => (value ? url.searchParams.set(name, value) : url.searchParams.delete(name));
  set('detail', state.detail === 'kuan' ? null : state.detail);
  set('all', state.all ? '1' : null);
  set('open', state.all ? null : state.open);
  set('highlight', state.highlight);
  const next = `${url.pathname}${url.search}${url.hash}`;
  if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) history.replaceState(history.state, '', next);
}
