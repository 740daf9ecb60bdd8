/**
 * The committed heights (src/lib/embed/frameHeights.json) that the embed code gives a host without
 * script must match the real height of each chart and state in a 600 px column. When this fails
 * after a change to a chart, run `npm run measure:embeds` after a build and commit the table.
 */
import { expect, test } from 'vitest';
import { useBrowser } from './support/pages';
import { DIST_DIR, pageUrl } from './support/site';
import { embedStates, measureEmbedHeight } from './support/embedHeights';
import { frameHeights } from '../../src/lib/embed/frameHeights';

/** Fonts and rounding may move a wrap by a pixel or two, never a whole line. */
const TOLERANCE_PX = 2;
const states = embedStates(DIST_DIR);

const browser = useBrowser();

test('the table has exactly the states the site has: every chart, every prerendered treemap level', () => {
  const inTable = Object.entries(frameHeights).flatMap(([slug, heights]) => Object.keys(heights).map((search) => `${slug}${search}`));
  expect(inTable.sort()).toEqual(states.map(({ slug, search }) => `${slug}${search}`).sort());
});

test.each(states.map(({ slug, path, search }) => [`${slug}${search}`, slug, path, search] as const))(
  '%s is as tall as measured',
  async (_name, slug, path, search) => {
    const height = await measureEmbedHeight(browser(), pageUrl(`${path}${search}`));
    expect(
      Math.abs(height - frameHeights[slug]![search]!),
      `real ${height} px, table ${frameHeights[slug]![search]} px`,
    ).toBeLessThanOrEqual(TOLERANCE_PX);
  },
);
