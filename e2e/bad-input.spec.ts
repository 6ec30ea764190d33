import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startEngagement } from './support/engagement';

// Each bad file is refused with a message naming it and the reason, and nothing already in the
// engagement changes: not its figures, not their verdicts, not after a reload.

const fixture = (path: string) => fileURLToPath(new URL(`../../shared/${path}`, import.meta.url));
const SEED_REPORT = fixture('eval/dev/text/001_9944-20073.txt');

const imports = (page: Page) => page.getByRole('region', { name: 'Imports' });
const rowAt = (page: Page, position: number) => page.locator(`[data-testid="figure-row"][aria-posinset="${position}"]`);

/** The engagement as the auditor sees it: the counts, and the first rows' statuses. */
async function snapshot(page: Page) {
  const statuses: (string | null)[] = [];
  for (let position = 1; position <= 3; position++) statuses.push(await rowAt(page, position).getAttribute('data-status'));
  return {
    counts: await page.getByTestId('progress-counts').innerText(),
    size: await rowAt(page, 1).getAttribute('aria-setsize'),
    documents: await page.getByLabel('Document').locator('option').allInnerTexts(),
    statuses,
  };
}

test('bad files are refused with a message naming each, and the engagement is left as it was', async ({ app }, testInfo) => {
  const dir = testInfo.outputPath('files');
  await mkdir(dir, { recursive: true });
  const good = join(dir, 'alipay-2019-2020-excerpt.txt');
  await copyFile(SEED_REPORT, good);
  const page = app.page;

  await startEngagement(page, 'Bad input');
  await page.getByLabel(/Import reports/).setInputFiles(good);
  await expect(imports(page)).toContainText(/Imported · \d+ figures/);
  await page.keyboard.press('c');
  await page.keyboard.press('d');
  await page.keyboard.type('Does not match the KPI table');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('progress-counts')).toContainText('1 disputed');
  const before = await snapshot(page);
  expect(before.statuses).toEqual(['confirmed', 'disputed', 'open']);
  await page.getByRole('button', { name: 'Clear finished imports' }).click();

  const expectRefused = async (file: string, reason: RegExp) => {
    const alert = imports(page).getByRole('alert').filter({ hasText: file });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(reason);
  };

  // Empty and binary files, as they are.
  const empty = join(dir, 'empty.txt');
  const garbage = join(dir, 'binary-garbage.txt');
  await copyFile(fixture('fixtures/bad/empty.txt'), empty);
  await copyFile(fixture('fixtures/bad/binary-garbage.txt'), garbage);
  await page.getByLabel(/Import reports/).setInputFiles([empty, garbage]);
  await expectRefused('empty.txt', /empty/i);
  await expectRefused('binary-garbage.txt', /text|binary|read/i);

  // A format Tickmark does not read.
  const spreadsheet = join(dir, 'kpi-table.xlsx');
  await writeFile(spreadsheet, 'Scope 1 emissions,4300 tCO2e\n');
  await page.getByLabel(/Import reports/).setInputFiles(spreadsheet);
  await expectRefused('kpi-table.xlsx', /format|support|\.xlsx/i);

  // The same report again.
  await page.getByLabel(/Import reports/).setInputFiles(good);
  await expectRefused('alipay-2019-2020-excerpt.txt', /already in this engagement/);

  // A file deleted after it was chosen: chosen through a file input the test adds (so the File is
  // backed by the file on disk), deleted, then dropped on the window for the app to read.
  const vanishing = join(dir, 'vanishing-report.txt');
  await writeFile(vanishing, 'Water use fell 12% to 1.2 million m³ in 2023.\n');
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'e2e-chooser';
    input.hidden = true;
    document.body.append(input);
  });
  await page.locator('#e2e-chooser').setInputFiles(vanishing);
  await rm(vanishing);
  await page.evaluate(() => {
    const input = document.getElementById('e2e-chooser') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(input.files![0]!);
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await expectRefused('vanishing-report.txt', /could not be read/);

  expect(await snapshot(page)).toEqual(before);
  await page.reload();
  await expect(rowAt(page, 1)).toBeVisible();
  expect(await snapshot(page)).toEqual(before);
});
