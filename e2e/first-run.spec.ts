import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { exportedTrailRows } from './support/engagement';

// The first-run promise, measured: from an empty profile a new auditor walks the whole
// loop on the bundled sample engagement — name and role, the sample, a figure, its place in the
// source, a verdict, the exported trail — with the keyboard alone (no click anywhere), once under
// an English OS and once under a Chinese one, where every step speaks Chinese. Screenshots of each
// step are attached to the test's report.

interface Words {
  osLocale: string;
  lang: string;
  name: string;
  welcome: string;
  yourName: string;
  preparer: RegExp;
  openSample: string;
  imports: string;
  importedFigures: RegExp;
  figures: string;
  source: string;
  shortcuts: string;
  oneConfirmed: string;
  trailExported: RegExp;
  exportDetail: RegExp;
}

const ENGLISH: Words = {
  osLocale: 'en-US',
  lang: 'en',
  name: 'Mei Chen',
  welcome: 'Welcome to Tickmark',
  yourName: 'Your name',
  preparer: /^Preparer/,
  openSample: 'Open the sample engagement',
  imports: 'Imports',
  importedFigures: /Imported · [1-9][\d,]* figures/,
  figures: 'Figures',
  source: 'Source',
  shortcuts: 'Keyboard shortcuts',
  oneConfirmed: '1 confirmed',
  trailExported: /^Audit trail exported/,
  exportDetail: /\d+ events, sealed with key/,
};

const CHINESE: Words = {
  osLocale: 'zh-CN',
  lang: 'zh-CN',
  name: '王芳',
  welcome: '欢迎使用 Tickmark',
  yourName: '您的姓名',
  preparer: /^编制人/,
  openSample: '打开示例审计项目',
  imports: '导入任务',
  importedFigures: /已导入 · [1-9][\d,]* 项数据/,
  figures: '数据',
  source: '原文',
  shortcuts: '键盘快捷键',
  oneConfirmed: '已确认 1',
  trailExported: /^审计轨迹已导出/,
  exportDetail: /\d+ 项事件，以密钥 .+ 封签/,
};

const compact = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** A screenshot kept in the test's output folder (test-results/…) and attached to its report. */
async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Press Tab until `target` has the focus, as a keyboard user would; fails past `max` presses. */
async function tabTo(page: Page, target: Locator, max = 12): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

for (const words of [ENGLISH, CHINESE]) {
  test.describe(`under a ${words.osLocale} OS`, () => {
    test.use({ osLocale: words.osLocale });

    test(`a new auditor walks the sample engagement to an exported trail with the keyboard alone (${words.lang})`, async ({ app }, testInfo) => {
      const page = app.page;
      await expect(page.locator('html')).toHaveAttribute('lang', words.lang);

      // Welcome: the name field has the focus; the role is chosen with the arrows; Enter opens the sample.
      const welcome = page.getByRole('dialog', { name: words.welcome });
      await expect(welcome).toBeVisible();
      const nameField = welcome.getByLabel(words.yourName);
      await expect(nameField).toBeFocused();
      await page.keyboard.type(words.name);
      const preparer = welcome.getByRole('radio', { name: words.preparer });
      await tabTo(page, preparer);
      await page.keyboard.press('Space');
      await expect(preparer).toBeChecked();
      await snap(page, testInfo, `1-welcome-${words.lang}`);
      await tabTo(page, welcome.getByRole('button', { name: words.openSample }));
      await page.keyboard.press('Enter');
      await expect(welcome).toBeHidden();

      // The sample's report and workbook import from the app's own files; the first figure is selected.
      await expect(page.getByRole('region', { name: words.imports })).toContainText(words.importedFigures);
      const selected = page.getByRole('listbox', { name: words.figures }).getByRole('option', { selected: true });
      await expect(selected).toBeVisible();

      // The shortcuts the welcome pointed to, then back to the queue.
      await page.keyboard.press('?');
      const shortcuts = page.getByRole('dialog', { name: words.shortcuts });
      await expect(shortcuts).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(shortcuts).toBeHidden();

      // A figure, shown highlighted in its source.
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      const figureText = compact(await selected.locator('.cell-text').innerText());
      const highlight = page.getByRole('region', { name: words.source }).getByTestId('source-highlight');
      await expect(highlight).toBeInViewport();
      expect(compact(await highlight.innerText())).toBe(figureText);
      await snap(page, testInfo, `2-figure-in-source-${words.lang}`);

      // A verdict.
      await page.keyboard.press('c');
      await expect(page.getByTestId('progress-counts')).toContainText(words.oneConfirmed);
      await snap(page, testInfo, `3-confirmed-${words.lang}`);

      // The sealed trail, exported with Ctrl+E, read back through papaparse.
      const rows = await exportedTrailRows(page, words.trailExported);
      const notice = page.getByRole('status').filter({ hasText: words.trailExported });
      await expect(notice).toContainText(words.exportDetail);
      await snap(page, testInfo, `4-exported-${words.lang}`);
      const confirmed = rows.filter((row) => row.action === 'figure.confirmed');
      expect(confirmed).toHaveLength(1);
      expect(compact(String(confirmed[0]!.figure_text))).toBe(figureText);
      expect(confirmed[0]).toMatchObject({ actor: words.name, role: 'preparer', from_status: 'open', to_status: 'confirmed', document: 'ant-financial-2016-excerpt.txt' });
      expect(rows.filter((row) => row.action === 'document.imported').length).toBeGreaterThanOrEqual(1);
      expect(rows.at(-1)).toMatchObject({ action: 'trail.sealed', actor: words.name });
    });
  });
}
