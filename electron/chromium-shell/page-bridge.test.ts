import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, EVENT_NAMES, type TickmarkApi } from '../../shared/ipc/contract';
import { pageBridgeScript } from './page-bridge';

const config = { apiGlobal: 'tickmark', bindingName: '__bind', emitName: '__emit', channels: CHANNEL_NAMES, events: EVENT_NAMES };

/** Run the init script in a bare realm standing in for the page, with a fake Playwright binding. */
function runInPage() {
  const binding = vi.fn(async (channel: string, request: unknown) => ({ channel, request }));
  const reported: unknown[] = [];
  const window: Record<string, unknown> = { __bind: binding, reportError: (e: unknown) => reported.push(e) };
  window.window = window;
  runInNewContext(pageBridgeScript(config), window);
  return { window, binding, reported, api: window.tickmark as TickmarkApi, emit: window.__emit as (e: string, p: unknown) => void };
}

describe('pageBridgeScript', () => {
  it('installs exactly invoke and on, and takes the raw binding off the page', () => {
    const { window, api } = runInPage();
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(api)).toBe(true);
    expect('__bind' in window).toBe(false);
  });

  it('forwards every contract channel and refuses others', async () => {
    const { api, binding } = runInPage();
    for (const channel of CHANNEL_NAMES) await expect(api.invoke(channel, {} as never)).resolves.toEqual({ channel, request: {} });
    await expect(api.invoke('fs:read' as never, {} as never)).rejects.toThrow('Unknown IPC channel "fs:read"');
    expect(binding).toHaveBeenCalledTimes(CHANNEL_NAMES.length);
  });

  it('delivers pushed events to listeners until they unsubscribe, and reports a throwing listener', () => {
    const { api, emit, reported } = runInPage();
    const seen: unknown[] = [];
    const unsubscribe = api.on('reports:progress', (p) => seen.push(p));
    api.on('reports:progress', () => {
      throw new Error('listener bug');
    });
    emit('reports:progress', { n: 1 });
    unsubscribe();
    emit('reports:progress', { n: 2 });
    expect(seen).toEqual([{ n: 1 }]);
    expect(reported).toHaveLength(2);
    expect(() => api.on('nope' as never, () => undefined)).toThrow('Unknown event "nope"');
  });

  it('survives functions wrapped by esbuild keepNames (tsx)', () => {
    const script = pageBridgeScript(config);
    expect(script).toContain('const __name = (fn) => fn;');
  });
});
