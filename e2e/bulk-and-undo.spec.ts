import { readFile, writeFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startEngagement } from './support/engagement';

// Working through many figures, through the UI only: select three with Shift+J, dismiss them with
// one reason, undo that, reopen where the auditor left off, confirm to the end of the list (which
// says it is done), and read the exported trail back: one event per figure for the batch and for
// its undoing, nothing deleted.

const REASON = 'Counts of sites and products, not ESG figures';
const REPORT = [
  '公司拥有三个生产基地、两种主要产品和六大业务板块。',
  'Scope 1 emissions were 4,300 tCO2e in 2023.',
  'Water use was 1,200 m³, and waste fell by 8%.',
  '',
].join('\n');

const queue = (page: Page) => page.getByRole('listbox', { name: 'Figures' });
const rows = (page: Page) => page.getByTestId('figure-row');
const rowAt = (page: Page, position: number) => page.locator(`[data-testid="figure-row"][aria-posinset="${position}"]`);
const cursorText = async (page: Page) => (await queue(page).locator('.figure-row.selected .cell-text').innerText()).trim();
const notice = (page: Page) => page.getByTestId('queue-notice');

test('dismisses three selected figures with one reason, undoes it, resumes after a reload, and exports one event per figure', async ({ app }, testInfo) => {
  const reportPath = testInfo.outputPath('bulk.txt');
  await writeFile(reportPath, REPORT);
  let page = app.page;
  await startEngagement(page, 'Bulk FY2024');
  await page.getByLabel(/Import reports/).setInputFiles(reportPath);
  await expect(page.getByRole('region', { name: 'Imports' })).toContainText(/Imported · \d+ figures/);
  await expect(rowAt(page, 4)).toBeVisible();
  const total = await rows(page).count();
  const firstThree: string[] = [];
  for (let position = 1; position <= 3; position++) firstThree.push((await rowAt(page, position).locator('.cell-text').innerText()).trim());

  // Select the first three: the cursor's row, then Shift+J twice.
  await rowAt(page, 1).click();
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('Shift+J');
  await expect(page.getByTestId('selection-bar')).toContainText('3 figures selected');
  await expect(queue(page).getByRole('option', { selected: true })).toHaveCount(3);

  // One reason for all three; the keys go back to the queue afterwards.
  await page.keyboard.press('x');
  await expect(page.getByLabel(/Why is this not a figure/)).toBeFocused();
  await page.keyboard.type(REASON);
  await page.keyboard.press('Control+Enter');
  await expect(notice(page)).toContainText('Not a figure: 3 figures.');
  await expect(rows(page)).toHaveCount(total - 3);
  await expect(page.getByTestId('selection-bar')).toBeHidden();
  await expect(queue(page)).toBeFocused();
  await expect(page.getByTestId('progress-counts')).toContainText('3 dismissed');

  // Undo brings all three back, open.
  await page.keyboard.press('u');
  await expect(notice(page)).toContainText('Undone: Not a figure on 3 figures.');
  await expect(rows(page)).toHaveCount(total);
  for (let position = 1; position <= 3; position++) await expect(rowAt(page, position)).toHaveAttribute('data-status', 'open');
  await expect(page.getByTestId('progress-counts')).not.toContainText('dismissed');

  // The counts only, the second of them under the cursor (j works from the queue): that place survives a reload.
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('count');
  await expect(rows(page)).toHaveCount(3);
  await page.keyboard.press('j');
  const place = await cursorText(page);
  expect(place).toBe(firstThree[1]);
  await page.reload();
  page = app.page;
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('count');
  expect(await cursorText(page)).toBe(place);
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('all');

  // Confirm from the top to the last open figure: the queue says the list is done.
  await rowAt(page, 1).click();
  for (let i = 0; i < total; i++) await page.keyboard.press('c');
  await expect(notice(page)).toContainText('Every figure in this list is decided');
  await expect(page.getByTestId('progress-counts')).toContainText(`${total} confirmed`);

  await page.keyboard.press('Control+e');
  const exported = page.getByRole('status').filter({ hasText: 'Audit trail exported' });
  await expect(exported).toBeVisible();
  const csv = await readFile((await exported.locator('code').innerText()).trim(), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const events = parsed.data;
  const dismissed = events.filter((row) => row.action === 'figure.dismissed');
  const undone = events.filter((row) => row.action === 'figure.undone');
  expect(dismissed.map((row) => row.figure_text)).toEqual(firstThree);
  expect(dismissed.every((row) => row.note === REASON && row.from_status === 'open' && row.to_status === 'dismissed')).toBe(true);
  expect(undone.map((row) => row.figure_text)).toEqual(firstThree);
  expect(undone.every((row) => row.from_status === 'dismissed' && row.to_status === 'open')).toBe(true);
  expect(new Set(dismissed.map((row) => row.figure_id)).size).toBe(3);
  expect(events.filter((row) => row.action === 'figure.confirmed')).toHaveLength(total);
  expect(events.map((row) => row.action)).toEqual([
    'engagement.created',
    'document.imported',
    ...Array<string>(3).fill('figure.dismissed'),
    ...Array<string>(3).fill('figure.undone'),
    ...Array<string>(total).fill('figure.confirmed'),
    'trail.sealed',
  ]);
});
