import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, type EventName } from '../../shared/ipc/contract';
import { createHandlers, type HandlerDeps } from './handlers';
import { createImporter } from './importer';
import { FILE_PERMISSIONS_ONLY } from './secrets';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-handlers-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function setUp(savePath: string | null = null) {
  const importer = createImporter({ poolSize: 1 });
  const events: Array<{ event: EventName; payload: unknown }> = [];
  const deps: HandlerDeps = {
    importer,
    chooseSavePath: async () => savePath,
    emit: (event, payload) => events.push({ event, payload }),
    appInfo: { version: '0.1.0', shell: 'chromium' },
    dataDir: join(dir, 'data'),
    secrets: FILE_PERMISSIONS_ONLY,
    dialogConfirmsOverwrite: false,
  };
  return { handlers: createHandlers(deps), importer, events };
}

describe('createHandlers with the worker importer', () => {
  it('imports a report and pushes its progress as reports:progress events', async () => {
    const { handlers, importer, events } = setUp();
    try {
      const bytes = new TextEncoder().encode('Over 550 million users, up 39%.');
      const result = await handlers['reports:import']({ jobId: 'h-1', fileName: 'q3.txt', bytes });
      expect(result).toMatchObject({ ok: true, value: { fileName: 'q3.txt', format: 'txt' } });
      expect(events.length).toBeGreaterThan(0);
      expect(events.every(({ event, payload }) => event === 'reports:progress' && (payload as { jobId: string }).jobId === 'h-1')).toBe(true);
      expect(await handlers['reports:cancel']({ jobId: 'h-1' })).toEqual({ cancelled: false });
    } finally {
      await importer.close();
    }
  });

  it('answers a refused report with its reason through the worker, valid by the contract', async () => {
    const { handlers, importer } = setUp();
    try {
      const result = await handlers['reports:import']({ jobId: 'h-2', fileName: 'q3.pdf', bytes: new TextEncoder().encode('not a PDF at all') });
      expect(channels['reports:import'].response.parse(result)).toEqual(result);
      expect(result).toMatchObject({ ok: false, error: { code: 'corrupt', fileName: 'q3.pdf', reason: { code: 'read.pdf.noSignature' } } });
      const unknown = { ok: false, error: { code: 'corrupt', fileName: 'q3.pdf', message: 'x', reason: { code: 'read.pdf.nope' } } };
      expect(channels['reports:import'].response.safeParse(unknown).success).toBe(false);
    } finally {
      await importer.close();
    }
  });

  it('saves a CSV where the auditor chose, or reports the cancel or the failure', async () => {
    const target = join(dir, 'figures.csv');
    const saved = setUp(target);
    expect(await saved.handlers['export:saveCsv']({ suggestedName: 'figures.csv', content: 'a,b\n1,2\n' })).toEqual({ status: 'saved', path: target });
    expect(await readFile(target, 'utf8')).toBe('a,b\n1,2\n');

    const cancelled = setUp(null);
    expect(await cancelled.handlers['export:saveCsv']({ suggestedName: 'figures.csv', content: 'x' })).toEqual({ status: 'cancelled' });

    const failing = setUp(join(dir, 'no-such-folder', 'figures.csv'));
    const failed = await failing.handlers['export:saveCsv']({ suggestedName: 'figures.csv', content: 'x' });
    expect(failed).toMatchObject({ status: 'failed', message: expect.stringContaining('no-such-folder') });
    await Promise.all([saved.importer.close(), cancelled.importer.close(), failing.importer.close()]);
  });
});

describe('app:setLanguage', () => {
  it('hands the language the renderer speaks to the shell, for its native menu', async () => {
    const { handlers, importer } = setUp();
    const heard: string[] = [];
    const withMenu = createHandlers({ importer, chooseSavePath: async () => null, emit: () => {}, appInfo: { version: '0.1.0', shell: 'electron' }, dataDir: join(dir, 'data'), secrets: FILE_PERMISSIONS_ONLY, dialogConfirmsOverwrite: true, onLanguage: (language) => heard.push(language) });
    try {
      expect(await withMenu['app:setLanguage']({ language: 'zh-CN' })).toEqual({});
      expect(heard).toEqual(['zh-CN']);
      // A shell without a native menu (the Chromium shell, the CLI) answers all the same.
      expect(await handlers['app:setLanguage']({ language: 'en' })).toEqual({});
    } finally {
      await importer.close();
    }
  });
});
