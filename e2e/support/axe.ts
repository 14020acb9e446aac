import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 at levels A and AA: what every page of the product must meet. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe finds no WCAG violation on the page. Call it once the page the user waits for is there (its heading,
 * its message, its title): a scan during a navigation reads part of one page and part of the next.
 */
export async function expectNoAxeViolations(page: Page, label = new URL(page.url()).pathname) {
  // Not 'networkidle': the workspace keeps the session alive in the background, so its network is never idle.
  await page.waitForLoadState('load');
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${label}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe violations').toEqual([]);
}
