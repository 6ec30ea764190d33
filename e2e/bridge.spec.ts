import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportProgress } from '../shared/ipc/schemas';
import { expect, test } from './fixtures';
import { invokeFromPage, type AppWindow } from './support/page-api';

// The renderer's one door to the Node side, exercised from the page exactly as the renderer uses it.

test('window.tickmark is exactly the contract: invoke and on', async ({ app }) => {
  const shape = await app.page.evaluate(() => {
    const api = (window as unknown as AppWindow).tickmark;
    return { keys: Object.keys(api).sort(), invoke: typeof api.invoke, on: typeof api.on };
  });
  expect(shape).toEqual({ keys: ['invoke', 'on'], invoke: 'function', on: 'function' });
});

test('app:info answers with the version and the shell', async ({ app }) => {
  const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
  expect(await invokeFromPage(app.page, 'app:info', {})).toEqual({ value: { version, shell: app.shell } });
});

test('an unknown channel is rejected', async ({ app }) => {
  const answer = await invokeFromPage(app.page, 'fs:readFile', { path: '/etc/passwd' });
  expect(answer).toEqual({ rejected: expect.stringContaining('Unknown IPC channel "fs:readFile"') });
});

test('an invalid payload is rejected with a message naming the channel and the field', async ({ app }) => {
  const answer = await invokeFromPage(app.page, 'reports:cancel', { jobId: 'not a job id!' });
  expect(answer).toEqual({ rejected: expect.stringMatching(/Invalid request on reports:cancel[\s\S]*jobId/) });

  const extraField = await invokeFromPage(app.page, 'app:info', { sneaky: true });
  expect(extraField).toEqual({ rejected: expect.stringContaining('Invalid request on app:info') });
});

test('an unknown event cannot be subscribed to', async ({ app }) => {
  const message = await app.page.evaluate(() => {
    try {
      (window as unknown as AppWindow).tickmark.on('fs:changed' as never, () => undefined);
      return 'subscribed';
    } catch (error) {
      return (error as Error).message;
    }
  });
  expect(message).toContain('Unknown event "fs:changed"');
});

test('reports:import takes a file\'s bytes intact, reports progress and answers with its figures', async ({ app }) => {
  const text = 'Scope 1 emissions fell 12% to 4,300 tCO₂e in 2023.\nWater use: 1.2 million m³ (-3 %).\n';
  const bytes = Buffer.from(text, 'utf8');

  const { result, progress } = await app.page.evaluate(
    async ([content]) => {
      const api = (window as unknown as AppWindow).tickmark;
      const progress: ImportProgress[] = [];
      let sawDone: () => void = () => undefined;
      const done = new Promise<void>((resolve) => (sawDone = resolve));
      const unsubscribe = api.on('reports:progress', (event) => {
        progress.push(event);
        if (event.phase === 'done') sawDone();
      });
      const result = await api.invoke('reports:import', {
        jobId: 'bridge-spec-1',
        fileName: 'emissions.txt',
        bytes: new TextEncoder().encode(content),
      });
      // Events and the answer travel separately: give the last event a moment to land.
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      unsubscribe();
      return { result, progress };
    },
    [text] as const,
  );

  expect(result.ok, JSON.stringify(result)).toBe(true);
  if (!result.ok) return;
  // The hash proves the bytes crossed the bridge unaltered (multi-byte UTF-8 included).
  expect(result.value).toMatchObject({
    fileName: 'emissions.txt',
    format: 'txt',
    byteLength: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    text: expect.stringContaining('4,300'),
  });
  expect(result.value.figures.map((figure) => figure.text)).toEqual(expect.arrayContaining([expect.stringContaining('4,300')]));
  // Progress is pushed to the page as events, ending with `done`.
  expect(progress.length).toBeGreaterThan(0);
  for (const event of progress) expect(event).toMatchObject({ jobId: 'bridge-spec-1', fileName: 'emissions.txt' });
  expect(progress.at(-1)?.phase).toBe('done');
});

test('export:saveCsv writes where the save dialog says, and a cancelled dialog writes nothing', async ({ app }) => {
  const saved = await invokeFromPage(app.page, 'export:saveCsv', { suggestedName: 'trail.csv', content: 'figure,verdict\n4300,verified\n' });
  const path = join(app.saveDir, 'trail.csv');
  expect(saved).toEqual({ value: { status: 'saved', path } });
  expect(await readFile(path, 'utf8')).toBe('figure,verdict\n4300,verified\n');

  const chosen = join(app.saveDir, 'chosen-name.csv');
  await app.answerNextSaveDialog(chosen);
  expect(await invokeFromPage(app.page, 'export:saveCsv', { suggestedName: 'x.csv', content: 'a\n' })).toEqual({ value: { status: 'saved', path: chosen } });

  await app.answerNextSaveDialog(null);
  expect(await invokeFromPage(app.page, 'export:saveCsv', { suggestedName: 'y.csv', content: 'b\n' })).toEqual({ value: { status: 'cancelled' } });
});
