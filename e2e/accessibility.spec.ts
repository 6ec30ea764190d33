import { fileURLToPath } from 'node:url';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible } from './support/axe';
import { startEngagement } from './support/engagement';

// axe-core on every main view, in English and in Chinese: the first run, the empty engagement, the
// queue with a PDF's page and with a text report, and each dialog. No serious or critical violation
// may remain; each view's report is attached to the test.

const PDF = fileURLToPath(new URL('../../shared/fixtures/pdf/alipay-2019-2020-excerpt.pdf', import.meta.url));

async function checkDialog(page: Page, testInfo: TestInfo, open: () => Promise<void>, name: string | RegExp, view: string): Promise<void> {
  await open();
  await expect(page.getByRole('dialog', { name })).toBeVisible();
  await expectAccessible(page, testInfo, view);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name })).toBeHidden();
}

test('every main view passes axe with no serious or critical violation', async ({ app }, testInfo) => {
  // Twelve axe runs over a page of a few hundred nodes each: about a minute alone on two cores.
  test.setTimeout(180_000);
  const page = app.page;
  await expect(page.getByRole('dialog', { name: 'Welcome to Tickmark' })).toBeVisible();
  await expectAccessible(page, testInfo, 'first run');

  await startEngagement(page, 'Accessible FY2020');
  await expectAccessible(page, testInfo, 'empty engagement');

  await page.getByLabel(/Import reports/).setInputFiles(PDF);
  await expect(page.getByRole('region', { name: 'Imports' }).getByText(/Imported · \d+ figures/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Source' }).locator('.tm-pdf-view')).toHaveAttribute('data-state', 'rendered');
  await expectAccessible(page, testInfo, 'queue and PDF page');

  await page.getByRole('region', { name: 'Source' }).getByRole('button', { name: 'Text', exact: true }).click();
  await expect(page.getByTestId('source-highlight')).toBeVisible();
  await expectAccessible(page, testInfo, 'queue and source text');

  await page.keyboard.press('d');
  await expectAccessible(page, testInfo, 'dispute note');
  await page.keyboard.press('Escape');

  await checkDialog(page, testInfo, () => page.keyboard.press('?'), 'Keyboard shortcuts', 'shortcuts');
  await checkDialog(page, testInfo, () => page.keyboard.press('t'), /^Audit trail/, 'audit trail');
  await checkDialog(page, testInfo, () => page.getByRole('button', { name: /Storage/ }).click(), 'Storage', 'storage');
  await checkDialog(page, testInfo, () => page.getByRole('button', { name: /Mei Chen · Preparer/ }).click(), /^Your role in/, 'role');
  await checkDialog(page, testInfo, () => page.getByRole('button', { name: '+ New' }).click(), 'New engagement', 'new engagement');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('region', { name: '待核对数据' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expectAccessible(page, testInfo, 'queue in Chinese');
  await checkDialog(page, testInfo, () => page.keyboard.press('?'), '键盘快捷键', 'shortcuts in Chinese');
});

test('the language chosen in the app is kept across a restart, and English stays the default for an English OS', async ({ app }) => {
  let page = app.page;
  await expect(page.getByRole('dialog', { name: 'Welcome to Tickmark' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Your name').fill('王芳');
  await page.getByRole('button', { name: 'Start auditing' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '新建审计项目' })).toBeVisible();

  page = await app.reopen();
  await expect(page.getByRole('heading', { name: '新建审计项目' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Start an engagement' })).toBeVisible();
});
