import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from '../../e2e/fixtures';
import { selectFigureByText } from '../../e2e/support/engagement';

// The README's pictures, taken from the app as it is: the queue beside a PDF page with the selected
// figure highlighted, the Checks view with its mismatch, the engagement overview, and the same work
// in the Chinese UI. The sample engagement and a real PDF excerpt give them content; a few verdicts
// give the overview something to show. Each PNG is reduced to a palette image so the repository stays small.

const OUT = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url));
const PDF = fileURLToPath(new URL('../../../shared/fixtures/pdf/alipay-2019-2020-excerpt.pdf', import.meta.url));

async function save(page: Page, name: string): Promise<void> {
  const png = await page.screenshot();
  await sharp(png).png({ palette: true, colours: 128, compressionLevel: 9, effort: 10 }).toFile(OUT(name));
}

test('README screenshots', async ({ app }) => {
  const page = app.page;
  await page.getByLabel('Your name').fill('Mei Chen');
  await page.getByRole('button', { name: 'Open the sample engagement' }).click();
  const imports = page.getByRole('region', { name: 'Imports' });
  await expect(imports).toContainText(/Imported · [1-9][\d,]* figures/);

  // Decisions on the sample's report, a little apart so the overview's chart has a time axis.
  const counts = page.getByTestId('progress-counts');
  for (const key of ['c', 'c', 'c', 'd']) {
    await page.keyboard.press(key);
    if (key === 'd') {
      await expect(page.getByLabel(/What is wrong with this figure/)).toBeFocused();
      await page.keyboard.type('The workbook gives another number for the same year.');
      await page.keyboard.press('Control+Enter');
    }
    await page.waitForTimeout(1500);
  }
  await expect(counts).toContainText('3 confirmed');
  await expect(counts).toContainText('1 disputed');

  // A real PDF report beside the sample: the queue with its page, the figure highlighted on it.
  await page.getByLabel(/Import reports/).setInputFiles(PDF);
  await expect(imports).toContainText(/alipay-2019-2020-excerpt\.pdf\s*Imported · \d+ figures/, { timeout: 90_000 });
  await page.getByLabel('Document').selectOption({ label: 'alipay-2019-2020-excerpt.pdf' });
  await selectFigureByText(page, '389 million');
  const view = page.locator('.source .tm-pdf-view');
  await expect(view).toHaveAttribute('data-state', 'rendered');
  await expect(view.getByTestId('pdf-highlight').first()).toBeVisible();
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await save(page, 'queue-pdf-source.png');

  // The Checks view over the same report: the text's 398 million against the KPI table's 389 million first.
  await page.getByTestId('checks-toggle').click();
  await expect(page.getByTestId('checks-list').locator('button[data-holds="false"]').first()).toContainText('389 million');
  await page.getByTestId('checks-toggle').evaluate((toggle) => toggle.scrollIntoView({ block: 'start' }));
  await save(page, 'checks.png');
  await page.getByTestId('checks-toggle').click();

  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: /Overview of/ });
  await expect(overview.getByTestId('progress-chart')).toBeVisible();
  await save(page, 'overview.png');
  await page.keyboard.press('Escape');
  await expect(overview).toBeHidden();

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('region', { name: '待核对数据' })).toBeVisible();
  await expect(view).toHaveAttribute('data-state', 'rendered');
  await save(page, 'chinese-ui.png');
});
