// Latencies an auditor feels, measured in the real renderer (Debian Chromium, real IndexedDB, the
// real backend bridged in): a verdict keystroke until its transaction committed, and a PDF page
// painted in the source pane. Both come from the app's own User Timing measures.
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { launchChromiumShell } from '../../electron/chromium-shell/shell';
import { median, percentile } from './stats';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const seedReport = resolve(root, '../shared/seeds/alipay-2019-2020-sustainability-report.txt');
const pdfReport = resolve(root, '../shared/fixtures/pdf/alipay-2019-2020-excerpt.pdf');
const VERDICTS = 60;

export interface ReviewLatency {
  verdictCommitMs: number[];
  pageRenderMs: number[];
  markdown: string;
}

async function startEngagement(page: Page): Promise<void> {
  await page.getByLabel('Your name').fill('Bench');
  await page.getByRole('button', { name: 'Start auditing' }).click();
  await page.getByLabel('Engagement name').fill('Bench');
  await page.getByRole('button', { name: 'Create engagement' }).click();
}

async function importFile(page: Page, path: string): Promise<void> {
  const before = await page.getByRole('region', { name: 'Imports' }).getByText(/Imported/).count().catch(() => 0);
  await page.getByLabel(/Import reports/).setInputFiles(path);
  await page
    .getByRole('region', { name: 'Imports' })
    .getByText(/Imported/)
    .nth(before)
    .waitFor({ timeout: 120_000 });
}

const measures = (page: Page, name: string) =>
  page.evaluate((measure) => performance.getEntriesByName(measure).map((entry) => entry.duration), name);

export async function benchReviewLatency(): Promise<ReviewLatency> {
  const workDir = await mkdtemp(join(tmpdir(), 'tickmark-bench-'));
  const shell = await launchChromiumShell({ chooseSavePath: async () => null, logBlocked: true });
  try {
    const { page } = shell;
    await startEngagement(page);
    const seedCopy = join(workDir, 'alipay-2019-2020-sustainability-report.txt');
    await copyFile(seedReport, seedCopy);
    await importFile(page, seedCopy);

    // Confirm figures one after another, as an auditor would: `c` confirms and moves to the next open one.
    await page.getByTestId('figure-row').first().click();
    for (let i = 0; i < VERDICTS; i++) {
      const committed = (await measures(page, 'tickmark:verdict-commit')).length;
      await page.keyboard.press('c');
      await page.waitForFunction((n) => performance.getEntriesByName('tickmark:verdict-commit').length > n, committed);
    }
    const verdictCommitMs = await measures(page, 'tickmark:verdict-commit');

    // A PDF: select figures on several pages and let the source pane paint each page.
    await importFile(page, pdfReport);
    await page.getByLabel('Document').selectOption({ label: 'alipay-2019-2020-excerpt.pdf' });
    await page.getByTestId('figure-row').first().click();
    // Each figure on another page paints that page; then page through the report with the toolbar.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('j');
      await page.waitForTimeout(60);
    }
    const renders = () => measures(page, 'tickmark:pdf-page-render').then((entries) => entries.length);
    for (const [label, times] of [['Previous page', 3], ['Next page', 3]] as const) {
      for (let i = 0; i < times * 4; i++) {
        const button = page.getByRole('button', { name: label });
        if (await button.isDisabled()) break;
        const before = await renders();
        await button.click();
        await page.waitForFunction((n) => performance.getEntriesByName('tickmark:pdf-page-render').length > n, before);
      }
    }
    const pageRenderMs = await measures(page, 'tickmark:pdf-page-render');

    const fmt = (xs: number[]) => (xs.length ? `${median(xs).toFixed(0)} ms / ${percentile(xs, 95).toFixed(0)} ms (n = ${xs.length})` : 'not measured');
    const markdown = [
      '| what | p50 / p95 |',
      '| --- | --- |',
      `| verdict keystroke → its IndexedDB transaction committed (strict durability), seed report loaded | ${fmt(verdictCommitMs)} |`,
      `| PDF page painted in the source pane (request → canvas): figures on other pages, then paging with the toolbar, alipay-2019-2020-excerpt.pdf | ${fmt(pageRenderMs)} |`,
      '',
      'Targets: a page under 200 ms. Measured in Debian Chromium, headless, through the Chromium shell.',
    ].join('\n');
    return { verdictCommitMs, pageRenderMs, markdown };
  } finally {
    await shell.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchReviewLatency().then(
    (result) => console.log(result.markdown),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
