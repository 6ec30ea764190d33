import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const NO_BROWSER_MESSAGE =
  'No Chromium found for Tickmark: install Debian\'s (`sudo apt-get install chromium`), set CHROMIUM_PATH to a Chromium or Chrome executable, or on a connected machine run `npx playwright install chromium`.';

export interface BrowserLookup {
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
  /** Where Playwright's own download of Chromium would be, whether or not it was downloaded. */
  playwrightChromium(): string | undefined;
}

export type BrowserFound = { ok: true; path: string; source: 'CHROMIUM_PATH' | 'debian' | 'playwright' } | { ok: false; message: string };

/** The browser the shell runs in, in this order: `CHROMIUM_PATH`, Debian's Chromium, Playwright's download. */
export function findChromium(lookup: BrowserLookup): BrowserFound {
  const fromEnv = lookup.env.CHROMIUM_PATH;
  if (fromEnv) {
    return lookup.exists(fromEnv)
      ? { ok: true, path: fromEnv, source: 'CHROMIUM_PATH' }
      : { ok: false, message: `CHROMIUM_PATH is set to ${fromEnv}, which does not exist. ${NO_BROWSER_MESSAGE}` };
  }
  if (lookup.exists(DEBIAN_CHROMIUM)) return { ok: true, path: DEBIAN_CHROMIUM, source: 'debian' };
  const downloaded = lookup.playwrightChromium();
  if (downloaded && lookup.exists(downloaded)) return { ok: true, path: downloaded, source: 'playwright' };
  return { ok: false, message: NO_BROWSER_MESSAGE };
}

export const systemLookup = (playwrightChromium: () => string): BrowserLookup => ({
  env: process.env,
  exists: existsSync,
  playwrightChromium: () => {
    try {
      return playwrightChromium();
    } catch {
      return undefined;
    }
  },
});
