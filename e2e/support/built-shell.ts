// The Chromium shell as `npm run build` builds it (dist/electron/chromium-shell.js), so that the specs
// run the backend bundle Electron's main.js runs, import worker and pdf.js's parser thread included,
// not the TypeScript sources.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as ShellSource from '../../electron/chromium-shell/shell';

export type BuiltShell = typeof ShellSource;

const BUILT_SHELL = fileURLToPath(new URL('../../dist/electron/chromium-shell.js', import.meta.url));

let loading: Promise<BuiltShell> | undefined;

export function builtShell(): Promise<BuiltShell> {
  if (!existsSync(BUILT_SHELL)) {
    return Promise.reject(new Error(`No build of the Chromium shell at ${BUILT_SHELL}: run \`npm run build\` first.`));
  }
  loading ??= import(pathToFileURL(BUILT_SHELL).href) as Promise<BuiltShell>;
  return loading;
}
