import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { killProcessesNaming, launchApp, type LaunchedApp, type ShellName } from './support/launch';

/**
 * The `app` fixture: Tickmark, started fresh for each test in the shell the Playwright project
 * names (see playwright.config.ts), the real renderer on the real backend. Specs import `test`
 * and `expect` from here instead of from '@playwright/test':
 *
 *   import { test, expect } from './fixtures';
 *   test('exports the trail', async ({ app }) => {
 *     await app.page.getByRole('button', { name: 'Export' }).click();
 *     ...
 *     await app.reopen();                 // same profile: IndexedDB survives
 *     await expect(app.page.getByText('…')).toBeVisible();
 *   });
 *
 * `app.page` is replaced by `reopen()`: read it from `app` each time rather than keeping it.
 */
export interface TickmarkApp {
  readonly shell: ShellName;
  /** The renderer's origin: `https://tickmark.invalid` (Chromium) or `app://tickmark` (Electron). */
  readonly origin: string;
  /** The app's window. */
  readonly page: Page;
  readonly context: BrowserContext;
  /** The profile directory; kept across `reopen()`, removed after the test. */
  readonly userDataDir: string;
  /**
   * Where exports land: a save dialog with no answer queued saves its suggested name in this
   * (empty, per-test) directory and returns that path.
   */
  readonly saveDir: string;
  /** Every URL the app's pages and workers requested during the test, across reopens. */
  readonly requests: readonly string[];
  /** Make the next save dialog return `path`, or cancel it with `null`. Answers queue up in order. */
  answerNextSaveDialog(path: string | null): Promise<void>;
  /** Close the app and start it again on the same profile, as the auditor would; resolves to the new page. */
  reopen(): Promise<Page>;
  /** Close the app (also done after each test); `reopen()` starts it again. */
  close(): Promise<void>;
  /** Kill the app as a crash would (SIGKILL, no shutdown); `reopen()` starts it again. */
  crash(): Promise<void>;
}

/** Whether `work` settles within `ms`; it is left running either way. */
async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const settled = work.then(
    () => true as const,
    () => true as const,
  );
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface TickmarkOptions {
  /** Which shell runs the app; set per project in playwright.config.ts. */
  shell: ShellName;
}

// `osLocale` (test.use({ osLocale: 'zh-CN' })): the OS locale the app starts under; default the machine's.

export const test = base.extend<{ app: TickmarkApp; osLocale: string | undefined }, TickmarkOptions>({
  shell: ['chromium', { option: true, scope: 'worker' }],

  osLocale: [undefined, { option: true }],

  app: async ({ shell, osLocale }, use, testInfo) => {
    const workDir = await mkdtemp(join(tmpdir(), 'tickmark-e2e-'));
    const userDataDir = join(workDir, 'profile');
    const saveDir = join(workDir, 'saved');
    await mkdir(saveDir);
    const requests: string[] = [];
    const traces: string[] = [];
    let current: LaunchedApp | null = null;

    const stopTracing = async (context: BrowserContext) => {
      const path = testInfo.outputPath(`trace-${traces.length + 1}.zip`);
      traces.push(path);
      await context.tracing.stop({ path }).catch(() => undefined);
    };
    const launch = async () => {
      current = await launchApp(shell, {
        userDataDir,
        saveDir,
        locale: osLocale,
        onContext: async (context) => {
          context.on('request', (request) => requests.push(request.url()));
          await context.tracing.start({ screenshots: true, snapshots: true });
        },
      });
      return current;
    };
    const close = async () => {
      const running = current;
      if (!running) return;
      current = null;
      await settlesWithin(stopTracing(running.context), 15_000);
      // An app that does not close in time is killed: a stuck teardown must not hang the whole run.
      if (!(await settlesWithin(running.close(), 20_000))) await settlesWithin(running.kill(), 10_000);
    };
    const running = () => {
      if (!current) throw new Error('Tickmark is closed: call app.reopen() first.');
      return current;
    };

    let launched: LaunchedApp;
    try {
      launched = await launch();
    } catch (error) {
      await rm(workDir, { recursive: true, force: true });
      throw error;
    }
    const app: TickmarkApp = {
      shell,
      origin: launched.origin,
      get page() {
        return running().page;
      },
      get context() {
        return running().context;
      },
      userDataDir,
      saveDir,
      requests,
      answerNextSaveDialog: (path) => running().answerNextSaveDialog(path),
      reopen: async () => {
        await close();
        launched = await launch();
        return launched.page;
      },
      close,
      crash: async () => {
        const running = current;
        if (!running) return;
        current = null;
        await running.kill();
      },
    };

    try {
      await use(app);
    } finally {
      const failed = testInfo.status !== testInfo.expectedStatus;
      if (failed && current) {
        const shot = await (current as LaunchedApp).page.screenshot().catch(() => null);
        if (shot) await testInfo.attach('screenshot', { body: shot, contentType: 'image/png' });
      }
      await close();
      // Nothing may outlive its test: a browser still on this profile would keep the worker alive.
      if (process.platform === 'linux') killProcessesNaming(userDataDir);
      for (const path of traces) {
        if (failed) await testInfo.attach('trace', { path, contentType: 'application/zip' }).catch(() => undefined);
        else await rm(path, { force: true });
      }
      await rm(workDir, { recursive: true, force: true });
    }
  },
});

export { expect };
