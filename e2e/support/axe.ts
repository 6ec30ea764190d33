import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** axe-core on the page as it is now: no serious or critical WCAG 2.1 A/AA violation (soft, so every view is checked); the findings attached. */
export async function expectAccessible(page: Page, testInfo: TestInfo, view: string): Promise<void> {
  // Legacy mode runs axe in the app's own page: the shell allows no second window for axe's usual blank one.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  await testInfo.attach(`axe ${view}`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect.soft(blocking, view).toEqual([]);
}
