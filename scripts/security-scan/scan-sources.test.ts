import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { scanSources } from './scan-sources';

let root: string | null = null;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = null;
});

/** A tiny Electron app: package.json and electron/main.ts creating a window with `webPreferences`. */
async function app(webPreferences: string, extraFiles: Record<string, string> = {}): Promise<string> {
  root = await mkdtemp(join(tmpdir(), 'tickmark-scan-test-'));
  await mkdir(join(root, 'electron'));
  await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'app', devDependencies: { electron: '45.4.1' } }));
  await writeFile(join(root, 'electron', 'main.ts'), `import { BrowserWindow } from 'electron';\nexport const window = new BrowserWindow({ webPreferences: ${webPreferences} });\n`);
  for (const [name, text] of Object.entries(extraFiles)) await writeFile(join(root, 'electron', name), text);
  return root;
}

const rulesAt = (findings: { rule: string; file: string | null }[], file: string) => findings.filter((f) => f.file === file).map((f) => f.rule);

describe('scanSources', () => {
  it('finds a window without context isolation or sandbox in the scanned folder', async () => {
    const scanned = await scanSources(await app('{ contextIsolation: false, sandbox: false }'), ['electron']);
    expect(scanned.ok && rulesAt(scanned.value, 'electron/main.ts')).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
  });

  it('does not find them in a locked-down window', async () => {
    const scanned = await scanSources(await app("{ contextIsolation: true, sandbox: true, disableBlinkFeatures: 'Auxclick' }"), ['electron']);
    expect(scanned.ok && rulesAt(scanned.value, 'electron/main.ts')).toEqual([]);
  });

  it('fails, naming the file, when a file cannot be parsed (and so was not checked)', async () => {
    const scanned = await scanSources(await app('{}', { 'broken.ts': 'const = ;\n' }), ['electron']);
    expect(scanned).toMatchObject({ ok: false, error: expect.stringMatching(/could not parse .*broken\.ts/) });
  });
});

describe('refuse-network.mjs', () => {
  it('makes every connection of the process fail at once', () => {
    const script = "require('node:http').get('http://127.0.0.1:9/').on('error', (error) => console.log(error.code));";
    const guard = fileURLToPath(new URL('./refuse-network.mjs', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', guard, '-e', script], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('ERR_TICKMARK_OFFLINE');
  });
});
