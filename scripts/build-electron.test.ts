// What the built command line and import worker load before they do any work: each module loaded at
// start is time on the path of every import (a CLI run on a PDF waits for it twice, in its own thread
// and in the import worker), so npm packages and the extraction code load only when a file needs them.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNodeSide } from './build-electron.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The outputs loaded by importing `entry` (static imports, followed), their source files and the npm packages they import. */
function loadedAtStart(metafile: Metafile, entry: string): { sources: Set<string>; packages: Set<string> } {
  const sources = new Set<string>();
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const output = queue.pop()!;
    if (seen.has(output)) continue;
    seen.add(output);
    const { inputs, imports } = metafile.outputs[output]!;
    for (const input of Object.keys(inputs)) sources.add(input);
    for (const { path, kind, external } of imports) {
      if (kind !== 'import-statement') continue; // a dynamic import() loads when first used
      if (external !== true) queue.push(path);
      else if (!path.startsWith('node:')) packages.add(path);
    }
  }
  return { sources, packages };
}

describe('the built Node side at start', () => {
  let out: string;
  let metafile: Metafile;
  const output = (name: string) => join(relative(root, out), 'electron', name);

  beforeAll(async () => {
    // Into a folder of its own inside the repository, so that it never races a build of dist/.
    await mkdir(join(root, 'dist'), { recursive: true });
    out = await mkdtemp(join(root, 'dist', '.start-test-'));
    ({ metafile } = await buildNodeSide(out));
  }, 60_000);
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('the command line and the import worker import no npm package as they start (zod, pdf.js, the readers load when needed)', () => {
    expect([...loadedAtStart(metafile, output('cli.js')).packages]).toEqual([]);
    expect([...loadedAtStart(metafile, output('import-worker.js')).packages]).toEqual([]);
  });

  it("the import worker can start pdf.js's parser thread before it loads extraction and the readers", () => {
    const { sources } = loadedAtStart(metafile, output('import-worker.js'));
    expect(sources).toContain('electron/backend/formats/pdf-engine.ts');
    for (const later of ['shared/extraction/extract.ts', 'shared/metrics/index.ts', 'electron/backend/import-report.ts', 'electron/backend/formats/pdf.ts']) {
      expect(sources).not.toContain(later);
    }
  });
});
