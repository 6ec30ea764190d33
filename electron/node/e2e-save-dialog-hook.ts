/**
 * The end-to-end test hook, active only when main is started with `TICKMARK_E2E_SAVE_DIR`: the
 * save dialog is not shown; it answers with the next path a test queued through
 * `electronApp.evaluate` (see e2e/support/launch.ts), or else with the suggested name inside
 * that directory. A queued `null` is a cancelled dialog. Main and the e2e suite share this
 * shape; neither needs Electron's types for it.
 */
export interface E2eSaveDialogHook {
  answers: (string | null)[];
}

/** The global main puts the hook on, for the suite to reach through `electronApp.evaluate`. */
export const E2E_HOOK_GLOBAL = '__tickmarkE2eSaveDialog';
