import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

// "Every string translated", measured in the running app: under a Chinese OS every main view of the
// sample engagement (welcome, queue with its source, shortcuts, find, checks, overview, audit trail,
// document details, the role and new-engagement dialogs) is read as an auditor sees and hears it —
// visible text and the title, aria-label, placeholder and alt of visible elements — and any word of
// Latin letters is reported unless it is data (the report's own text, a figure as written, a file
// name, a note the auditor wrote, a key fingerprint) or a term that stays as it is in Chinese.

test.use({ osLocale: 'zh-CN' });

/** Emissions whose three scopes add up to the stated total: a check that holds. */
const SCOPES = '2022 财年，温室气体总排放量为 1324.9 万吨。其中，范围一排放为 92.7 万吨，范围二排放为 444.5 万吨，范围三排放为 787.7 万吨。\n';

/** Terms a Chinese UI writes as they are: the app's name, formats, hash and key names, units, currency codes (a single letter is a key: `j`, `c`). */
const KEPT = new Set([
  'Tickmark', 'CSV', 'PDF', 'HTML', 'DOCX', 'XLSX', 'TXT', 'JSON', 'ZIP', 'SHA', 'UTF', 'OCR', 'Markdown', 'Word', 'Excel',
  'Ctrl', 'Shift', 'Alt', 'Enter', 'Esc', 'Tab', 'Space', 'Page', 'Up', 'Down', 'Home', 'End', 'Cmd',
  'tCO2e', 'CO2e', 'kWh', 'MWh', 'GWh', 'kg', 'km', 'GJ', 'MB', 'KB', 'GB', 'CNY', 'RMB', 'USD', 'HKD', 'EUR',
]);

/**
 * Where data is shown, not UI text: the report's text, figures and their sentences, metrics read
 * from the report, file and engagement names, notes, fingerprints, evidence cells.
 */
const DATA = [
  '[data-i18n-data]',
  '.source-text',
  '.cell-unit',
  '.cell-document',
  'kbd',
  '[data-testid="source-highlight"]',
  '[data-testid="find-highlight"]',
  '.cell-figure',
  '.evidence-excerpt',
  '.evidence-text',
  '.find-hit-context',
  '.trail-figure',
  '[data-testid="figure-metric"]',
  'code',
  'mark',
  'pre',
].join(',');

interface Found {
  word: string;
  text: string;
  where: string;
}

/** Latin words a user can see or hear in `page` outside data, file names and kept terms. */
async function englishIn(page: Page, extraData: readonly string[] = []): Promise<Found[]> {
  const found = await page.evaluate(
    ({ data }) => {
      const out: { word: string; text: string; where: string }[] = [];
      const where = (element: Element) => {
        const parts: string[] = [];
        for (let at: Element | null = element; at && parts.length < 4; at = at.parentElement) {
          const id = at.getAttribute('data-testid') ?? at.getAttribute('aria-label') ?? at.className;
          parts.push(`${at.tagName.toLowerCase()}${id ? `[${String(id).slice(0, 40)}]` : ''}`);
        }
        return parts.join(' < ');
      };
      const visible = (element: Element) => element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
      const isData = (element: Element) => element.closest(data) !== null;
      const words = (text: string, element: Element) => {
        const stripped = text
          .replace(/[\w.-]*\.(txt|xlsx|xls|csv|pdf|docx|html?|md|png|jpe?g|tickmark|jsonl)\b/gi, ' ')
          .replace(/\b[0-9a-f]{8,}\b/gi, ' ');
        for (const match of stripped.matchAll(/[A-Za-z][A-Za-z'’-]*/g)) out.push({ word: match[0], text: text.trim().slice(0, 120), where: where(element) });
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim() || ['SCRIPT', 'STYLE'].includes(parent.tagName) || !visible(parent) || isData(parent)) continue;
        words(node.textContent, parent);
      }
      for (const element of Array.from(document.querySelectorAll('[title], [aria-label], [placeholder], [alt], [aria-description]'))) {
        if (!visible(element) || isData(element)) continue;
        for (const attribute of ['title', 'aria-label', 'placeholder', 'alt', 'aria-description']) {
          const value = element.getAttribute(attribute);
          if (value) words(value, element);
        }
      }
      return out;
    },
    { data: [DATA, ...extraData].join(',') },
  );
  const seen = new Set<string>();
  return found.filter(({ word, text }) => {
    const bare = word.replace(/[’'-]+$/, '');
    // An encoding or format name may be written in lower case (utf-8, pdf).
    const kept = bare.length < 2 || KEPT.has(bare) || KEPT.has(bare.toUpperCase());
    return !kept && !seen.has(word + text) && seen.add(word + text);
  });
}

async function expectChinese(page: Page, testInfo: TestInfo, view: string, extraData: readonly string[] = []): Promise<void> {
  const found = await englishIn(page, extraData);
  const path = testInfo.outputPath(`${view}.png`);
  await page.screenshot({ path });
  await testInfo.attach(view, { path, contentType: 'image/png' });
  expect.soft(found, `English in the Chinese ${view}`).toEqual([]);
}

test('every main view of the sample engagement speaks Chinese', async ({ app }, testInfo) => {
  const page = app.page;
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const welcome = page.getByRole('dialog', { name: '欢迎使用 Tickmark' });
  await expect(welcome).toBeVisible();
  await expectChinese(page, testInfo, 'welcome');
  await welcome.getByLabel('您的姓名').fill('王芳');
  await welcome.getByRole('radio', { name: /^编制人/ }).check();
  await welcome.getByRole('button', { name: '打开示例审计项目' }).click();
  await expect(welcome).toBeHidden();
  await expect(page.getByRole('region', { name: '导入任务' })).toContainText(/已导入 · [1-9][\d,]* 项数据/);
  await expect(page.getByRole('region', { name: '导入任务' })).toContainText(/已作为证据导入/);

  await page.keyboard.press('j');
  await expectChinese(page, testInfo, 'queue');

  await page.getByRole('region', { name: '原文' }).getByRole('button', { name: '详情' }).click();
  await expect(page.locator('#document-details')).toBeVisible();
  await expectChinese(page, testInfo, 'document-details');
  await page.getByRole('region', { name: '原文' }).getByRole('button', { name: '详情' }).click();

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: '键盘快捷键' })).toBeVisible();
  await expectChinese(page, testInfo, 'shortcuts');
  await page.keyboard.press('Escape');

  await page.keyboard.press('/');
  const find = page.getByRole('dialog', { name: /在报告中查找/ });
  await expect(find).toBeVisible();
  await page.keyboard.type('用户');
  await expect(find.getByRole('option').first()).toBeVisible();
  await expectChinese(page, testInfo, 'find');
  await page.keyboard.press('Escape');
  await expect(find).toBeHidden();

  // Two verdicts, one disputed with a note, so the overview and the trail have something to show.
  await page.keyboard.press('c');
  await expect(page.getByTestId('progress-counts')).toContainText('已确认 1');
  await page.keyboard.press('d');
  await page.keyboard.type('与附注不符');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('progress-counts')).toContainText('存疑 1');
  await expectChinese(page, testInfo, 'queue-decided');

  // A report whose emissions add up, so the checks view has a check to rely on.
  await page.locator('#import-files').setInputFiles({ name: 'scopes.txt', mimeType: 'text/plain', buffer: Buffer.from(SCOPES) });
  await page.getByTestId('checks-toggle').click();
  await expect(page.getByTestId('checks-toggle')).toHaveAttribute('aria-expanded', 'true');
  const holding = page.getByTestId('checks-list').locator('button[data-holds="true"]').first();
  await expect(holding).toBeVisible();
  await expectChinese(page, testInfo, 'checks');
  // Relying on a check that holds records its rule and line, sealed in English; its figure's
  // history (and below, the trail) say them in Chinese.
  await holding.click();
  await holding.press('c');
  await expect(page.getByTestId('progress-counts')).toContainText(/已确认 ([2-9]|\d\d)/);
  const history = page.getByRole('region', { name: '历史记录' });
  await expect(history).toContainText('自动核对');
  await expectChinese(page, testInfo, 'checks-relied-on');
  await page.getByTestId('checks-toggle').click();

  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: /概览/ });
  await expect(overview).toBeVisible();
  await expect(overview.getByTestId('progress-chart')).toBeVisible();
  await expectChinese(page, testInfo, 'overview');
  await page.keyboard.press('Escape');
  await expect(overview).toBeHidden();

  await page.keyboard.press('t');
  const trail = page.getByRole('dialog').last();
  await expect(trail).toBeVisible();
  await expectChinese(page, testInfo, 'audit-trail');
  // its latest events: the figures confirmed relying on the check, with its rule and line
  await trail.getByRole('list').evaluate((list) => list.scrollTo(0, list.scrollHeight));
  await expect(trail).toContainText('自动核对');
  await expectChinese(page, testInfo, 'audit-trail-latest');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /存储/ }).click();
  await expect(page.getByRole('dialog', { name: '存储' })).toBeVisible();
  await expectChinese(page, testInfo, 'storage');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+n');
  await expect(page.getByRole('dialog', { name: '新建审计项目' })).toBeVisible();
  await expectChinese(page, testInfo, 'new-engagement');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /王芳 · 编制人/ }).click();
  await expect(page.getByRole('dialog').last()).toBeVisible();
  await expectChinese(page, testInfo, 'role');
  await page.keyboard.press('Escape');
});
