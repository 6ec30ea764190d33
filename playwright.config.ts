import { defineConfig } from '@playwright/test';
import type { TickmarkOptions } from './e2e/fixtures';
import { electronBinary } from './e2e/support/electron-binary';

/**
 * The same specs run in every shell that exists here: always the Chromium shell (Debian's
 * Chromium, or CHROMIUM_PATH), and Electron when its binary is installed and there is a display.
 * TICKMARK_E2E_SHELL=chromium|electron runs one only. Run `npm run build` first (`npm test` does).
 */
const only = process.env.TICKMARK_E2E_SHELL;
const electronUsable = electronBinary() !== null && (process.platform !== 'linux' || Boolean(process.env.DISPLAY));
const shells: TickmarkOptions['shell'][] = only === 'chromium' || only === 'electron' ? [only] : electronUsable ? ['chromium', 'electron'] : ['chromium'];

/** Specs whose assertions are timings. */
const TIMED = /large-queue\.spec\.ts$/;

export default defineConfig<TickmarkOptions>({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  // CI shares two cores with everything else: one retry, reported by Playwright as "flaky", not passed.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  // A whole run takes 2–3 minutes; past this something hangs, and CI must fail rather than wait.
  globalTimeout: 20 * 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  forbidOnly: Boolean(process.env.CI),
  // Screenshots and traces of a failed test are attached by the `app` fixture (e2e/fixtures.ts),
  // which owns the browser; Playwright's own `page` fixture is not used.
  // Specs that time the UI run once everything else in their shell has finished, alone on the
  // machine: two cores shared with another spec's import would time that import, not the queue.
  projects: shells.flatMap((shell) => [
    { name: shell, use: { shell }, testIgnore: TIMED },
    { name: `${shell}-timed`, use: { shell }, testMatch: TIMED, dependencies: [shell] },
  ]),
});
