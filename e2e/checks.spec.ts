import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { startEngagement, exportedTrailRows } from './support/engagement';

// The automatic checks in the app: the English excerpt PDF's KPI table says 389 million where its
// text says 398 million. The Checks view flags that pair and nothing else, one key disputes both
// figures with one note, and the exported trail shows one event per figure, naming the check.

const EXCERPT_PDF = fileURLToPath(new URL('../../shared/fixtures/pdf/alipay-2019-2020-excerpt.pdf', import.meta.url));
const NOTE = 'Text says 398 million, KPI table 389 million';

test('flags the 398 / 389 million pair of the excerpt PDF, disputes both with one key, and the trail shows the events', async ({ app }) => {
  const page = app.page;
  await startEngagement(page, 'Alipay checks');
  await page.getByLabel(/Import reports/).setInputFiles(EXCERPT_PDF);
  await expect(page.getByRole('region', { name: 'Imports' })).toContainText(/Imported · \d+ figures/);
  // the queue says what each figure measures, as the check compares them
  const takeout = page.getByTestId('figure-row').filter({ hasText: '398 million' });
  await expect(takeout.getByTestId('figure-metric')).toContainText(/takeout/i);

  await page.getByTestId('checks-toggle').click();
  const list = page.getByTestId('checks-list');
  const mismatches = list.locator('button[data-holds="false"]');
  await expect(mismatches).toHaveCount(1);
  await expect(mismatches.first()).toContainText('398 million');
  await expect(mismatches.first()).toContainText('389 million');
  // mismatches come first, then the checks that hold
  await expect(list.locator('li').first().locator('button').first()).toHaveAttribute('data-holds', 'false');
  expect(await list.locator('button[data-holds="true"]').count()).toBeGreaterThan(0);

  await mismatches.first().focus();
  await page.keyboard.press('d');
  await expect(page.getByTestId('check-dispute-note')).toBeFocused();
  await page.keyboard.type(NOTE);
  await page.getByTestId('check-dispute-note').press('Control+Enter');
  await expect(page.getByTestId('progress-counts')).toContainText('2 disputed');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const rows = await exportedTrailRows(page);
  const disputes = rows.filter((row) => row.action === 'figure.disputed');
  expect(disputes.map((row) => row.figure_text?.replace(/\s+/g, ' ')).sort()).toEqual(['389 million', '398 million']);
  for (const row of disputes) {
    expect(row.note).toBe(NOTE);
    expect(row.evidence).toContain('Automated check by Tickmark');
    expect(row.evidence).toContain('consistency.same-metric');
  }
});
