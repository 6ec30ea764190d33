// The rules that read what built code loads (runtime-references.ts), on code shaped as esbuild writes
// it; and the source rule that keeps them sufficient: a worker is found beside the module starting it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './builder-config';
import { reachable, referencesIn } from './runtime-references';

describe('referencesIn', () => {
  it('finds chunks imported statically or when first used, and packages imported, required or resolved', () => {
    const code = [
      'import {\n  a,\n  b\n} from "./chunk-AB12.js";',
      'import "./side-effect.js";',
      'export { c } from "./chunk-CD34.js";',
      'import { z } from "zod";',
      'import { readFile } from "node:fs/promises";',
      'const ort = await import("onnxruntime-node");',
      'const chunk = () => import("./chunk-EF56.js");',
      'const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));',
      'const usage = `see the README, or import "nothing" from a string: from "x y"`;',
    ].join('\n');
    expect(referencesIn('/dist/electron/main.js', code)).toEqual({
      files: ['/dist/electron/chunk-AB12.js', '/dist/electron/chunk-CD34.js', '/dist/electron/side-effect.js', '/dist/electron/chunk-EF56.js'],
      packages: ['zod', 'onnxruntime-node', 'pdfjs-dist/package.json'],
    });
  });

  it('follows the worker the built code starts, not the TypeScript branch that runs only under tsx', () => {
    const code = [
      'return import.meta.url.endsWith(".ts") ? new URL("./worker/import-worker.ts", import.meta.url) : new URL("./import-worker.js", import.meta.url);',
      'url: new URL("./run-ts-worker.mjs", import.meta.url),',
    ].join('\n');
    expect(referencesIn('/dist/electron/chunk-X.js', code).files).toEqual(['/dist/electron/import-worker.js']);
  });

  it("finds the files main joins to its own folder and to the app's", () => {
    const code = [
      'var here = dirname(fileURLToPath(import.meta.url));',
      'var PRELOAD = join2(here, "preload.cjs");',
      'var RENDERER_DIR = join2(here, "..", "renderer");',
      'var ICON = join2(app.getAppPath(), "assets", "icon.png");',
      'var OTHER = join(somewhereElse, "ignored.txt");',
    ].join('\n');
    expect(referencesIn('/dist/electron/main.js', code).files).toEqual(['/dist/electron/preload.cjs', '/dist/renderer', '/assets/icon.png']);
  });
});

describe('reachable', () => {
  it('walks every file reached from the entries once and names those the archive lacks', () => {
    const archive: Record<string, string> = {
      '/a.js': 'import { b } from "./b.js";\nconst w = new URL("./worker.js", import.meta.url);',
      '/b.js': 'import { a } from "./a.js";\nimport x from "pkg/sub";',
    };
    expect(reachable(['/a.js'], (file) => archive[file] ?? null)).toEqual({
      files: ['/a.js', '/b.js', '/worker.js'],
      missing: ['/worker.js'],
      packages: ['pkg/sub'],
    });
  });
});

/** The Node side's TypeScript sources, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the Node side starts workers the packaged-layout test can follow', () => {
  it("locates every `new Worker(` script with `new URL('./…', import.meta.url)` in the same module", () => {
    const starting = sources(join(ROOT, 'electron')).filter((file) => readFileSync(file, 'utf8').includes('new Worker('));
    expect(starting.length).toBeGreaterThan(0);
    const unfollowed = starting.filter((file) => !/new URL\(\s*'\.{1,2}\/[^']+\.js'\s*,\s*import\.meta\.url\s*\)/.test(readFileSync(file, 'utf8')));
    expect(unfollowed.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
