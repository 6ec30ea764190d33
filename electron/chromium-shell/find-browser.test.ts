import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, findChromium, NO_BROWSER_MESSAGE } from './find-browser';

const lookup = (existing: string[], env: Record<string, string> = {}, playwright = '/home/u/.cache/ms-playwright/chromium-1/chrome') => ({
  env,
  exists: (path: string) => existing.includes(path),
  playwrightChromium: () => playwright,
});

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH, then Debian\'s Chromium, then Playwright\'s download', () => {
    const all = ['/opt/chrome', DEBIAN_CHROMIUM, '/home/u/.cache/ms-playwright/chromium-1/chrome'];
    expect(findChromium(lookup(all, { CHROMIUM_PATH: '/opt/chrome' }))).toEqual({ ok: true, path: '/opt/chrome', source: 'CHROMIUM_PATH' });
    expect(findChromium(lookup(all))).toEqual({ ok: true, path: DEBIAN_CHROMIUM, source: 'debian' });
    expect(findChromium(lookup(all.slice(2)))).toEqual({ ok: true, path: all[2], source: 'playwright' });
  });

  it('does not fall back when CHROMIUM_PATH names a missing file', () => {
    const found = findChromium(lookup([DEBIAN_CHROMIUM], { CHROMIUM_PATH: '/nope/chrome' }));
    expect(found).toMatchObject({ ok: false, message: expect.stringContaining('/nope/chrome') });
  });

  it('says how to get a browser when there is none', () => {
    expect(findChromium(lookup([]))).toEqual({ ok: false, message: NO_BROWSER_MESSAGE });
    expect(NO_BROWSER_MESSAGE).toMatch(/apt-get install chromium/);
    expect(NO_BROWSER_MESSAGE).toMatch(/npx playwright install chromium/);
  });
});
