import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type BrowserContext, type Page } from '@playwright/test';
import { APP_ORIGIN } from '../../shared/security/app-origin';
import { E2E_HOOK_GLOBAL, type E2eSaveDialogHook } from '../../electron/node/e2e-save-dialog-hook';
import { builtShell } from './built-shell';
import { electronBinary } from './electron-binary';

export type ShellName = 'chromium' | 'electron';

/** One running app, whichever shell it is in. */
export interface LaunchedApp {
  origin: string;
  context: BrowserContext;
  page: Page;
  /** Queue the next save dialog's answer: a path, or null for cancel. */
  answerNextSaveDialog(answer: string | null): Promise<void>;
  close(): Promise<void>;
  /** Kill the app's processes with SIGKILL, as a crash or power cut would: no shutdown, no flush. */
  kill(): Promise<void>;
}

/**
 * SIGKILL every process whose command line names `marker` (the browser and all its children).
 * Read from /proc: `ps` may cut Chromium's long command line before the flag that names the profile.
 */
export function killProcessesNaming(marker: string): void {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let commandLine: string;
    try {
      commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    if (!commandLine.includes(marker)) continue;
    try {
      process.kill(Number(entry), 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

export interface LaunchOptions {
  userDataDir: string;
  /** A save dialog with no queued answer saves the suggested name here. */
  saveDir: string;
  /** Called before the app loads where the shell allows it (Chromium); under Electron right after launch. */
  onContext(context: BrowserContext): void | Promise<void>;
  /** The OS locale the app starts under (`zh-CN`); default the machine's. */
  locale?: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function launchInChromium({ userDataDir, saveDir, onContext, locale }: LaunchOptions): Promise<LaunchedApp> {
  const answers: (string | null)[] = [];
  const { launchChromiumShell, SHELL_ORIGIN } = await builtShell();
  const shell = await launchChromiumShell({
    userDataDir,
    rendererDir: process.env.TICKMARK_RENDERER_DIR || undefined,
    chooseSavePath: async (suggestedName) => (answers.length > 0 ? (answers.shift() ?? null) : join(saveDir, suggestedName)),
    beforeLoad: onContext,
    locale,
  });
  return {
    origin: SHELL_ORIGIN,
    context: shell.context,
    page: shell.page,
    answerNextSaveDialog: async (answer) => void answers.push(answer),
    close: () => shell.close(),
    kill: async () => {
      killProcessesNaming(userDataDir);
      await shell.closed;
      await shell.close().catch(() => undefined); // stops the backend; the browser is already gone
    },
  };
}

async function launchInElectron({ userDataDir, saveDir, onContext, locale }: LaunchOptions): Promise<LaunchedApp> {
  const executablePath = electronBinary();
  if (!executablePath) throw new Error('The Electron binary is not installed: run the specs in Chromium (TICKMARK_E2E_SHELL=chromium).');
  const asRoot = process.getuid?.() === 0; // Chromium refuses to start as root without --no-sandbox
  const app = await _electron.launch({
    executablePath,
    args: [ROOT, ...(asRoot ? ['--no-sandbox'] : []), ...(locale ? [`--lang=${locale}`] : [])],
    cwd: ROOT,
    env: { ...process.env, TICKMARK_USER_DATA_DIR: userDataDir, TICKMARK_E2E_SAVE_DIR: saveDir } as Record<string, string>,
  });
  const context = app.context();
  await onContext(context);
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return {
    origin: APP_ORIGIN,
    context,
    page,
    answerNextSaveDialog: (answer) =>
      app.evaluate((_electron, [hookName, next]) => {
        (globalThis as unknown as Record<string, E2eSaveDialogHook>)[hookName]!.answers.push(next);
      }, [E2E_HOOK_GLOBAL, answer] as const),
    close: () => app.close(),
    kill: async () => {
      app.process().kill('SIGKILL');
      await app.close().catch(() => undefined);
    },
  };
}

export const launchApp = (shell: ShellName, options: LaunchOptions): Promise<LaunchedApp> =>
  shell === 'electron' ? launchInElectron(options) : launchInChromium(options);
