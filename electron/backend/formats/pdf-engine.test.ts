import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readPdf } from './pdf';
import { stopPdfParser } from './pdf-engine';
import { ReportReadError } from './types';

const fixtures = fileURLToPath(new URL('../../../../shared/fixtures/pdf/', import.meta.url));
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(fixtures + name));

afterAll(stopPdfParser);

describe("pdf.js's parser thread", () => {
  it('reads two reports at once, each as it reads alone', async () => {
    const english = fixture('alipay-2019-2020-excerpt.pdf');
    const chinese = fixture('alibaba-esg-2022-excerpt.pdf');
    const alone = [(await readPdf(english, {})).text, (await readPdf(chinese, {})).text];
    const together = await Promise.all([readPdf(english, {}), readPdf(chinese, {})]);
    expect(together.map((read) => read.text)).toEqual(alone);
  });

  it('fails a read under way when the thread stops, and starts a new thread for the next read', async () => {
    const reading = readPdf(fixture('large-all-seeds.pdf'), {
      onProgress: (done) => {
        if (done === 1) void stopPdfParser();
      },
    });
    const error = await reading.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ReportReadError);
    expect((error as ReportReadError).code).toBe('internal');
    expect((error as ReportReadError).reason).toMatch(/^the PDF reader stopped before it finished/);

    const next = await readPdf(fixture('alipay-2019-2020-excerpt.pdf'), {});
    expect(next.pages).toHaveLength(4);
  });

  it('started ahead of any read, does not hold the process open while it waits for one', async () => {
    // A process of its own that only starts the thread: it must end by itself, as one that never read a PDF does.
    const engine = new URL('./pdf-engine.ts', import.meta.url).href;
    const script = `import { startPdfParser } from ${JSON.stringify(engine)}; await startPdfParser(); console.log('started');`;
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: 90_000 });
    await expect(run).resolves.toMatchObject({ stdout: 'started\n' });
  }, 120_000);
});
