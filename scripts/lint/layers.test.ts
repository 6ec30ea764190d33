import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The repository's own eslint.config.js, run on snippets as if they were files at these paths.
const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((message) => message.ruleId === 'tickmark/layers').map((message) => message.message);
}

describe('tickmark/layers', () => {
  it.each([
    // Modules a layer's runtime does not have.
    ['electron/chromium-shell/window.ts', "import { app } from 'electron';", "node code may not import 'electron'"],
    ['electron/backend/keys.ts', "import type { SafeStorage } from 'electron';", "node code may not import 'electron'"],
    ['electron/cli/io.ts', "type Shell = typeof import('electron/main');", "node code may not import 'electron/main'"],
    ['shared/text/format.ts', "import { inspect } from 'util';", "shared code may not import the Node built-in 'util'"],
    ['shared/audit/bus.ts', "export { EventEmitter } from 'node:events';", "may not import the Node built-in 'node:events'"],
    ['shared/export/write.ts', "export * from 'stream';", "may not import the Node built-in 'stream'"],
    ['renderer/src/db/file.ts', "import { readFile } from 'fs/promises';", "renderer code may not import the Node built-in 'fs/promises'"],
    ['renderer/src/app/lazy.ts', "export const load = () => import('node:path');", "may not import the Node built-in 'node:path'"],
    ['renderer/src/app/old.ts', "import os = require('os');", "may not import the Node built-in 'os'"],
    ['renderer/src/app/ipc.ts', "import { ipcRenderer } from 'electron';", "renderer code may not import 'electron'"],
    ['electron/preload/paths.ts', "import { join } from 'node:path';", "electron-preload code may not import the Node built-in 'node:path'"],
    // Relative imports across layers.
    ['renderer/src/app/files.ts', "import { importReport } from '../../../electron/backend/import-report';", 'electron/backend/import-report, which is node code'],
    ['electron/backend/view.ts', "import { App } from '../../renderer/src/app/App';", 'renderer/src/app/App, which is renderer code'],
    ['electron/main/window.ts', "import { Queue } from '../../renderer/src/features/queue/Queue';", 'which is renderer code'],
    ['shared/domain/io.ts', "import { readReport } from '../../electron/backend/files';", 'shared imports only shared'],
    ['shared/domain/view.ts', "import { useUi } from '../../renderer/src/state/ui';", 'which is renderer code'],
    ['shared/domain/config.ts', "import config from '../../vite.config';", 'vite.config, which is in no layer'],
    ['electron/chromium-shell/hook.ts', "import { bindIpc } from '../main/ipc-binding';", 'electron/main/ipc-binding, which is electron-main code'],
    ['e2e/support/hook.ts', "import { createChooseSavePath } from '../../electron/main/save-dialog';", 'which is electron-main code'],
    ['electron/main/bridge.ts', "import { createTickmarkApi } from '../preload/api';", 'which is electron-preload code'],
    ['electron/preload/backend.ts', "import { startBackend } from '../backend/start-backend';", 'electron-preload imports only electron-preload, shared'],
  ])('%s: %s fails', async (file, code, error) => {
    expect(await layerErrors(file, code)).toEqual([expect.stringContaining(error)]);
  });

  it.each([
    ['shared/audit/chain.ts', "import { z } from 'zod';\nimport { sha256 } from '@noble/hashes/sha256';\nimport type { Figure } from '../domain/figure';"],
    ['renderer/src/app/App.tsx', "import { useState } from 'react';\nimport type { Figure } from '../../../shared/domain/figure';"],
    ['electron/chromium-shell/window.ts', "import { readFile } from 'node:fs/promises';\nimport { chromium } from '@playwright/test';\nimport { startBackend } from '../backend/start-backend';\nimport { serveRendererFile } from '../node/renderer-files';"],
    ['electron/main/window.ts', "import { app } from 'electron';\nimport { join } from 'node:path';\nimport { startBackend } from '../backend/start-backend';\nimport { APP_ORIGIN } from '../../shared/security/app-origin';"],
    ['electron/preload/preload.ts', "import { contextBridge } from 'electron';\nimport { API_GLOBAL } from '../../shared/ipc/names';\nimport { createTickmarkApi } from './api';"],
    ['e2e/support/launch.ts', "import { _electron } from '@playwright/test';\nimport { E2E_HOOK_GLOBAL } from '../../electron/node/e2e-save-dialog-hook';"],
  ])('%s may import what its layer allows', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });

  it("refuses every one of Node's builtinModules in shared/, with and without node:", async () => {
    const code = builtinModules.flatMap((name, i) => [`import * as a${i} from '${name}';`, `import * as b${i} from 'node:${name}';`]).join('\n');
    expect(await layerErrors('shared/every-builtin.ts', code)).toHaveLength(builtinModules.length * 2);
  });
});
