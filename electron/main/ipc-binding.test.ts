import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { bindIpc } from './ipc-binding';

type Handler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler), removeHandler: (channel: string) => handlers.delete(channel) };
  const webContents = {};
  const window = { webContents, isDestroyed: () => false };
  const backend = { dispatch: vi.fn(async (channel: unknown, payload: unknown) => ({ channel, payload })), close: async () => undefined };
  const unbind = bindIpc(ipcMain as unknown as IpcMain, backend, () => window as unknown as BrowserWindow);
  const event = (sender: object, frame: { url: string; parent: object | null } | null) => ({ sender, senderFrame: frame }) as unknown as IpcMainInvokeEvent;
  return { handlers, backend, webContents, event, unbind };
}

describe('bindIpc', () => {
  it('binds exactly the contract channels, and unbinds them', () => {
    const { handlers, unbind } = setup();
    expect([...handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    unbind();
    expect(handlers.size).toBe(0);
  });

  it('dispatches requests from the top frame of our window on the app origin', async () => {
    const { handlers, backend, webContents, event } = setup();
    const answer = await handlers.get('app:info')!(event(webContents, { url: 'app://tickmark/index.html', parent: null }), {});
    expect(answer).toEqual({ channel: 'app:info', payload: {} });
    expect(backend.dispatch).toHaveBeenCalledOnce();
  });

  it.each([
    ['another window', { other: true }, { url: 'app://tickmark/index.html', parent: null }],
    ['a subframe', null, { url: 'app://tickmark/index.html', parent: {} }],
    ['another origin', null, { url: 'https://example.com/', parent: null }],
    ['a destroyed frame', null, null],
  ])('refuses requests from %s', async (_name, sender, frame) => {
    const { handlers, backend, webContents, event } = setup();
    await expect(handlers.get('app:info')!(event(sender ?? webContents, frame), {})).rejects.toThrow("did not come from Tickmark's window");
    expect(backend.dispatch).not.toHaveBeenCalled();
  });
});
