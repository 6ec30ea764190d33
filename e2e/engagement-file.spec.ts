import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { normalizeFingerprint } from '../shared/audit/seal';
import { installationFingerprint, verifyTrailFile } from '../electron/backend/trail/verify-trail-file';
import { expect, test } from './fixtures';
import { startEngagement } from './support/engagement';

// The engagement file: the figures summary beside the sealed trail, and the whole engagement carried
// to another laptop as one archive, where it opens as it was, its seal's key named, and a second
// import of the same archive changes nothing.

const DISPUTE_NOTE = 'The inventory says 29,951 tCO2e';
const row = (page: Page, position: number) => page.locator(`[data-testid="figure-row"][aria-posinset="${position}"]`);
const savedPath = async (page: Page, hasText: string) => {
  const notice = page.getByRole('status').filter({ hasText });
  await expect(notice).toBeVisible();
  return (await notice.locator('code').first().innerText()).trim();
};

test('exports the figures summary and an archive that another profile imports whole, once', async ({ app }, testInfo) => {
  const report = testInfo.outputPath('emissions.txt');
  await writeFile(report, 'Scope 1 emissions were 4,300 tCO2e.\nScope 2 emissions were 29591.48 tCO2e.\nWaste fell by 8%.\n');
  let page = app.page;
  await startEngagement(page, 'Carry FY2022');
  await page.getByLabel(/Import reports/).setInputFiles(report);
  await expect(page.getByRole('region', { name: 'Imports' })).toContainText(/Imported · 3 figures/);
  await row(page, 1).click();
  await page.keyboard.press('c');
  await page.keyboard.press('d');
  await page.keyboard.type(DISPUTE_NOTE);
  await page.keyboard.press('Control+Enter');
  await expect(row(page, 2)).toHaveAttribute('data-status', 'disputed');

  // The figures summary: one row per figure, where each stands and who decided it.
  await page.keyboard.press('Control+Shift+E');
  const summary = Papa.parse<Record<string, string>>((await readFile(await savedPath(page, 'Figures summary exported'), 'utf8')).slice(1), { header: true, skipEmptyLines: true });
  expect(summary.errors).toEqual([]);
  expect(summary.data.map((figure) => [figure.figure_text, figure.status, figure.preparer])).toEqual([
    ['4,300 tCO2e', 'confirmed', 'Mei Chen'],
    ['29591.48 tCO2e', 'disputed', 'Mei Chen'],
    ['8%', 'open', ''],
  ]);
  expect(summary.data[1]).toMatchObject({ note: DISPUTE_NOTE, review: 'unreviewed', document: 'emissions.txt' });

  // The archive, sealed with this installation's key.
  await page.keyboard.press('Control+Shift+S');
  const archive = await savedPath(page, 'Archive of “Carry FY2022”');
  expect(archive.endsWith('.tickmark')).toBe(true);
  const fingerprint = await installationFingerprint(join(app.userDataDir, 'Tickmark'));
  expect(await verifyTrailFile(archive, new Set([normalizeFingerprint(fingerprint!)]))).toMatchObject({ ok: true, signer: 'Mei Chen' });

  // Another laptop: a profile with nothing in it, neither database nor journal.
  await app.close();
  await rm(app.userDataDir, { recursive: true, force: true });
  page = await app.reopen();
  await page.getByLabel('Your name').fill('Wang Fang');
  await page.getByRole('button', { name: 'Start auditing' }).click();
  await expect(page.getByRole('dialog', { name: 'Welcome to Tickmark' })).toBeHidden();
  await page.locator('#archive-import-input').setInputFiles(archive);
  const imported = page.getByRole('status').filter({ hasText: 'Imported' });
  await expect(imported).toContainText(/Imported \d+ events of “Carry FY2022” from .*\.tickmark, sealed by Mei Chen/);
  await expect(imported).toContainText(`key ${fingerprint}, which this engagement does not trust yet`);
  await expect(row(page, 2)).toHaveAttribute('data-status', 'disputed');
  await expect(row(page, 1)).toHaveAttribute('data-status', 'confirmed');

  // Wang Fang joins as reviewer and vouches for Mei Chen's key.
  await page.getByRole('button', { name: /Wang Fang · choose a role/ }).click();
  const roleDialog = page.getByRole('dialog', { name: /Your role in Carry FY2022/ });
  await roleDialog.getByRole('radio', { name: /Reviewer/ }).check();
  await roleDialog.getByRole('button', { name: 'Join as reviewer' }).click();
  await expect(roleDialog).toBeHidden();
  await imported.getByRole('button', { name: 'Trust this key' }).click();
  await expect(page.getByRole('status').filter({ hasText: `now trusts Mei Chen's key ${fingerprint}` })).toBeVisible();

  // The same archive again changes nothing.
  await page.keyboard.press('t');
  const trail = page.getByRole('dialog', { name: /Audit trail/ });
  // The dialog verifies the trail after it opens: read the count once it says so.
  await expect(trail).toContainText(/Trail intact: \d+ events/);
  const before = (await trail.innerText()).match(/Trail intact: (\d+) events/)?.[1];
  expect(before).toBeDefined();
  await page.keyboard.press('Escape');
  await page.locator('#archive-import-input').setInputFiles(archive);
  await expect(page.getByRole('status').filter({ hasText: 'adds nothing' })).toContainText('this computer already has all of “Carry FY2022”, and 2 later events');
  await page.keyboard.press('t');
  await expect(trail).toContainText(`Trail intact: ${before} events`);
});

test('says why a file is no archive in the UI’s language, from the reason the Node side gives', async ({ app }, testInfo) => {
  const page = app.page;
  await startEngagement(page, 'Carry FY2022');
  const notArchive = async (name: string) => {
    const path = testInfo.outputPath(name);
    await writeFile(path, 'Scope 1 emissions were 4,300 tCO2e.\n');
    await page.locator('#archive-import-input').setInputFiles(path);
    return page.getByRole('alert').filter({ hasText: name });
  };
  await expect(await notArchive('notes.tickmark')).toContainText('notes.tickmark was not imported: it is not a Tickmark archive (archives are ZIP files)');
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(await notArchive('memo.tickmark')).toContainText('memo.tickmark 未能导入：这不是 Tickmark 归档（归档为 ZIP 文件）');
});

