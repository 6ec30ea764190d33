import type { Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { E2E_HOOK_GLOBAL, type E2eSaveDialogHook } from '../node/e2e-save-dialog-hook';
import { createChooseSavePath } from './save-dialog';

const fakeDialog = (result: { canceled: boolean; filePath?: string }) => ({ showSaveDialog: vi.fn(async () => result) });

describe('createChooseSavePath', () => {
  it('asks the native dialog, starting in the default folder; cancel is null', async () => {
    const dialog = fakeDialog({ canceled: false, filePath: '/home/a/trail.csv' });
    const choose = createChooseSavePath({ dialog: dialog as unknown as Dialog, window: () => null, defaultDir: '/home/a/Downloads', env: {} });
    await expect(choose('trail.csv')).resolves.toBe('/home/a/trail.csv');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '/home/a/Downloads/trail.csv' }));

    const cancelled = createChooseSavePath({ dialog: fakeDialog({ canceled: true }) as unknown as Dialog, window: () => null, defaultDir: '/d', env: {} });
    await expect(cancelled('trail.csv')).resolves.toBeNull();
  });

  it('under TICKMARK_E2E_SAVE_DIR answers queued paths, then the suggested name in that folder, never showing a dialog', async () => {
    const dialog = fakeDialog({ canceled: true });
    const choose = createChooseSavePath({ dialog: dialog as unknown as Dialog, window: () => null, defaultDir: '/d', env: { TICKMARK_E2E_SAVE_DIR: '/tmp/saved' } });
    const hook = (globalThis as Record<string, unknown>)[E2E_HOOK_GLOBAL] as E2eSaveDialogHook;
    hook.answers.push('/tmp/elsewhere.csv', null);
    await expect(choose('a.csv')).resolves.toBe('/tmp/elsewhere.csv');
    await expect(choose('b.csv')).resolves.toBeNull();
    await expect(choose('c.csv')).resolves.toBe('/tmp/saved/c.csv');
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    delete (globalThis as Record<string, unknown>)[E2E_HOOK_GLOBAL];
  });
});
