import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import Papa from 'papaparse';

/**
 * First run through the UI: give the auditor's name, then create an engagement called
 * `engagementName`. Resolves once the engagement is open: a file imported before then is refused.
 */
export async function startEngagement(page: Page, engagementName: string): Promise<void> {
  await page.getByLabel('Your name').fill('Mei Chen');
  await page.getByRole('button', { name: 'Start auditing' }).click();
  // The page behind the welcome dialog is inert until saving the name has closed it.
  await expect(page.getByRole('dialog', { name: 'Welcome to Tickmark' })).toBeHidden();
  await page.getByLabel('Engagement name').fill(engagementName);
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByRole('heading', { name: 'Drop a report here' })).toBeVisible();
}

const compact = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Walk the claims queue with j until the selected figure reads `text` (whitespace aside), as the auditor would. */
export async function selectFigureByText(page: Page, text: string, maxSteps = 300): Promise<void> {
  const selected = page.getByRole('listbox', { name: 'Figures' }).getByRole('option', { selected: true });
  await expect(selected).toBeVisible();
  for (let step = 0; step < maxSteps; step++) {
    if (compact(await selected.locator('.cell-text').innerText()) === compact(text)) return;
    await page.keyboard.press('j');
  }
  throw new Error(`No figure "${text}" within ${maxSteps} steps of the queue`);
}

/**
 * Export the audit trail with Ctrl+E and read the CSV the app says it wrote, one record per row.
 * `notice` is what the UI says once it is written (in Chinese `审计轨迹已导出`).
 */
export async function exportedTrailRows(page: Page, notice: string | RegExp = 'Audit trail exported'): Promise<Record<string, string>[]> {
  await page.keyboard.press('Control+e');
  const exported = page.getByRole('status').filter({ hasText: notice });
  await expect(exported).toBeVisible();
  const csv = await readFile((await exported.locator('code').innerText()).trim(), 'utf8');
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
}
