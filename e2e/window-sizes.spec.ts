import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startEngagement } from './support/engagement';

// The window may be made as small as 800 × 560 (electron/main/window-state.ts): every control of
// the header, the three panes and their buttons must still be on screen, none pushed past the edge
// where the mouse cannot reach it.

const PDF = fileURLToPath(new URL('../../shared/fixtures/pdf/alipay-2019-2020-excerpt.pdf', import.meta.url));

/** The shown header controls, panes and buttons that stand partly past the window's sides, by their label or text. */
async function outsideTheWindow(page: Page): Promise<string[]> {
  return page.locator('.app-header button, .app-header select, .app-header summary, .workspace > *, .workspace button').evaluateAll((elements) =>
    elements
      .filter((element) => {
        const box = element.getBoundingClientRect();
        // a pane scrolls its own content up and down, so only the sides are held to the window
        return element.checkVisibility({ visibilityProperty: true }) && (box.left < -0.5 || box.right > window.innerWidth + 0.5);
      })
      .map((element) => element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.tagName),
  );
}

test('every header control and pane stays inside the window, from a laptop width down to the minimum', async ({ app }) => {
  const page = app.page;
  await startEngagement(page, 'Narrow window FY2020');
  await page.getByLabel(/Import reports/).setInputFiles(PDF);
  await expect(page.getByRole('region', { name: 'Imports' }).getByText(/Imported · \d+ figures/)).toBeVisible({ timeout: 30_000 });
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
    { width: 800, height: 560 },
  ]) {
    await page.setViewportSize(size);
    await expect.poll(() => outsideTheWindow(page), { message: `at ${size.width} × ${size.height}` }).toEqual([]);
    await expect(page.getByRole('button', { name: /Overview/ })).toBeInViewport();
    // the queue's columns, the status last, end inside the queue's pane: none cut off at its edge
    const queue = await page.getByRole('region', { name: 'Claims queue' }).boundingBox();
    const status = await page.getByRole('listbox', { name: 'Figures' }).getByRole('option', { selected: true }).locator('.cell-status').boundingBox();
    expect(status!.x + status!.width, `at ${size.width} × ${size.height}`).toBeLessThanOrEqual(queue!.x + queue!.width);
  }
});
