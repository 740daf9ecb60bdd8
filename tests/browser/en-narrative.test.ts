/**
 * The English narrative pages (issue 21, branch stories, learn, methodology) as a person sees them:
 * no sideways scrolling on a phone, axe clean at 375 px and 1280 px, no console errors or requests
 * to other hosts. Their content is checked without a browser in tests/dom/en-*.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { expectReadableAt, openChecked, useBrowser } from './support/pages';
import { slugForScreenshot } from './support/site';

const PATHS = ['/en/branches/', '/en/branches/zezhou/', '/en/branches/lingchuan/', '/en/learn/', '/en/methodology/'];
const browser = useBrowser();

describe('English narrative pages', () => {
  test.each(PATHS)('%s reads well at 375 px and 1280 px', async (path) => {
    const { context, problems, page } = await openChecked(browser(), path, { viewport: { width: 375, height: 900 } });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectReadableAt(page, slugForScreenshot(path), [375, 1280]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });
});
