import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { selectFigureByText, startEngagement, exportedTrailRows } from './support/engagement';

// Evidence, through the UI only: import a report and the workbook it rests on, see the workbook's
// cell proposed for a figure with why, link it by keyboard, confirm, and find the link in the
// exported trail; and import a workbook and a scan (read by OCR) as evidence beside a report, link
// each to a confirmed figure by keyboard alone, and find both links in the trail.

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  await expect(page.getByRole('region', { name: 'Imports' })).toContainText(/Imported as evidence · \d+ values indexed/);
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
  await expect(page.getByLabel(/Evidence reference/)).toHaveValue(new RegExp(`^${escaped(link)} · chars \\d+–\\d+ · "Mobile payment users`));
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

test('imports a workbook, a scan and an image as evidence, opens each at its place, links two to confirmed figures by keyboard, and the trail CSV carries the links', async ({ app }, testInfo) => {
  // The scan's four pages and the image are read by OCR in the import worker: about 25 s alone, more on a busy machine.
  test.setTimeout(300_000);
  await mkdir(testInfo.outputDir, { recursive: true });
  const copy = async (source: string) => {
    const path = join(testInfo.outputDir, source.split('/').pop()!);
    await copyFile(source, path);
    return { path, sha: createHash('sha256').update(await readFile(path)).digest('hex') };
  };
  const report = await copy(shared('pdf/alipay-2019-2020-excerpt.pdf'));
  const workbook = await copy(shared('evidence/cnnic-2020-03-internet-users.xlsx'));
  const scan = await copy(shared('scan/alipay-2019-2020-excerpt-scan.pdf'));
  const image = await copy(fileURLToPath(new URL('../electron/backend/ocr/__fixtures__/alipay-scan-excerpt.png', import.meta.url)));

  const page = app.page;
  await startEngagement(page, 'Alipay FY2020 scanned evidence');
  const imports = page.getByRole('region', { name: 'Imports' });
  await page.getByLabel(/Import reports/).setInputFiles(report.path);
  await expect(imports).toContainText(/Imported · \d+ figures/);
  // The counts, not the list's rows: the list draws only the rows that fit, fewer once more imports are listed.
  const counts = page.getByTestId('progress-counts');
  const queued = (await counts.textContent()) ?? '';
  await page.getByLabel(/Import evidence/).setInputFiles([workbook.path, scan.path, image.path]);
  await expect(imports.getByText(/Imported as evidence · \d+ values indexed/)).toHaveCount(3, { timeout: 240_000 });
  // Evidence is indexed, not queued: the queue holds the report's figures alone.
  await expect(counts).toHaveText(queued);

  // 765 million is read by OCR on the scan's page 1 and on the image, and held by the workbook's B8.
  await selectFigureByText(page, '765 million');
  const panel = page.getByRole('region', { name: 'Evidence' });
  const candidate = (name: RegExp) => panel.getByRole('button', { name });
  await expect(candidate(/^alipay-2019-2020-excerpt-scan\.pdf · p\. 1\s*765 million/)).toHaveCount(1);
  await expect(candidate(/^alipay-scan-excerpt\.png · p\. 1\s*765 million/)).toHaveCount(1);
  await expect(candidate(/^cnnic-2020-03-internet-users\.xlsx · CNNIC 2020-03!B8/)).toHaveCount(1);
  const source = page.getByTestId('evidence-source');

  // Chosen from the keyboard (focus, Enter), the image opens in the source pane as a page with its OCR boxes.
  await candidate(/^alipay-scan-excerpt\.png/).focus();
  await page.keyboard.press('Enter');
  await expect(source.getByRole('heading', { name: 'alipay-scan-excerpt.png' })).toBeVisible();
  await expect(source.getByTestId('evidence-image')).toHaveAttribute('data-state', 'rendered');
  await expect(source.getByTestId('evidence-highlight').first()).toBeVisible();
  // The scan opens at its page with the OCR boxes of the figure highlighted.
  await candidate(/^alipay-2019-2020-excerpt-scan\.pdf/).focus();
  await page.keyboard.press('Enter');
  await expect(source.getByRole('heading', { name: 'alipay-2019-2020-excerpt-scan.pdf' })).toBeVisible();
  await expect(source.locator('[data-page="1"][data-state="rendered"]')).toBeVisible({ timeout: 30_000 });
  await expect(source.getByTestId('pdf-highlight').first()).toBeVisible();

  await page.keyboard.press('l');
  const scanLink = `alipay-2019-2020-excerpt-scan.pdf · sha256:${scan.sha} · p.1`;
  await expect(page.getByLabel(/Evidence reference/)).toHaveValue(new RegExp(`^${escaped(scanLink)} · chars \\d+–\\d+ · "765 million"$`));
  // The link is shown as its fields.
  const linked = panel.getByTestId('linked-evidence');
  await expect(linked).toContainText('alipay-2019-2020-excerpt-scan.pdf');
  await expect(linked).toContainText(scan.sha.slice(0, 12));
  await expect(linked).toContainText('p. 1');
  await page.keyboard.press('c');
  await expect(counts).toContainText('1 confirmed');

  // 85.3%: the workbook's share cell, chosen from the keyboard, opens at its sheet, row and column; then l links it.
  await selectFigureByText(page, '85.3%');
  await expect(source).toHaveCount(0);
  const d8 = /^cnnic-2020-03-internet-users\.xlsx · CNNIC 2020-03!D8/;
  await candidate(d8).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('listitem').filter({ has: page.getByRole('button', { name: d8 }) })).toHaveAttribute('aria-current', 'true');
  await expect(source.getByRole('row').filter({ has: page.getByTestId('evidence-highlight') })).toContainText('Mobile payment users');
  await expect(source.getByRole('columnheader', { name: 'D' })).toBeVisible();
  await page.keyboard.press('l');
  const cellLink = `cnnic-2020-03-internet-users.xlsx · sha256:${workbook.sha} · CNNIC 2020-03!D8`;
  await expect(page.getByLabel(/Evidence reference/)).toHaveValue(new RegExp(`^${escaped(cellLink)} · chars \\d+–\\d+ · "Mobile payment users`));
  // Back to the figure: the report again, the figure highlighted.
  await source.getByRole('button', { name: 'Back to the figure' }).click();
  await expect(source).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'alipay-2019-2020-excerpt.pdf' })).toBeVisible();
  await expect(page.getByTestId('pdf-highlight').first()).toBeVisible();
  await page.keyboard.press('c');
  await expect(counts).toContainText('2 confirmed');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const rows = await exportedTrailRows(page);
  const confirmed = rows.filter((row) => row.action === 'figure.confirmed');
  expect(confirmed.map((row) => row.figure_text)).toEqual(['765 million', '85.3%']);
  expect(confirmed[0]!.evidence).toContain(scanLink);
  expect(confirmed[1]!.evidence).toContain(cellLink);
  // The evidence was imported as evidence, and the trail says so.
  const imported = rows.filter((row) => row.action === 'document.imported').map((row) => row.detail ?? '');
  expect(imported.filter((detail) => / evidence, \d+ figures and \d+ cells indexed$/.test(detail))).toHaveLength(3);
});
