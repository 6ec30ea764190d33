import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from './browser-launch';
import { findChromium, systemLookup } from './find-browser';

/**
 * The headed app window as the auditor sees it, on a virtual display (Xvfb, installed by .ci/run):
 * run as root, with --no-sandbox, Chromium would put a warning bar over the app. A bar takes its
 * height from the page, so the page filling the whole window means no bar. On a machine without
 * Xvfb the test is skipped; on CI it must run.
 */
const XVFB = '/usr/bin/Xvfb';
const available = existsSync(XVFB) && process.platform === 'linux';
if (!available && process.env.CI) throw new Error('CI needs Xvfb (xvfb) for the headed app window test.');

let xvfb: ChildProcess | undefined;
let display = '';
let profile = '';

/** Start Xvfb on a free display and learn its number (-displayfd writes it once it accepts clients). */
function startXvfb(): Promise<string> {
  return new Promise((resolve, reject) => {
    xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    let written = '';
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (written.includes('\n')) resolve(`:${written.trim()}`);
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code} before it was ready`)));
  });
}

beforeAll(async () => {
  if (!available) return;
  display = await startXvfb();
  profile = await mkdtemp(join(tmpdir(), 'tickmark-app-window-'));
});
afterAll(async () => {
  xvfb?.kill();
  if (profile) await rm(profile, { recursive: true, force: true });
});

/** Window and page heights of the app window launched as the shell launches it. */
async function heights(runsAsRoot: boolean, dropArgs: string[] = []) {
  const found = findChromium(systemLookup(() => chromium.executablePath()));
  if (!found.ok) throw new Error(found.message);
  const options = chromiumLaunchOptions({ headless: false, runsAsRoot });
  const context = await chromium.launchPersistentContext(join(profile, `${runsAsRoot}-${dropArgs.join()}`), {
    executablePath: found.path,
    ...options,
    args: options.args.filter((arg) => !dropArgs.includes(arg)),
    env: { ...process.env, DISPLAY: display },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // The bar comes with the window's first paint; give it the time it takes under load.
    await page.waitForTimeout(1500);
    return await page.evaluate(() => ({ window: window.outerHeight, page: window.innerHeight }));
  } finally {
    await context.close();
  }
}

describe.runIf(available && process.getuid?.() === 0)('the app window run as root', () => {
  it('shows no warning bar: the page fills the window', async () => {
    const { window, page } = await heights(true);
    expect(page).toBe(window);
  }, 60_000);

  it('would show the bar without --test-type (the check above can fail)', async () => {
    const { window, page } = await heights(true, ['--test-type']);
    expect(page).toBeLessThan(window - 20);
  }, 60_000);
});
