import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importReport } from '../../electron/backend/import-report';
import { generateHostileCorpus, type HostileInput } from './generate';

// Every input of the hostile corpus through the backend's import: each ends, in bounded time, in a
// parsed report or in an error whose message names the file.

const dir = mkdtempSync(join(tmpdir(), 'tickmark-hostile-'));
const corpus: HostileInput[] = generateHostileCorpus(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Far above what any of these takes, far below "never finishes". */
const BOUND_MS = 30_000;

describe('the hostile corpus through importReport', () => {
  it.each(corpus.map((input) => [input.what, input] as const))('%s', async (_what, input) => {
    const fileName = basename(input.path);
    const started = performance.now();
    const result = await importReport({ jobId: 'hostile', fileName, bytes: readFileSync(input.path) }, () => {});
    expect(performance.now() - started).toBeLessThan(BOUND_MS);

    if (!result.ok) {
      expect(result.error.fileName).toBe(fileName);
      expect(result.error.message).toContain(`"${fileName}"`);
      expect(result.error.code).not.toBe('internal');
    }
    const { expectation } = input;
    if (expectation.outcome === 'read') expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
    if (expectation.outcome === 'refused') expect(result.ok ? 'read' : result.error.code).toBe(expectation.code);
  }, 60_000);
});
