/**
 * A chart's state as it travels in embed code: the page's query string without what is not the
 * chart's (Pym's and our embed options, tracking tags). Read generically, so a chart that adds a
 * state parameter (the treemap's node, the Sankey's detail level, …) is carried without changes here.
 */
const NOT_STATE = new Set(['childId', 'initialWidth', 'parentTitle', 'parentUrl', 'theme', 'bg', 'fbclid', 'gclid']);

export function chartState(search: string): string {
  const kept = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(search)) {
    if (value !== '' && !NOT_STATE.has(name) && !name.startsWith('utm_')) kept.append(name, value);
  }
  kept.sort();
  const query = kept.toString();
  return query ? `?${query}` : '';
}
