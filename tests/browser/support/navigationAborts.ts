import type { Frame, Request } from 'playwright-core';

/**
 * When a page navigates on (a click, page.goto), Chromium cancels what the old page still had in
 * flight: its images, its fetches, the favicon it asks for after load. Those requests fail with
 * net::ERR_ABORTED, by the browser's doing, not because anything is broken. A request counts as
 * cancelled that way only when it failed with ERR_ABORTED and, after it started, a navigation
 * started in its frame or the frame went away. Any other failure is the site's.
 */
export function cancelledByNavigation(failure: {
  errorText: string;
  /** When the request started, on the tracker's clock. */
  startedAt: number;
  /** When the latest navigation of the request's frame started, if any. */
  frameNavigatedAt: number | undefined;
  frameDetached: boolean;
}): boolean {
  if (failure.errorText !== 'net::ERR_ABORTED') return false;
  if (failure.frameDetached) return true;
  return failure.frameNavigatedAt !== undefined && failure.frameNavigatedAt > failure.startedAt;
}

/** The frame a request belongs to; a service worker's requests have none. */
function frameOf(request: Request): Frame | undefined {
  try {
    return request.frame();
  } catch {
    return undefined;
  }
}

/** Follows a context's requests (`started` on every `request` event) to tell which failures navigation caused. */
export function navigationTracker() {
  let clock = 0;
  const startedAt = new WeakMap<Request, number>();
  const navigatedAt = new WeakMap<Frame, number>();
  return {
    started(request: Request): void {
      clock += 1;
      startedAt.set(request, clock);
      const frame = frameOf(request);
      if (frame && request.isNavigationRequest()) navigatedAt.set(frame, clock);
    },
    cancelledByNavigation(request: Request, errorText: string): boolean {
      const started = startedAt.get(request);
      const frame = frameOf(request);
      if (started === undefined || !frame) return false;
      return cancelledByNavigation({
        errorText,
        startedAt: started,
        frameNavigatedAt: navigatedAt.get(frame),
        frameDetached: frame.isDetached(),
      });
    },
  };
}
