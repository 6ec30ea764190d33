import { join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';

/**
 * The end-to-end test hook, active only when main is started with `TICKMARK_E2E_SAVE_DIR`: the
 * save dialog is not shown; it answers with the next path a test queued through
 * `electronApp.evaluate` (see e2e/support/electron-app.ts), or else with the suggested name inside
 * that directory. A queued `null` is a cancelled dialog.
 */
export interface E2eSaveDialogHook {
  answers: (string | null)[];
}

export const E2E_HOOK_GLOBAL = '__tickmarkE2eSaveDialog';

export interface SaveDialogDeps {
  dialog: Dialog;
  window(): BrowserWindow | null;
  /** Where the dialog opens (the user's Downloads folder). */
  defaultDir: string;
  env?: NodeJS.ProcessEnv;
}

export function createChooseSavePath({ dialog, window, defaultDir, env = process.env }: SaveDialogDeps) {
  const e2eSaveDir = env.TICKMARK_E2E_SAVE_DIR;
  if (e2eSaveDir) {
    const hook: E2eSaveDialogHook = { answers: [] };
    (globalThis as Record<string, unknown>)[E2E_HOOK_GLOBAL] = hook;
    return async (suggestedName: string): Promise<string | null> =>
      hook.answers.length > 0 ? (hook.answers.shift() ?? null) : join(e2eSaveDir, suggestedName);
  }

  return async (suggestedName: string): Promise<string | null> => {
    const options = {
      title: 'Export audit trail',
      defaultPath: join(defaultDir, suggestedName),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
    };
    const parent = window();
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}
