import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { startEngagement } from './support/engagement';

// A confirmation moves the selection on at once, but the queue draws the move only once the
// save's transaction committed (while the journal's fsync is under way), and the verdict panel
// renders the next figure only once "Saved" shows (or, on a save slower than their hold limits,
// after those): drawn first, those renders would sit between the keystroke and "Saved". Timed in
// the page itself.

const REPORT = fileURLToPath(new URL('../../shared/eval/dev/text/002_9968-16057.txt', import.meta.url));
/** renderer/src/features/verdict/shown-figure.ts */
const HOLD_LIMIT_MS = 100;
/** renderer/src/features/queue/shown-cursor.ts */
const CURSOR_HOLD_LIMIT_MS = 50;
const CONFIRMATIONS = 5;

interface Timings {
  key: number;
  /** When the save's IndexedDB transaction committed (the app's own User Timing measure). */
  committed: number;
  rowMoved: number;
  saved: number;
  panelMoved: number;
}

test('after a confirmation the queue moves once its transaction committed and the verdict panel once it is saved', async ({ app }, testInfo) => {
  const { page } = app;
  await startEngagement(page, 'Save order');
  const report = testInfo.outputPath('report.txt');
  await copyFile(REPORT, report);
  await page.getByLabel(/Import reports/).setInputFiles(report);
  await expect(page.getByRole('region', { name: 'Imports' })).toContainText(/Imported · \d+ figures/);
  await page.getByTestId('figure-row').first().click();
  const panelText = page.getByRole('complementary', { name: 'Verdict' }).locator('.figure-text');
  const selectedText = page.getByRole('listbox', { name: 'Figures' }).getByRole('option', { selected: true }).locator('.cell-text');

  for (let i = 0; i < CONFIRMATIONS; i++) {
    await expect(panelText).toHaveText(await selectedText.innerText());
    // Watch the selected row, the panel's figure and the save indicator from the key press on.
    // Installed before the key is pressed; the key's timings are read after.
    await page.evaluate(() => {
      Object.assign(window, {
        tickmarkSaveOrder: new Promise<Timings>((settle) => {
          const times: Partial<Timings> = {};
          let saving = false;
          const panel = document.querySelector('.verdict .figure-text')!;
          const status = document.querySelector('.save-indicator')!;
          const list = document.querySelector('[role=listbox]')!;
          const firstRow = list.getAttribute('aria-activedescendant');
          const firstPanel = panel.textContent;
          window.addEventListener('keydown', (event) => (times.key = event.timeStamp), { capture: true, once: true });
          new MutationObserver((_, observer) => {
            const now = performance.now();
            if (times.rowMoved === undefined && list.getAttribute('aria-activedescendant') !== firstRow) times.rowMoved = now;
            if (times.panelMoved === undefined && document.querySelector('.verdict .figure-text')?.textContent !== firstPanel) times.panelMoved = now;
            // "Saved" from this key's save: after the indicator said "Saving…".
            saving ||= status.classList.contains('save-saving');
            if (times.saved === undefined && saving && status.classList.contains('save-saved')) times.saved = now;
            if (times.rowMoved === undefined || times.panelMoved === undefined || times.saved === undefined) return;
            observer.disconnect();
            const transaction = performance.getEntriesByName('tickmark:commit-transaction').at(-1)!;
            settle({ ...times, committed: transaction.startTime + transaction.duration } as Timings);
          }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        }),
      });
    });
    await page.keyboard.press('c');
    const times = await page.evaluate(() => (window as unknown as { tickmarkSaveOrder: Promise<Timings> }).tickmarkSaveOrder);
    // The queue did not wait for the disk, only for the transaction; the panel did (or for the holds' limits).
    expect(times.rowMoved).toBeLessThan(times.saved);
    expect(times.rowMoved).toBeGreaterThanOrEqual(Math.min(times.committed, times.key + CURSOR_HOLD_LIMIT_MS));
    expect(times.panelMoved).toBeGreaterThanOrEqual(Math.min(times.saved, times.key + HOLD_LIMIT_MS));
  }
  await expect(panelText).toHaveText(await selectedText.innerText());
});
