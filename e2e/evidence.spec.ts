import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { selectFigureByText, startEngagement, exportedTrailRows } from './support/engagement';

// Evidence, through the UI only: import a report and the workbook it rests on, see the workbook's
// cell proposed for a figure with why, link it by keyboard, confirm, and find the link in the
// exported trail.

const shared = (relative: string) => fileURLToPath(new URL(`../../shared/fixtures/${relative}`, import.meta.url));

test('links a workbook cell to a confirmed figure by keyboard, and the trail CSV carries the link', async ({ app }, testInfo) => {
  await mkdir(testInfo.outputDir, { recursive: true });
  const reportPath = join(testInfo.outputDir, 'alipay-2019-2020-excerpt.pdf');
  const workbookPath = join(testInfo.outputDir, 'cnnic-2020-03-internet-users.xlsx');
  await copyFile(shared('pdf/alipay-2019-2020-excerpt.pdf'), reportPath);
  await copyFile(shared('evidence/cnnic-2020-03-internet-users.xlsx'), workbookPath);
  const workbookSha = createHash('sha256').update(await readFile(workbookPath)).digest('hex');

  const page = app.page;
  await startEngagement(page, 'Alipay FY2020 evidence');
  await page.getByLabel(/Import reports/).setInputFiles(reportPath);
  await expect(page.getByRole('region', { name: 'Imports' })).toContainText(/Imported · \d+ figures/);
  const queued = await page.getByRole('listbox', { name: 'Figures' }).getByRole('option').count();
  await page.getByLabel(/Import reports/).setInputFiles(workbookPath);
  await expect(page.getByRole('region', { name: 'Imports' })).toContainText(/Imported · 0 figures/);
  // The workbook is evidence: indexed, none of its numbers queued.
  await expect(page.getByRole('listbox', { name: 'Figures' }).getByRole('option')).toHaveCount(queued);

  await selectFigureByText(page, '765 million');
  const panel = page.getByRole('region', { name: 'Evidence' });
  const best = panel.getByRole('listitem').first();
  await expect(best).toContainText('cnnic-2020-03-internet-users.xlsx · CNNIC 2020-03!B8');
  await expect(best).toContainText('Mobile payment users');
  await expect(best).toContainText('exact');
  // The chosen candidate is shown in place: its sheet's rows and columns, the cell marked.
  const preview = panel.getByTestId('evidence-preview');
  await expect(preview.locator('mark')).toHaveText('765,000,000');
  await expect(preview.getByRole('row').filter({ has: page.locator('mark') })).toContainText('Mobile payment users');

  await page.keyboard.press('l');
  const link = `cnnic-2020-03-internet-users.xlsx · sha256:${workbookSha} · CNNIC 2020-03!B8`;
  await expect(page.getByLabel(/Evidence reference/)).toHaveValue(new RegExp(`^${link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · chars \\d+–\\d+ · "Mobile payment users`));
  await page.keyboard.press('c');
  await expect(page.getByTestId('progress-counts')).toContainText('1 confirmed');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const rows = await exportedTrailRows(page);
  const confirmed = rows.filter((row) => row.action === 'figure.confirmed');
  expect(confirmed).toHaveLength(1);
  expect(confirmed[0]).toMatchObject({ document: 'alipay-2019-2020-excerpt.pdf', figure_text: '765 million' });
  expect(confirmed[0]!.evidence).toContain(link);
  expect(confirmed[0]!.evidence).toContain('765,000,000');
});
