/** The rule the browser tests use to tell a request cancelled by navigating on from a broken one (tests/browser/support/navigationAborts.ts). */
import { describe, expect, test } from 'vitest';
import { cancelledByNavigation } from '../browser/support/navigationAborts';

const aborted = { errorText: 'net::ERR_ABORTED', startedAt: 4, frameNavigatedAt: undefined, frameDetached: false };

describe('a failed request is the browser’s doing only when navigation cancelled it', () => {
  test('aborted after a navigation of its frame started later than it did: cancelled (the favicon asked for after load, then a click)', () => {
    expect(cancelledByNavigation({ ...aborted, frameNavigatedAt: 5 })).toBe(true);
  });

  test('aborted in a frame that has gone: cancelled', () => {
    expect(cancelledByNavigation({ ...aborted, frameDetached: true })).toBe(true);
  });

  test('aborted with no navigation since it started: a real failure', () => {
    expect(cancelledByNavigation(aborted)).toBe(false);
    expect(cancelledByNavigation({ ...aborted, startedAt: 6, frameNavigatedAt: 5 })).toBe(false);
  });

  test('any other error is a real failure, navigation or not', () => {
    for (const errorText of ['net::ERR_CONNECTION_REFUSED', 'net::ERR_FAILED', 'net::ERR_BLOCKED_BY_CLIENT', 'failed']) {
      expect(cancelledByNavigation({ ...aborted, errorText, frameNavigatedAt: 5 }), errorText).toBe(false);
      expect(cancelledByNavigation({ ...aborted, errorText, frameDetached: true }), errorText).toBe(false);
    }
  });
});
