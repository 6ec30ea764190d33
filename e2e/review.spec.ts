import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startEngagement } from './support/engagement';

// Preparer and reviewer in one engagement, through the UI only: the preparer decides, the same
// person becomes the reviewer, signs off one decision, sends one back with a note and signs off a
// whole report at once; the queue filters by review, the history names each role; a reload keeps it all.

const SEND_BACK_NOTE = 'Tie it to the emissions table on p. 12';
const DISPUTE_NOTE = 'The inventory says 29,951 tCO2e';

const row = (page: Page, position: number) => page.locator(`[data-testid="figure-row"][aria-posinset="${position}"]`);
const selectedRow = (page: Page) => page.getByRole('listbox', { name: 'Figures' }).getByRole('option', { selected: true });
const reviewFilter = (page: Page) => page.getByRole('combobox', { name: /^Review/ });
const history = (page: Page) => page.getByRole('region', { name: 'History' });

test('a preparer decides, the reviewer signs off, sends back and signs off a report, and it all survives a reload', async ({ app }, testInfo) => {
  const water = testInfo.outputPath('water.txt');
  const emissions = testInfo.outputPath('emissions.txt');
  await writeFile(water, 'Water use was 1,200 m³ in the year.\nEmissions fell to 29591.48 tCO2e.\nWaste fell by 8%.\n');
  await writeFile(emissions, 'Scope 1 emissions were 4,300 tCO2e.\nScope 2 emissions were 5,100 tCO2e.\n');

  let page = app.page;
  await startEngagement(page, 'Review FY2023');
  await expect(page.getByRole('button', { name: /Mei Chen · Preparer/ })).toBeVisible();
  await page.getByLabel(/Import reports/).setInputFiles([water, emissions]);
  await expect(page.getByRole('region', { name: 'Imports' }).getByText(/Imported · \d+ figures/)).toHaveCount(2);
  await expect(row(page, 5)).toBeVisible();

  // The preparer: confirm, dispute with a note, confirm the rest.
  await row(page, 1).click();
  await page.keyboard.press('c');
  await expect(selectedRow(page)).toHaveAttribute('aria-posinset', '2');
  await page.keyboard.press('d');
  await page.keyboard.type(DISPUTE_NOTE);
  await page.keyboard.press('Control+Enter');
  await expect(row(page, 2)).toHaveAttribute('data-status', 'disputed');
  await page.keyboard.press('j');
  for (let i = 0; i < 3; i++) await page.keyboard.press('c');
  for (const position of [1, 3, 4, 5]) await expect(row(page, position)).toHaveAttribute('data-status', 'confirmed');

  // Signing off is the reviewer's work.
  await row(page, 1).click();
  await page.keyboard.press('s');
  await expect(page.getByRole('complementary', { name: 'Verdict' }).getByRole('alert')).toContainText("signing off and sending back is the reviewer's work");

  // The same person becomes the reviewer of this engagement.
  await page.getByRole('button', { name: /Mei Chen · Preparer/ }).click();
  const roleDialog = page.getByRole('dialog', { name: /Your role in Review FY2023/ });
  await expect(roleDialog.getByRole('radio', { name: /Reviewer/ })).toBeChecked();
  await roleDialog.getByRole('button', { name: 'Become reviewer' }).click();
  await expect(roleDialog).toBeHidden();
  await expect(page.getByRole('button', { name: /Mei Chen · Reviewer/ })).toBeVisible();

  // A reviewer cannot decide, but signs off (and moves on to the next decision awaiting review) ...
  await row(page, 1).click();
  await page.keyboard.press('c');
  await expect(page.getByRole('complementary', { name: 'Verdict' }).getByRole('alert')).toContainText("the preparer's work");
  await expect(row(page, 1)).toHaveAttribute('data-status', 'confirmed');
  await page.keyboard.press('s');
  await expect(row(page, 1)).toHaveAttribute('data-review', 'signed_off');
  await expect(selectedRow(page)).toHaveAttribute('aria-posinset', '2');

  // ... sends the disputed figure back with a note ...
  await page.keyboard.press('b');
  await expect(page.getByLabel(/What should the preparer look at again/)).toBeFocused();
  await page.keyboard.type(SEND_BACK_NOTE);
  await page.keyboard.press('Control+Enter');
  await expect(row(page, 2)).toHaveAttribute('data-review', 'sent_back');

  // ... and signs off every decision of the second report at once.
  await row(page, 4).click();
  await page.keyboard.press('Shift+S');
  await expect(page.getByTestId('report-review')).toContainText('Sign off the 2 decisions of emissions.txt awaiting review (2 confirmed)');
  await page.keyboard.press('Control+Enter');
  await expect(row(page, 4)).toHaveAttribute('data-review', 'signed_off');
  await expect(row(page, 5)).toHaveAttribute('data-review', 'signed_off');
  await expect(row(page, 3)).toHaveAttribute('data-review', 'unreviewed');

  const expectReviewed = async (current: Page) => {
    await expect(reviewFilter(current).locator('option')).toHaveText(['Any review (5)', 'Unreviewed (1)', 'Signed off (3)', 'Sent back (1)']);
    await reviewFilter(current).selectOption('signed_off');
    await expect(current.getByTestId('figure-row')).toHaveCount(3);
    await reviewFilter(current).selectOption('sent_back');
    await expect(current.getByTestId('figure-row')).toHaveCount(1);
    await row(current, 1).click();
    await expect(current.getByTestId('review-note')).toContainText(SEND_BACK_NOTE);
    await expect(history(current)).toContainText('Sent back');
    await expect(history(current)).toContainText('Mei Chen (reviewer)');
    await expect(history(current)).toContainText(SEND_BACK_NOTE);
    await expect(history(current)).toContainText('Disputed');
    await expect(history(current)).toContainText('Mei Chen (preparer)');
    await reviewFilter(current).selectOption('all');
  };
  await expectReviewed(page);

  await page.reload();
  page = app.page;
  await expect(page.getByRole('button', { name: /Mei Chen · Reviewer/ })).toBeVisible();
  await expectReviewed(page);

  // 13 events: created, 2 imports, 5 decisions, the role taken, 4 reviews; the chain holds.
  await page.keyboard.press('t');
  const trail = page.getByRole('dialog', { name: /Audit trail/ });
  await expect(trail).toContainText('Trail intact: 13 events');
  await expect(trail).toContainText('Joined the engagement');
});
