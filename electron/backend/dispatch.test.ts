import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../shared/ipc/contract';
import { createDispatcher, IpcRejection } from './dispatch';

function fakeHandlers() {
  return {
    'app:info': vi.fn(async () => ({ version: '1', shell: 'electron' as const })),
    'app:setLanguage': vi.fn(async () => ({})),
    'reports:import': vi.fn(async () => ({ ok: false as const, error: { code: 'internal' as const, fileName: 'x', message: 'x' } })),
    'reports:cancel': vi.fn(async () => ({ cancelled: true })),
    'export:saveCsv': vi.fn(async () => ({ status: 'cancelled' as const })),
    'journal:append': vi.fn(async () => ({ ok: true as const, value: { appended: 0 } })),
    'journal:status': vi.fn(async () => ({ engagements: [], problems: [], lastWriteAt: null, dataDir: '/d', journalDir: '/d/journal', keyProtection: 'file-permissions' as const })),
    'journal:read': vi.fn(async () => ({ ok: true as const, value: { entries: [], complete: true } })),
    'journal:original': vi.fn(async () => ({ ok: false as const, error: { message: 'x', reason: { code: 'journal.empty' as const } } })),
    'journal:keepOriginal': vi.fn(async () => ({ ok: false as const, error: { message: 'x', reason: { code: 'journal.empty' as const } } })),
    'trail:export': vi.fn(async () => ({ status: 'cancelled' as const })),
    'trail:signingKey': vi.fn(async () => ({ ok: false as const, error: 'x' })),
    'archive:export': vi.fn(async () => ({ status: 'cancelled' as const })),
    'archive:import': vi.fn(async () => ({ ok: false as const, error: { message: 'x', reason: { code: 'journal.empty' as const } } })),
  } satisfies Handlers;
}

describe('createDispatcher', () => {
  it('passes a valid request to its handler', async () => {
    const handlers = fakeHandlers();
    const dispatch = createDispatcher(handlers);
    expect(await dispatch('reports:cancel', { jobId: 'job-1' })).toEqual({ cancelled: true });
    expect(handlers['reports:cancel']).toHaveBeenCalledWith({ jobId: 'job-1' });
  });

  it.each([['shell:exec'], ['__proto__'], ['toString'], [42], [undefined]])('rejects the unknown channel %j', async (channel) => {
    const handlers = fakeHandlers();
    await expect(createDispatcher(handlers)(channel, {})).rejects.toThrow(IpcRejection);
    expect(Object.values(handlers).every((handler) => handler.mock.calls.length === 0)).toBe(true);
  });

  it.each([
    ['reports:import', { jobId: 'j', fileName: 'q3.txt', bytes: 'not bytes' }],
    ['reports:import', { jobId: 'j', fileName: '../etc/passwd', bytes: new Uint8Array(1) }],
    ['reports:import', { jobId: 'has space', fileName: 'q3.txt', bytes: new Uint8Array(1) }],
    ['reports:import', { jobId: 'j', fileName: 'q3.txt', bytes: new Uint8Array(1), extra: true }],
    ['reports:cancel', {}],
    ['export:saveCsv', { suggestedName: 'figures.exe', content: '' }],
    ['app:info', null],
    ['app:setLanguage', { language: 'fr' }],
  ])('rejects an invalid payload on %s', async (channel, payload) => {
    const handlers = fakeHandlers();
    await expect(createDispatcher(handlers)(channel, payload)).rejects.toThrow(/^Invalid request on /);
    expect(Object.values(handlers).every((handler) => handler.mock.calls.length === 0)).toBe(true);
  });
});
