import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startEngagement } from './support/engagement';

// "Every verdict the user saw as saved survives a crash": kill the app with SIGKILL the moment
// "Saved" shows, with no chance to flush anything, and find the verdict and its audit event again.

const REPORT = fileURLToPath(new URL('../../shared/eval/dev/text/002_9968-16057.txt', import.meta.url));
const NOTE = '与附注7不符';

const row = (page: Page, position: number) => page.locator(`[data-testid="figure-row"][aria-posinset="${position}"]`);

test('a verdict shown as saved survives the app being killed', async ({ app }, testInfo) => {
  const reportPath = testInfo.outputPath('alibaba-esg-2022-excerpt.txt');
  await copyFile(REPORT, reportPath);
  let page = app.page;
  await startEngagement(page, 'Alibaba ESG 2022');
  await page.getByLabel(/Import reports/).setInputFiles(reportPath);
  await expect(page.getByRole('region', { name: 'Imports' })).toContainText(/Imported · \d+ figures/);

  await page.keyboard.press('c');
  await expect(row(page, 1)).toHaveAttribute('data-status', 'confirmed');
  await page.keyboard.press('d');
  await page.keyboard.type(NOTE);
  await page.keyboard.press('Control+Enter');
  await expect(row(page, 2)).toHaveAttribute('data-status', 'disputed');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await app.crash();
  page = await app.reopen();

  await expect(row(page, 1)).toHaveAttribute('data-status', 'confirmed');
  await expect(row(page, 2)).toHaveAttribute('data-status', 'disputed');
  await page.keyboard.press('t');
  await expect(page.getByRole('dialog', { name: /Audit trail/ })).toContainText('Trail intact: 4 events');
  await expect(page.getByRole('dialog', { name: /Audit trail/ })).toContainText(NOTE);
});
