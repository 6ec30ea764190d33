import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible } from './support/axe';

// From an empty profile: the welcome opens the bundled sample engagement (a bilingual report
// excerpt and an evidence workbook, served from the app's own files); find a Chinese phrase the
// report breaks over a blank line and jump to it in the source; filter the queue by value and
// unit; decide two figures; the overview then shows the progress, the dispute with its note, the
// figure with no evidence and the chart drawn from the trail.

const queue = (page: Page) => page.getByRole('listbox', { name: 'Figures' });
const selectedRow = (page: Page) => queue(page).getByRole('option', { selected: true });

test('first run opens the sample engagement; find jumps to a hit in the source; the overview follows two verdicts', async ({ app }, testInfo) => {
  await mkdir(testInfo.outputDir, { recursive: true });
  const page = app.page;
  const welcome = page.getByRole('dialog', { name: 'Welcome to Tickmark' });
  await expect(welcome).toBeVisible();
  await expect(welcome).toContainText('Tickmark is made for the keyboard');
  await expectAccessible(page, testInfo, 'welcome');
  await page.getByLabel('Your name').fill('Mei Chen');
  await welcome.getByRole('radio', { name: /Preparer/ }).check();
  await welcome.getByRole('button', { name: 'Open the sample engagement' }).click();
  await expect(welcome).toBeHidden();

  const imports = page.getByRole('region', { name: 'Imports' });
  await expect(imports).toContainText(/Imported · [1-9]\d* figures/);
  await expect(imports).toContainText(/Imported as evidence · [1-9]\d* values indexed/);
  await expect(selectedRow(page)).toBeVisible();
  await page.screenshot({ path: join(testInfo.outputDir, 'sample-engagement.png') });

  // Find: the report writes 因\n\n为想过自由 over a blank line; typed without one, it is found.
  await page.keyboard.press('/');
  const find = page.getByRole('dialog', { name: 'Find in the reports' });
  await expect(find).toBeVisible();
  await page.getByLabel('Words or figures to find').pressSequentially('因为想过自由');
  await expect(find.getByTestId('find-count')).toHaveText(/^1 hit/);
  const hit = find.getByRole('option', { selected: true });
  await expect(hit).toContainText('ant-financial-2016-excerpt.txt');
  await expect(hit.locator('mark')).toHaveText(/因\s*为想过自由/);
  await page.screenshot({ path: join(testInfo.outputDir, 'find.png') });
  await expectAccessible(page, testInfo, 'find');
  await page.keyboard.press('Enter');
  await expect(find).toBeHidden();
  const shown = page.getByTestId('find-highlight');
  await expect(shown).toHaveText(/因\s*为想过自由/);
  await expect(shown).toBeInViewport();
  // Moving on clears the hit; the keys reach the queue again.
  await page.keyboard.press('j');
  await expect(shown).toBeHidden();

  // Filter by figure: percentages of exactly 80 (the report says 80% in Chinese and in English).
  await page.keyboard.press('Control+f');
  await expect(find).toBeVisible();
  await find.getByLabel('Value from').fill('80');
  await find.getByLabel('Value up to').fill('80');
  await find.getByLabel('Unit').fill('%');
  await find.getByRole('button', { name: 'Filter the queue' }).click();
  await expect(find).toBeHidden();
  await expect(queue(page).getByRole('option')).toHaveCount(2);
  for (const row of await queue(page).getByRole('option').all()) await expect(row).toContainText('80%');

  // Two verdicts: confirm the 80%, then dispute another figure with a note.
  await page.keyboard.press('c');
  await expect(page.getByTestId('progress-counts')).toContainText('1 confirmed');
  await page.keyboard.press('/');
  await find.getByRole('button', { name: 'Clear the figure filter' }).click();
  await expect(queue(page).getByRole('option')).not.toHaveCount(2);
  await page.keyboard.press('j');
  const disputedText = (await selectedRow(page).locator('.cell-text').innerText()).trim();
  await page.keyboard.press('d');
  await page.keyboard.type('Sample note: the workbook gives another number');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('progress-counts')).toContainText('1 disputed');

  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: /Overview of/ });
  await expect(overview).toBeVisible();
  const report = overview.getByTestId('overview-progress').getByRole('row', { name: /ant-financial-2016-excerpt\.txt/ });
  // The sample's workbook is evidence: indexed, not verified, so no row of progress.
  await expect(overview.getByTestId('overview-progress').getByRole('row', { name: /\.xlsx/ })).toHaveCount(0);
  await expect(report.getByRole('cell').nth(2)).toHaveText('1'); // confirmed
  await expect(report.getByRole('cell').nth(3)).toHaveText('1'); // disputed
  const disputed = overview.getByTestId('overview-disputed');
  await expect(disputed).toContainText(disputedText);
  await expect(disputed).toContainText('Sample note: the workbook gives another number');
  await expect(overview.getByTestId('overview-no-evidence').getByRole('listitem')).toHaveCount(2);
  await expect(overview.getByTestId('overview-checks')).toContainText(/Every automated check holds|failed of \d+ run/);
  const chart = overview.getByTestId('progress-chart');
  await expect(chart).toBeVisible();
  expect(Number(await chart.getAttribute('data-points'))).toBeGreaterThanOrEqual(1);
  await page.screenshot({ path: join(testInfo.outputDir, 'overview.png') });
  await expectAccessible(page, testInfo, 'overview');

  // The overview's Show puts the disputed figure back in the queue.
  await disputed.getByRole('button', { name: 'Show' }).click();
  await expect(overview).toBeHidden();
  await expect(selectedRow(page)).toContainText(disputedText);
});
