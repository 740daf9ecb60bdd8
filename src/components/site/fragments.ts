/**
 * Fragment loading: parts of a prerendered page brought into this one on demand (the treemap's
 * zoom levels, the flow chart's other levels of detail), fetched at most once. Browser only.
 */

/**
 * Loads a prerendered part at most once at a time: callers share the pending fetch, and a failed
 * fetch may be tried again on the next request.
 */
export function loadOnce(
  isLoaded: (key: string) => boolean,
  fetchPart: (key: string) => Promise<boolean>,
): (key: string) => Promise<boolean> {
  const loading = new Map<string, Promise<boolean>>();
  return (key) => {
    if (isLoaded(key)) return Promise.resolve(true);
    let pending = loading.get(key);
    if (!pending) {
      pending = fetchPart(key).catch(() => false);
      loading.set(key, pending);
      void pending.then((loaded) => loaded || loading.delete(key));
    }
    return pending;
  };
}

/** A prerendered page of this site, parsed; null when it did not load. */
export async function fetchPage(url: string): Promise<Document | null> {
  const response = await fetch(url);
  if (!response.ok) return null;
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

/** A part of the fetched page (a selector) and its place: after the last element of this page that matches the second selector. */
export type FragmentPart = readonly [from: string, after: string];

/**
 * Copies the parts into this page, hidden, each after its place, and returns the copies; all or
 * nothing: null (and nothing copied) when a part or its place is missing.
 */
export function placeParts(root: ParentNode, source: ParentNode, parts: readonly FragmentPart[]): HTMLElement[] | null {
  const places = parts.map(([from, after]) => ({ part: source.querySelector(from), anchor: [...root.querySelectorAll(after)].at(-1) }));
  const found = places.filter((place): place is { part: Element; anchor: Element } => place.part !== null && place.anchor !== undefined);
  if (found.length < places.length) return null;
  return found.map(({ part, anchor }) => {
    const copy = document.importNode(part, true) as HTMLElement;
    copy.hidden = true;
    anchor.after(copy);
    return copy;
  });
}
