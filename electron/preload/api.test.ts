import { describe, expect, it, vi } from 'vitest';
import { createTickmarkApi, type RendererIpc } from './api';

function fakeIpc() {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const ipc = {
    invoke: vi.fn(async (channel: string, request: unknown) => ({ channel, request })),
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener);
    },
  } satisfies RendererIpc;
  const send = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l({ sender: 'ipcRenderer!' }, payload));
  return { ipc, send, count: (channel: string) => listeners.get(channel)?.size ?? 0 };
}

describe('createTickmarkApi', () => {
  it('has exactly invoke and on', () => {
    expect(Object.keys(createTickmarkApi(fakeIpc().ipc)).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards contract channels and refuses others without touching IPC', async () => {
    const { ipc } = fakeIpc();
    const api = createTickmarkApi(ipc);
    await expect(api.invoke('app:info', {})).resolves.toEqual({ channel: 'app:info', request: {} });
    await expect(api.invoke('shell:openExternal' as never, {} as never)).rejects.toThrow('Unknown IPC channel "shell:openExternal"');
    await expect(api.invoke('toString' as never, {} as never)).rejects.toThrow('Unknown IPC channel');
    expect(ipc.invoke).toHaveBeenCalledTimes(1);
  });

  it('hands listeners the payload only, never the IPC event, and unsubscribes', () => {
    const { ipc, send, count } = fakeIpc();
    const api = createTickmarkApi(ipc);
    const listener = vi.fn();
    const unsubscribe = api.on('reports:progress', listener);
    const progress = { jobId: 'j', fileName: 'a.txt', phase: 'reading', done: 0, total: 1 } as const;
    send('reports:progress', progress);
    expect(listener).toHaveBeenCalledWith(progress);
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    expect(count('reports:progress')).toBe(0);
  });

  it('refuses unknown events', () => {
    expect(() => createTickmarkApi(fakeIpc().ipc).on('ipc:raw' as never, () => undefined)).toThrow('Unknown event "ipc:raw"');
  });
});
