import type { LaunchOptions } from '@playwright/test';

/**
 * How the shell starts Chromium. Headed, it is an app window (`--app`): no tabs, no address bar to
 * take the focus or navigate away, the page focused. It opens on an inline page so nothing is
 * requested before the shell's routes are in place; the shell then loads the app. The sandbox is
 * on except for root, where Chromium refuses to start with it.
 */

/**
 * Only as root: no sandbox, and no bar saying "unsupported command-line flag: --no-sandbox" over the
 * app. `--test-type` is the switch ChromeDriver always passes; in Chromium's startup code
 * (chrome/browser/ui/startup/infobar_utils.cc) it skips the startup info bars (bad flags, missing
 * Google API keys, obsolete system, default-browser prompt), all of them browser talk an auditor
 * cannot act on. The rest of what it changes is ChromeOS, macOS app shims or test harnesses.
 */
const ROOT_ARGS = ['--no-sandbox', '--test-type'];

/** Without these, Chromium's own background traffic (updates, sync, GPU probes) is blocked and floods the log. */
const QUIET_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-breakpad',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
  '--password-store=basic',
  '--metrics-recording-only',
];

export const APP_WINDOW_START_URL = 'data:text/html,<title>Tickmark</title>';
export const WINDOW_SIZE = { width: 1280, height: 840 };

export interface BrowserLaunch {
  headless: boolean;
  /** The shell runs as root (uid 0), as in a container or CI. */
  runsAsRoot: boolean;
}

type ChromiumLaunchOptions = Required<Pick<LaunchOptions, 'headless' | 'args' | 'chromiumSandbox' | 'ignoreDefaultArgs'>> & {
  viewport: { width: number; height: number } | null;
};

export function chromiumLaunchOptions({ headless, runsAsRoot }: BrowserLaunch): ChromiumLaunchOptions {
  return {
    headless,
    args: [
      ...QUIET_ARGS,
      ...(runsAsRoot ? ROOT_ARGS : []),
      ...(headless ? [] : [`--app=${APP_WINDOW_START_URL}`, `--window-size=${WINDOW_SIZE.width},${WINDOW_SIZE.height}`]),
    ],
    // Playwright adds --no-sandbox itself unless this is true: the args above decide.
    chromiumSandbox: true,
    // No "controlled by automated software" bar in a window the auditor works in.
    ignoreDefaultArgs: headless ? [] : ['--enable-automation'],
    // Headed, the page fills the window the auditor sizes.
    viewport: headless ? WINDOW_SIZE : null,
  };
}

export const runsAsRoot = (): boolean => process.getuid?.() === 0;
