import { describe, expect, it } from 'vitest';
import { APP_WINDOW_START_URL, chromiumLaunchOptions } from './browser-launch';

const appArgs = (args: string[]) => args.filter((arg) => arg.startsWith('--app'));

describe('chromiumLaunchOptions', () => {
  it('headed: an app window on an inline page, sized, with no automation bar', () => {
    const options = chromiumLaunchOptions({ headless: false, runsAsRoot: false });
    expect(appArgs(options.args)).toEqual([`--app=${APP_WINDOW_START_URL}`]);
    expect(APP_WINDOW_START_URL).toMatch(/^data:/);
    expect(options.args).toContain('--window-size=1280,840');
    expect(options.ignoreDefaultArgs).toEqual(['--enable-automation']);
    expect(options.viewport).toBeNull();
  });

  it('headless: no app window, a fixed viewport, Playwright defaults kept', () => {
    const options = chromiumLaunchOptions({ headless: true, runsAsRoot: false });
    expect(options.headless).toBe(true);
    expect(appArgs(options.args)).toEqual([]);
    expect(options.args.some((arg) => arg.startsWith('--window-size'))).toBe(false);
    expect(options.ignoreDefaultArgs).toEqual([]);
    expect(options.viewport).toEqual({ width: 1280, height: 840 });
  });

  it.each([true, false])('sandboxed unless root (headless %s)', (headless) => {
    const user = chromiumLaunchOptions({ headless, runsAsRoot: false });
    const root = chromiumLaunchOptions({ headless, runsAsRoot: true });
    expect(user.args).not.toContain('--no-sandbox');
    expect(root.args).toContain('--no-sandbox');
    // As root only: no "unsupported command-line flag" bar over the app (app-window.test.ts shows it).
    expect(user.args).not.toContain('--test-type');
    expect(root.args).toContain('--test-type');
    // With chromiumSandbox false Playwright would add --no-sandbox on its own.
    expect(user.chromiumSandbox && root.chromiumSandbox).toBe(true);
  });

  it('keeps Chromium from calling home in every mode', () => {
    for (const headless of [true, false]) {
      expect(chromiumLaunchOptions({ headless, runsAsRoot: false }).args).toEqual(
        expect.arrayContaining(['--disable-background-networking', '--disable-component-update', '--disable-sync']),
      );
    }
  });
});
