/**
 * Loads a prerendered part at most once at a time: callers share the pending fetch, and a failed
 * fetch may be tried again on the next request.
 */
export function loadOnce(isLoaded: (key: string) => boolean, fetchPart: (key: string) => Promise<boolean>): (key: string) => Promise<boolean> {
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
