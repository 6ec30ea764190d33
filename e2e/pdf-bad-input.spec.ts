import { copyFile, mkdir, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { selectFigureByText, startEngagement } from './support/engagement';

// PDFs and Word documents that are protected, broken, scanned or too large: each says what is wrong
// with the file, by name, and the figures already in the engagement stay exactly as they were.

const fixture = (path: string) => fileURLToPath(new URL(`../../shared/${path}`, import.meta.url));
const SEED_REPORT = fixture('eval/dev/text/001_9944-20073.txt');
const ENCRYPTED = fixture('fixtures/bad/encrypted-password-audit.pdf');

const imports = (page: Page) => page.getByRole('region', { name: 'Imports' });
const jobRow = (page: Page, fileName: string) => imports(page).getByRole('listitem').filter({ hasText: fileName });
const passwordDialog = (page: Page) => page.getByRole('dialog', { name: 'This PDF needs a password' });
const documentOptions = (page: Page) => page.getByLabel('Document').locator('option');
const figureCount = async (page: Page) => Number(await page.getByTestId('figure-row').first().getAttribute('aria-setsize'));

/** An engagement holding one text report, one of its figures confirmed: what every bad file must leave alone. */
async function engagementWithFigures(page: Page, dir: string) {
  const seed = join(dir, 'alipay-2019-2020-excerpt.txt');
  await copyFile(SEED_REPORT, seed);
  await startEngagement(page, 'PDF bad input');
  await page.getByLabel(/Import reports/).setInputFiles(seed);
  await expect(imports(page)).toContainText(/Imported · \d+ figures/);
  await page.keyboard.press('c');
  await expect(page.getByTestId('progress-counts')).toContainText('1 confirmed');
  await page.getByRole('button', { name: 'Clear finished imports' }).click();
  return { figures: await figureCount(page), counts: await page.getByTestId('progress-counts').innerText() };
}

async function expectUntouched(page: Page, before: { figures: number; counts: string }, documents: number) {
  expect(await figureCount(page)).toBe(before.figures);
  expect(await page.getByTestId('progress-counts').innerText()).toBe(before.counts);
  await expect(documentOptions(page)).toHaveCount(documents + 1); // "All documents" too
}

test('a password-protected PDF: cancel leaves nothing, a wrong password says so, the right one imports', async ({ app }, testInfo) => {
  const dir = testInfo.outputPath('files');
  await mkdir(dir, { recursive: true });
  const page = app.page;
  const before = await engagementWithFigures(page, dir);

  await page.getByLabel(/Import reports/).setInputFiles(ENCRYPTED);
  await expect(passwordDialog(page)).toBeVisible();
  await expect(passwordDialog(page)).toContainText('encrypted-password-audit.pdf');
  await passwordDialog(page).getByRole('button', { name: /Cancel import/ }).click();
  await expect(passwordDialog(page)).toBeHidden();
  await expect(jobRow(page, 'encrypted-password-audit.pdf')).toContainText('Cancelled');
  await expectUntouched(page, before, 1);

  // Esc at the prompt cancels too, and does not reach the queue's shortcuts.
  await page.getByLabel(/Import reports/).setInputFiles(ENCRYPTED);
  await expect(passwordDialog(page).getByLabel('Password')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(passwordDialog(page)).toBeHidden();
  await expectUntouched(page, before, 1);

  await page.getByRole('button', { name: 'Clear finished imports' }).click();
  await page.getByLabel(/Import reports/).setInputFiles(ENCRYPTED);
  await passwordDialog(page).getByLabel('Password').fill('not-the-password');
  await page.keyboard.press('Enter');
  await expect(passwordDialog(page).getByRole('alert')).toContainText('That password is wrong');
  await expect(passwordDialog(page).getByLabel('Password')).toHaveValue('');
  await expect(jobRow(page, 'encrypted-password-audit.pdf')).toContainText('Wrong password');
  await expectUntouched(page, before, 1);

  await passwordDialog(page).getByLabel('Password').fill('audit');
  await passwordDialog(page).getByRole('button', { name: 'Open' }).click();
  await expect(jobRow(page, 'encrypted-password-audit.pdf')).toContainText(/Imported · \d+ figures/);
  await expect(documentOptions(page)).toHaveCount(3);
  expect(await figureCount(page)).toBeGreaterThan(before.figures);
  await expect(page.getByTestId('progress-counts')).toContainText('1 confirmed');

  // The password is kept for the session only, never stored: after a restart the page asks for it again.
  const reopened = await app.reopen();
  await reopened.getByLabel('Document').selectOption({ label: 'encrypted-password-audit.pdf' });
  const source = reopened.getByRole('region', { name: 'Source' });
  const ask = source.getByRole('form', { name: 'Password of this PDF' });
  await expect(ask).toBeVisible();
  await expect(source.locator('.tm-pdf-view')).toHaveCount(0);
  await ask.getByLabel('Password').fill('not-the-password');
  await ask.getByRole('button', { name: 'Show pages' }).click();
  await expect(ask.getByRole('alert')).toContainText('That password is wrong');
  await ask.getByLabel('Password').fill('audit');
  await ask.getByRole('button', { name: 'Show pages' }).click();
  await expect(source.locator('.tm-pdf-view')).toHaveAttribute('data-state', 'rendered');
});

test('truncated, fake and scanned PDFs, a Word report and an oversized file, each named in what the auditor is told', async ({ app }, testInfo) => {
  const dir = testInfo.outputPath('files');
  await mkdir(dir, { recursive: true });
  const page = app.page;
  const before = await engagementWithFigures(page, dir);

  const expectRefused = async (fileName: string, reason: RegExp) => {
    const alert = imports(page).getByRole('alert').filter({ hasText: fileName });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(reason);
  };

  await page.getByLabel(/Import reports/).setInputFiles([fixture('fixtures/bad/truncated.pdf'), fixture('fixtures/bad/not-really-a.pdf')]);
  await expectRefused('truncated.pdf', /not a valid PDF|incomplete|cut off/);
  await expectRefused('not-really-a.pdf', /not a PDF/);
  await expectUntouched(page, before, 1);

  // Over the size limit: a sparse file, so the test writes nothing; refused before it is read.
  const huge = join(dir, 'huge-report.pdf');
  await copyFile(fixture('fixtures/pdf/alipay-2019-2020-excerpt.pdf'), huge);
  await truncate(huge, 201 * 1024 * 1024);
  await page.getByLabel(/Import reports/).setInputFiles(huge);
  await expectRefused('huge-report.pdf', /200 MB/);
  await expectUntouched(page, before, 1);

  // A scanned page: read by OCR, and the auditor told so, with how sure the reading is.
  await page.getByLabel(/Import reports/).setInputFiles(fixture('fixtures/bad/scanned-image-only.pdf'));
  const scanned = jobRow(page, 'scanned-image-only.pdf');
  await expect(scanned).toContainText(/Imported · \d+ figures/, { timeout: 60_000 });
  await expect(scanned).toContainText(/Page 1 has no text layer: its text was read by OCR \(mean confidence \d+%\)/);
  await expect(documentOptions(page)).toHaveCount(3); // "All documents" too
  await page.getByLabel('Document').selectOption({ label: 'scanned-image-only.pdf' });
  // The page's figures, as the text of the same page yields them: "897 million", "99.3%", …
  const scanFigures = await figureCount(page);
  expect(scanFigures).toBeGreaterThan(10);
  await selectFigureByText(page, '897 million');
  const source = page.getByRole('region', { name: 'Source' });
  await expect(source).toContainText(/Page 1 has no text layer: its text was read by OCR/);
  await source.getByRole('button', { name: 'Details' }).click();
  await expect(page.getByRole('region', { name: 'File details' })).toContainText('1 page');

  // A Word report, with the figures of its KPI table.
  await page.getByLabel('Document').selectOption({ label: 'All documents' });
  await page.getByLabel(/Import reports/).setInputFiles(fixture('fixtures/docx/alipay-2019-2020-excerpt.docx'));
  await expect(jobRow(page, 'alipay-2019-2020-excerpt.docx')).toContainText(/Imported · \d+ figures/);
  await page.getByLabel('Document').selectOption({ label: 'alipay-2019-2020-excerpt.docx' });
  await selectFigureByText(page, '389 million');
  await expect(page.getByTestId('source-highlight')).toHaveText(/389\s+million/);
  const docxFigures = await figureCount(page);
  expect(docxFigures).toBeGreaterThan(10);
  await page.getByLabel('Document').selectOption({ label: 'All documents' });
  expect(await figureCount(page)).toBe(before.figures + scanFigures + docxFigures);
  await expect(page.getByTestId('progress-counts')).toContainText('1 confirmed');
});
