import { appendFile, copyFile, cp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { JournalStatus } from '../shared/ipc/journal-schemas';
import { expect, test, type TickmarkApp } from './fixtures';
import { startEngagement } from './support/engagement';
import { invokeFromPage } from './support/page-api';

// "Never one copy": the Node side's journal keeps every event beside IndexedDB. Wipe or roll back
// the browser's database between runs, or tear the journal's last line, and the app says what
// happened and brings the work back.

const REPORT = fileURLToPath(new URL('../../shared/eval/dev/text/002_9968-16057.txt', import.meta.url));
const NOTE = '与附注7不符';
const TORN = '{"event":{"seq":99,"engagementId":"cut-off-by-a-crash';

const row = (page: Page, position: number) => page.locator(`[data-testid="figure-row"][aria-posinset="${position}"]`);
const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Saved' });

async function importReport(page: Page, outputPath: string): Promise<void> {
  await copyFile(REPORT, outputPath);
  await page.getByLabel(/Import reports/).setInputFiles(outputPath);
  await expect(page.getByRole('region', { name: 'Imports' })).toContainText(/Imported · \d+ figures/);
}

/** Confirm the figure at `position` in the queue, and wait until it is saved. */
async function confirm(page: Page, position: number): Promise<void> {
  await row(page, position).click();
  await page.keyboard.press('c');
  await expect(row(page, position)).toHaveAttribute('data-status', 'confirmed');
  await expect(saved(page)).toBeVisible();
}

/** Confirm the figure at `position`, then dispute the next one (a confirmation moves on to it). */
async function confirmThenDispute(page: Page, position: number): Promise<void> {
  await confirm(page, position);
  await page.keyboard.press('d');
  await page.keyboard.type(NOTE);
  await page.keyboard.press('Control+Enter');
  await expect(row(page, position + 1)).toHaveAttribute('data-status', 'disputed');
  await expect(saved(page)).toBeVisible();
}

/** The trail dialog's verdict on the chain, e.g. "Trail intact: 6 events". */
async function trailCheck(page: Page): Promise<string> {
  await page.keyboard.press('t');
  const dialog = page.getByRole('dialog', { name: /Audit trail/ });
  const check = dialog.getByRole('status');
  await expect(check).toContainText('Trail intact');
  const text = (await check.innerText()).trim();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return text;
}

async function journalStatus(page: Page): Promise<JournalStatus> {
  const answer = await invokeFromPage(page, 'journal:status', {});
  if (!('value' in answer)) throw new Error(answer.rejected);
  return answer.value;
}

/** The browser's IndexedDB folder in the profile: Chromium keeps it under Default/, Electron at the top. */
const indexedDbFolders = (app: TickmarkApp) => [join(app.userDataDir, 'Default', 'IndexedDB'), join(app.userDataDir, 'IndexedDB')];

async function wipeIndexedDb(app: TickmarkApp): Promise<void> {
  for (const folder of indexedDbFolders(app)) await rm(folder, { recursive: true, force: true });
}

test('a wiped database is offered back from the journal, every verdict and the trail with it', async ({ app }, testInfo) => {
  let page = app.page;
  await startEngagement(page, 'Alibaba ESG 2022');
  await importReport(page, testInfo.outputPath('alibaba-esg-2022-excerpt.txt'));
  await confirm(page, 1);
  await confirmThenDispute(page, 2);
  const trail = await trailCheck(page);

  await app.close();
  await wipeIndexedDb(app);
  page = await app.reopen();

  const banner = page.getByRole('region', { name: /database is empty, but the journal holds your work/ });
  await expect(banner).toContainText('“Alibaba ESG 2022”');
  await banner.getByRole('button', { name: 'Restore everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Restored 1 engagement \(\d+ events\) from the journal/ })).toBeVisible();

  // The auditor's name lived in the wiped database too: asked again, as on a first run.
  await page.getByLabel('Your name').fill('Mei Chen');
  await page.getByRole('button', { name: 'Start auditing' }).click();
  await expect(page.getByRole('dialog', { name: 'Welcome to Tickmark' })).toBeHidden();

  await expect(row(page, 1)).toHaveAttribute('data-status', 'confirmed');
  await expect(row(page, 2)).toHaveAttribute('data-status', 'confirmed');
  await expect(row(page, 3)).toHaveAttribute('data-status', 'disputed');
  expect(await trailCheck(page)).toBe(trail);
  await row(page, 3).click();
  await expect(page.getByRole('region', { name: 'History' })).toContainText(NOTE);
});

test('events a rolled-back database lost are restored from the journal without asking', async ({ app }, testInfo) => {
  let page = app.page;
  await startEngagement(page, 'Alibaba ESG 2022');
  await importReport(page, testInfo.outputPath('alibaba-esg-2022-excerpt.txt'));
  await confirm(page, 1);

  // The database as it stood then, kept aside while the app is closed.
  await app.close();
  const snapshot = testInfo.outputPath('indexeddb-snapshot');
  const [chromiumFolder, electronFolder] = indexedDbFolders(app);
  await cp(chromiumFolder!, join(snapshot, 'chromium'), { recursive: true }).catch(() => undefined);
  await cp(electronFolder!, join(snapshot, 'electron'), { recursive: true }).catch(() => undefined);

  page = await app.reopen();
  await confirmThenDispute(page, 2);
  const trail = await trailCheck(page);

  // The disk gives back the older database: the last two decisions are gone from it.
  await app.close();
  await wipeIndexedDb(app);
  await cp(join(snapshot, 'chromium'), chromiumFolder!, { recursive: true }).catch(() => undefined);
  await cp(join(snapshot, 'electron'), electronFolder!, { recursive: true }).catch(() => undefined);
  page = await app.reopen();

  await expect(page.getByRole('status').filter({ hasText: /Restored 2 events of “Alibaba ESG 2022” from the journal/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /journal holds your work/ })).toHaveCount(0);
  await expect(row(page, 1)).toHaveAttribute('data-status', 'confirmed');
  await expect(row(page, 2)).toHaveAttribute('data-status', 'confirmed');
  await expect(row(page, 3)).toHaveAttribute('data-status', 'disputed');
  expect(await trailCheck(page)).toBe(trail);
});

test('a torn last journal line is set aside and reported, and the journal goes on', async ({ app }, testInfo) => {
  let page = app.page;
  await startEngagement(page, 'Alibaba ESG 2022');
  await importReport(page, testInfo.outputPath('alibaba-esg-2022-excerpt.txt'));
  await confirm(page, 1);
  const before = await journalStatus(page);
  const [engagement] = before.engagements;
  const journalFile = join(before.journalDir, `${engagement!.engagementId}.jsonl`);

  // The app stopped in the middle of writing a line: no end of line, no closing brace.
  await app.close();
  await appendFile(journalFile, TORN);
  page = await app.reopen();

  const reported = page.getByRole('alert').filter({ hasText: 'ended in a write that was cut short' });
  await expect(reported).toContainText(`goes on from event ${engagement!.headSeq}`);
  await expect(row(page, 1)).toHaveAttribute('data-status', 'confirmed');
  await page.getByRole('button', { name: /Storage/ }).click();
  const storage = page.getByRole('dialog', { name: 'Storage' });
  await expect(storage.getByRole('list', { name: 'Journal problems' })).toContainText('cut short');
  await expect(storage).toContainText(before.dataDir);
  await expect(storage).toContainText(/Persistent|Not persistent/);
  await expect(storage).toContainText('Protected only by file permissions');
  await page.keyboard.press('Escape');

  // The torn bytes are kept aside, the journal ends on a whole line, and the next decision lands after it.
  const [aside] = await readdir(join(before.journalDir, 'set-aside'));
  expect(await readFile(join(before.journalDir, 'set-aside', aside!), 'utf8')).toBe(TORN);
  await confirm(page, 2);
  const lines = (await readFile(journalFile, 'utf8')).split('\n');
  expect(lines.pop()).toBe('');
  expect(lines.map((line) => (JSON.parse(line) as { event: { seq: number } }).event.seq)).toEqual(
    Array.from({ length: engagement!.headSeq + 1 }, (_, i) => i + 1),
  );

  page = await app.reopen();
  await expect(row(page, 2)).toHaveAttribute('data-status', 'confirmed');
  expect((await journalStatus(page)).problems).toEqual([]);
  await expect(page.getByRole('alert').filter({ hasText: 'cut short' })).toHaveCount(0);
});
