import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { normalizeFingerprint } from '../shared/audit/seal';
import { installationFingerprint, verifyTrailFile } from '../electron/backend/trail/verify-trail-file';
import { expect, test } from './fixtures';
import { startEngagement } from './support/engagement';

// The auditor's whole loop, through the UI only: import a real report, decide on figures with the
// keyboard, survive a reload and a restart, export the trail and read the CSV back.

const SEED_REPORT = fileURLToPath(new URL('../../shared/eval/dev/text/001_9944-20073.txt', import.meta.url));
const DISPUTE_NOTE = 'KPI table says 389 million, not 398 million';
const EVIDENCE = 'WP B-12, KPI table p. 4';

const queue = (page: Page) => page.getByRole('listbox', { name: 'Figures' });
const selectedRow = (page: Page) => queue(page).getByRole('option', { selected: true });
const rowAt = (page: Page, position: number) => page.locator(`[data-testid="figure-row"][aria-posinset="${position}"]`);

test('imports a report, confirms three figures, disputes one, keeps them across reload and restart, and exports the trail', async ({ app }, testInfo) => {
  await mkdir(testInfo.outputDir, { recursive: true });
  const reportPath = join(testInfo.outputDir, 'alipay-2019-2020-excerpt.txt');
  await copyFile(SEED_REPORT, reportPath);

  let page = app.page;
  await startEngagement(page, 'Alipay FY2020');
  await page.getByLabel(/Import reports/).setInputFiles(reportPath);
  await expect(page.getByRole('region', { name: 'Imports' })).toContainText(/Imported · \d+ figures/);
  await expect(selectedRow(page)).toHaveAttribute('aria-posinset', '1');

  // The first four figures, as the queue shows them.
  const figureTexts: string[] = [];
  for (let position = 1; position <= 4; position++) {
    figureTexts.push((await rowAt(page, position).locator('.cell-text').innerText()).trim());
  }

  for (let i = 0; i < 3; i++) await page.keyboard.press('c');
  await expect(page.getByTestId('progress-counts')).toContainText('3 confirmed');
  await expect(selectedRow(page)).toHaveAttribute('aria-posinset', '4');
  await expect(page.getByTestId('source-highlight')).toHaveText(figureTexts[3]!);

  await page.keyboard.press('d');
  await expect(page.getByLabel(/What is wrong with this figure/)).toBeFocused();
  await page.keyboard.type(DISPUTE_NOTE);
  await page.getByLabel(/Evidence reference/).fill(EVIDENCE);
  await page.getByLabel(/What is wrong with this figure/).press('Control+Enter');
  await expect(page.getByTestId('progress-counts')).toContainText('1 disputed');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const expectVerdicts = async (current: Page) => {
    for (const position of [1, 2, 3]) await expect(rowAt(current, position)).toHaveAttribute('data-status', 'confirmed');
    await expect(rowAt(current, 4)).toHaveAttribute('data-status', 'disputed');
    await expect(current.getByTestId('progress-counts')).toContainText('3 confirmed');
    await expect(current.getByTestId('progress-counts')).toContainText('1 disputed');
    await rowAt(current, 4).click();
    await expect(current.getByRole('region', { name: 'History' })).toContainText(DISPUTE_NOTE);
  };

  await page.reload();
  await expectVerdicts(page);

  page = await app.reopen();
  await expectVerdicts(page);

  await page.keyboard.press('Control+e');
  const exported = page.getByRole('status').filter({ hasText: 'Audit trail exported' });
  await expect(exported).toBeVisible();
  const savedPath = (await exported.locator('code').innerText()).trim();
  expect(savedPath.startsWith(app.saveDir)).toBe(true);

  const csv = await readFile(savedPath, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, unknown>>(csv.slice(1), { header: true, dynamicTyping: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const rows = parsed.data;
  expect(rows.map((row) => row.action)).toEqual([
    'engagement.created',
    'document.imported',
    'figure.confirmed',
    'figure.confirmed',
    'figure.confirmed',
    'figure.disputed',
    'trail.sealed',
  ]);
  expect(rows.map((row) => row.seq)).toEqual([1, 2, 3, 4, 5, 6, 'seal']);
  const decisions = rows.slice(2, -1);
  for (const row of decisions) {
    expect(row).toMatchObject({ document: 'alipay-2019-2020-excerpt.txt', actor: 'Mei Chen', role: 'preparer', from_status: 'open', form: 2 });
    expect(typeof row.value).toBe('number');
    expect(typeof row.figure_start).toBe('number');
    expect(row.document_sha256).toMatch(/^sha256:[0-9a-f]{64}$/);
  }
  expect(decisions.map((row) => row.figure_text)).toEqual(figureTexts.map((text) => (/^\d+(\.\d+)?$/.test(text) ? Number(text) : text)));
  expect(decisions.slice(0, 3).every((row) => row.to_status === 'confirmed')).toBe(true);
  expect(decisions[3]).toMatchObject({ to_status: 'disputed', note: DISPUTE_NOTE, evidence: EVIDENCE });
  expect(rows.at(-1)).toMatchObject({ actor: 'Mei Chen', sealed_events: 6, public_key: expect.stringMatching(/^ed25519:/) });

  // Whoever receives the CSV can check it alone: verify-trail says intact, with this installation's key.
  const own = await installationFingerprint(join(app.userDataDir, 'Tickmark'));
  expect(own).not.toBeNull();
  const trusted = new Set([normalizeFingerprint(own!)]);
  expect(await verifyTrailFile(savedPath, trusted)).toMatchObject({ ok: true, eventCount: 6, signer: 'Mei Chen', fingerprint: own });
  // One cell changed, and verify-trail names its row.
  const edited = join(app.saveDir, 'edited.csv');
  await writeFile(edited, csv.replace(DISPUTE_NOTE, 'KPI table agrees'));
  expect(await verifyTrailFile(edited, trusted)).toMatchObject({ ok: false, row: 7 });

  // The export is itself an event (after the engagement came to trust this key), and the chain still holds.
  await page.keyboard.press('t');
  await expect(page.getByRole('dialog', { name: /Audit trail/ })).toContainText('Trail intact: 8 events');
});

test('adds a figure the extractor missed from the source text, and dismisses a false one with a reason', async ({ app }, testInfo) => {
  await mkdir(testInfo.outputDir, { recursive: true });
  const reportPath = join(testInfo.outputDir, 'water.txt');
  // "half a megatonne" is a claim the extractor does not see; the auditor records it by hand.
  await writeFile(reportPath, 'In 2023 the group used 1,200 m³ of water.\nEmissions were cut by half a megatonne, and waste by 8%.\n');
  const page = app.page;
  await startEngagement(page, 'Water');
  await page.getByLabel(/Import reports/).setInputFiles(reportPath);
  await expect(page.getByRole('region', { name: 'Imports' })).toContainText(/Imported · \d+ figures/);
  const before = Number(await rowAt(page, 1).getAttribute('aria-setsize'));

  // Select "half a megatonne" in the source view, as the auditor would with the mouse.
  await page.locator('#source-text').evaluate((container) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf('half a megatonne');
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'half a megatonne'.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
    throw new Error('"half a megatonne" is not plain text in the source view: has the extractor learned it?');
  });
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog', { name: /Add a figure/ });
  await expect(dialog).toContainText('half a megatonne');
  await dialog.getByLabel('Value', { exact: true }).fill('0.5');
  await dialog.getByLabel('Unit').fill('MtCO2e');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(rowAt(page, 1)).toHaveAttribute('aria-setsize', String(before + 1));
  await expect(page.getByTestId('source-highlight')).toHaveText('half a megatonne');
  await expect(selectedRow(page)).toContainText('MtCO2e');
  await expect(selectedRow(page)).toContainText('0.5');

  // Say the first figure is a false one: dismiss it with a reason. It leaves the queue for its own filter.
  await rowAt(page, 1).click();
  const firstText = (await rowAt(page, 1).locator('.cell-text').innerText()).trim();
  await page.keyboard.press('x');
  await page.keyboard.type('A year, not a claim');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('progress-counts')).toContainText('1 dismissed');
  await page.getByLabel('Status').selectOption('dismissed');
  await expect(rowAt(page, 1)).toHaveAttribute('data-status', 'dismissed');
  await expect(rowAt(page, 1)).toContainText(firstText);

  await page.keyboard.press('t');
  const trail = page.getByRole('dialog', { name: /Audit trail/ });
  await expect(trail).toContainText('Figure added');
  await expect(trail).toContainText('Not a figure');
  await expect(trail).toContainText('A year, not a claim');
  await expect(trail).toContainText('Trail intact: 4 events');
});
