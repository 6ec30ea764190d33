import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { selectFigureByText, startEngagement } from './support/engagement';
import { measureHighlightInk, sitsOnGlyphs, textUnderHighlight } from './support/ink';

// A PDF report's figures shown on the real page: the page the figure is on, its box on its glyphs,
// from the original kept in the engagement (not the file on disk), with the file's SHA-256.

const fixture = (name: string) => fileURLToPath(new URL(`../../shared/fixtures/pdf/${name}`, import.meta.url));

const imports = (page: Page) => page.getByRole('region', { name: 'Imports' });
const source = (page: Page) => page.getByRole('region', { name: 'Source' });
const pdfView = (page: Page) => source(page).locator('.tm-pdf-view');
const compact = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

async function importReport(page: Page, path: string): Promise<void> {
  await page.getByLabel(/Import reports/).setInputFiles(path);
  await expect(imports(page).getByText(/Imported · \d+ figures/)).toBeVisible({ timeout: 30_000 });
}

/** The page is painted, its text layer placed, and every highlight box sits on the figure's own glyphs. */
async function expectFigureOnPage(page: Page, pageNumber: number, figureText: string): Promise<void> {
  const view = pdfView(page);
  await expect(view).toHaveAttribute('data-page', String(pageNumber));
  await expect(view).toHaveAttribute('data-state', 'rendered');
  await expect(view.locator('.textLayer[data-state=rendered]')).toBeAttached();
  const highlights = view.getByTestId('pdf-highlight');
  await expect(highlights.first()).toBeVisible();
  const canvas = view.getByTestId('pdf-page-canvas');
  let under = '';
  for (const highlight of await highlights.all()) {
    const ink = await measureHighlightInk(canvas, highlight);
    expect(sitsOnGlyphs(ink).problems, `box ${under.length}`).toEqual([]);
    under += await textUnderHighlight(highlight);
  }
  expect(compact(under)).toContain(compact(figureText));
}

async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await source(page).screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('a figure from the KPI table is highlighted on its glyphs, on the last page of the PDF', async ({ app }, testInfo) => {
  const page = app.page;
  await startEngagement(page, 'Alipay FY2020');
  await importReport(page, fixture('alipay-2019-2020-excerpt.pdf'));
  await expect(source(page).getByRole('button', { name: 'Page', pressed: true })).toBeVisible();

  await selectFigureByText(page, '389 million');
  await expect(source(page).getByText('page 4 of 4', { exact: true })).toBeVisible();
  await expectFigureOnPage(page, 4, '389 million');
  await keepScreenshot(page, testInfo, 'alipay-389-million');

  // The text view still shows the same figure, highlighted in the extracted text.
  await source(page).getByRole('button', { name: 'Text' }).click();
  await expect(page.getByTestId('source-highlight')).toHaveText(/389\s+million/);
  await keepScreenshot(page, testInfo, 'alipay-389-million-text');
  await source(page).getByRole('button', { name: 'Page' }).click();
  await expectFigureOnPage(page, 4, '389 million');
});

test('a Chinese figure is highlighted on its glyphs in a two-column PDF', async ({ app }, testInfo) => {
  const page = app.page;
  await startEngagement(page, 'Alibaba ESG 2022');
  await importReport(page, fixture('alibaba-esg-2022-excerpt.pdf'));

  await selectFigureByText(page, '1.3 万亿元');
  await expectFigureOnPage(page, 2, '1.3 万亿元');
  await keepScreenshot(page, testInfo, 'alibaba-1.3-trillion-yuan');
});

test('the page is shown from the original kept in the engagement after the file is deleted, with its SHA-256', async ({ app }, testInfo) => {
  const dir = testInfo.outputPath('files');
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'alipay-draft.pdf');
  await copyFile(fixture('alipay-2019-2020-excerpt.pdf'), path);
  const sha256 = createHash('sha256').update(await readFile(path)).digest('hex');

  await startEngagement(app.page, 'Alipay FY2020');
  await importReport(app.page, path);
  await rm(path);

  const page = await app.reopen();
  await expect(pdfView(page)).toHaveAttribute('data-state', 'rendered');
  await expect(pdfView(page).getByTestId('pdf-page-canvas')).toBeVisible();
  await expect(pdfView(page).getByTestId('pdf-highlight').first()).toBeVisible();

  await source(page).getByRole('button', { name: 'Details' }).click();
  const details = page.getByRole('region', { name: 'File details' });
  await expect(details.getByTestId('document-sha256')).toHaveText(sha256);
  await expect(details).toContainText('alipay-draft.pdf');
  await expect(details).toContainText('4 pages');
  await keepScreenshot(page, testInfo, 'alipay-after-file-deleted');
});

test('a 120-page report shows its progress page by page and can be cancelled, leaving nothing', async ({ app }) => {
  const page = app.page;
  await startEngagement(page, 'Large PDF');
  await page.getByLabel(/Import reports/).setInputFiles(fixture('large-all-seeds.pdf'));
  await expect(imports(page)).toContainText(/Parsing page \d+ of 120/, { timeout: 30_000 });

  // The window answers while the report is parsed.
  const frame = await page.evaluate(() => {
    const start = performance.now();
    return new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now() - start)));
  });
  expect(frame).toBeLessThan(500);

  await imports(page).getByRole('button', { name: /Cancel importing/ }).click();
  await expect(imports(page)).toContainText('Cancelled');
  await expect(page.getByRole('heading', { name: 'Drop a report here' })).toBeVisible();
});

interface PageMeasure {
  documentId: string;
  page: number;
}

const pageMeasures = (page: Page, name: string) =>
  page.evaluate(
    (measure) =>
      performance.getEntriesByName(measure).map((entry) => {
        const { documentId, page } = (entry as PerformanceMeasure).detail as PageMeasure;
        return { documentId, page };
      }),
    name,
  );

/** A new engagement with the English excerpt imported, then the Chinese one. */
async function importEnglishThenChineseReport(page: Page): Promise<void> {
  await startEngagement(page, 'Alipay and Alibaba');
  await importReport(page, fixture('alipay-2019-2020-excerpt.pdf'));
  await page.getByLabel(/Import reports/).setInputFiles(fixture('alibaba-esg-2022-excerpt.pdf'));
  await expect(imports(page).getByText(/Imported · \d+ figures/)).toHaveCount(2, { timeout: 30_000 });
}

test("while the auditor reads a report's first figure, the previous report's last page is prepared, and k shows it", async ({ app }) => {
  const page = app.page;
  await importEnglishThenChineseReport(page);

  // The Chinese report's first figure, chosen without walking past the English report's pages:
  // its last figure, the KPI table's last row on page 4, comes before it in the whole queue.
  // Page 4 is prepared only as that neighbour: the English report opens on page 1.
  await page.getByLabel('Document').selectOption({ label: 'alibaba-esg-2022-excerpt.pdf' });
  await page.getByTestId('figure-row').first().click();
  await expectFigureOnPage(page, 1, '220万个');
  await page.getByLabel('Document').selectOption({ label: 'All documents' });
  await page.getByRole('listbox', { name: 'Figures' }).focus();
  const shown = (await pageMeasures(page, 'tickmark:pdf-page-render')).at(-1)!;
  await expect
    .poll(async () => (await pageMeasures(page, 'tickmark:pdf-page-prepare')).filter((m) => m.documentId !== shown.documentId && m.page === 4))
    .toHaveLength(1);
  const prepared = (await pageMeasures(page, 'tickmark:pdf-page-prepare')).find((m) => m.documentId !== shown.documentId && m.page === 4)!;

  await page.keyboard.press('k');
  await expect(source(page)).toContainText('alipay-2019-2020-excerpt.pdf');
  await expectFigureOnPage(page, 4, '389 million');
  expect((await pageMeasures(page, 'tickmark:pdf-page-render')).at(-1)).toEqual(prepared);
});

test('the page each PDF report opens on is prepared after its import and after a restart, and the Document filter shows it', async ({ app }) => {
  let page = app.page;
  // The report on screen is painted; the other one, not shown yet, is prepared.
  const preparedBesideShown = async () => {
    const shown = (await pageMeasures(page, 'tickmark:pdf-page-render')).map((m) => m.documentId);
    return (await pageMeasures(page, 'tickmark:pdf-page-prepare')).filter((m) => !shown.includes(m.documentId));
  };
  await importEnglishThenChineseReport(page);
  await expect.poll(preparedBesideShown).toHaveLength(1);

  page = await app.reopen();
  await expect(page.getByRole('listbox', { name: 'Figures' })).toBeVisible();
  await expect.poll(preparedBesideShown).toHaveLength(1);
  const [prepared] = await preparedBesideShown();

  await page.getByLabel('Document').selectOption({ label: 'alibaba-esg-2022-excerpt.pdf' });
  await page.getByTestId('figure-row').first().click();
  await expectFigureOnPage(page, 1, '220万个');
  expect((await pageMeasures(page, 'tickmark:pdf-page-render')).at(-1)).toEqual(prepared);
});
