import { defineConfig } from '@playwright/test';
import type { TickmarkOptions } from '../../e2e/fixtures';

/**
 * `npm run screenshots`: retake the README's screenshots from the built app (run `npm run build`
 * first) in the Chromium shell, with the e2e suite's `app` fixture. Not part of `npm test`: the
 * pictures are documentation, written to docs/screenshots/ and committed.
 */
export default defineConfig<TickmarkOptions>({
  testDir: '.',
  testMatch: /readme\.screenshots\.ts$/,
  outputDir: '../../test-results/screenshots',
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: 'list',
  use: { shell: 'chromium' },
});
