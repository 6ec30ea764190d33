import { join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { E2E_HOOK_GLOBAL, type E2eSaveDialogHook } from '../node/e2e-save-dialog-hook';

export interface SaveDialogDeps {
  dialog: Dialog;
  window(): BrowserWindow | null;
  /** Where the dialog opens (the user's Downloads folder). */
  defaultDir: string;
  env?: NodeJS.ProcessEnv;
}

/** The save dialog main hands the backend; under `TICKMARK_E2E_SAVE_DIR`, the e2e hook answers instead. */
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
