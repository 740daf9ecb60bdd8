/**
 * A chart's state change (zoom, detail level, opened group) goes into the address so it can be
 * shared. On the full site it adds a history entry, so Back walks back; inside an embed it replaces
 * the entry, so the article around the frame keeps its own Back button.
 */
export const STATE_CHANGE_EVENT = 'chartstatechange';

export const inEmbed = (): boolean => document.querySelector('[data-embed-root]') !== null;

export function recordChartState(url: string): void {
  if (inEmbed()) history.replaceState(history.state, '', url);
  else history.pushState(null, '', url);
  window.dispatchEvent(new Event(STATE_CHANGE_EVENT));
}
