/**
 * What the packaged main process loads at run time, read from the built code itself (esbuild's output
 * in dist/electron), not from a hand list that could drift: starting at package.json's "main", every
 * chunk it imports (statically or when first used), every worker script it starts
 * (`new URL('./import-worker.js', import.meta.url)`), every npm package it imports or resolves, and the
 * files main.js joins to its own folder or to the app's (the preload, the renderer, the window icon).
 */
import { posix } from 'node:path';

export interface References {
  /** Files of the app (archive paths, `/dist/electron/chunk-X.js`) this file loads. */
  files: string[];
  /** npm specifiers it imports, requires or resolves (`pdfjs-dist/legacy/build/pdf.mjs`). */
  packages: string[];
}

// esbuild's output: one statement a line, `import { a, b } from "x";` possibly over several lines.
const STATIC_IMPORT = /^\s*(?:import|export)\b[^;"]*?\bfrom\s*"([^"\s]+)"/gm;
const BARE_IMPORT = /^\s*import\s*"([^"\s]+)"/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*"([^"\s]+)"\s*\)/g;
const REQUIRE = /\brequire(?:\.resolve)?\(\s*"([^"\s]+)"\s*\)/g;
const CREATE_REQUIRE_RESOLVE = /\bcreateRequire\d*\([^()]*(?:\([^()]*\))?[^()]*\)\.resolve\(\s*"([^"\s]+)"\s*\)/g;
/** How the code finds a worker script (or any file) beside itself. */
const BESIDE_MODULE = /\bnew URL\(\s*"(\.{1,2}\/[^"\s]+)"\s*,\s*import\.meta\.url\s*\)/g;
/** `var here = dirname(fileURLToPath(import.meta.url))`: the name the module gives its own folder. */
const MODULE_DIR = /\b(?:var|let|const)\s+(\w+)\s*=\s*dirname\d*\(\s*fileURLToPath\d*\(\s*import\.meta\.url\s*\)\s*\)/g;
const JOINED = /\bjoin\d*\(\s*(\w+|app\.getAppPath\(\))\s*,\s*((?:"[^"]*"\s*,?\s*)+)\)/g;

/**
 * Targets of `new URL(…, import.meta.url)` that only run from the TypeScript sources (under tsx: tests,
 * development): the `.ts` branch of `import.meta.url.endsWith('.ts') ? … : …`, and the loader that
 * starts a TypeScript worker (electron/backend/worker/start.ts). The build never runs them.
 */
const TSX_ONLY = /\.ts$|(^|\/)run-ts-worker\.mjs$/;

const all = (code: string, pattern: RegExp) => [...code.matchAll(pattern)].map((match) => match[1]!);

const isPackage = (specifier: string) => !specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('node:');

/** What the built file at archive path `file` loads, by the rules above. */
export function referencesIn(file: string, code: string): References {
  const dir = posix.dirname(file);
  const specifiers = [...all(code, STATIC_IMPORT), ...all(code, BARE_IMPORT), ...all(code, DYNAMIC_IMPORT), ...all(code, REQUIRE), ...all(code, CREATE_REQUIRE_RESOLVE)];
  const files = [
    ...specifiers.filter((it) => it.startsWith('.')),
    ...all(code, BESIDE_MODULE).filter((it) => !TSX_ONLY.test(it)),
  ].map((it) => posix.join(dir, it));
  const moduleDirs = new Set(all(code, MODULE_DIR));
  for (const [, base, parts] of code.matchAll(JOINED)) {
    const segments = all(parts!, /"([^"]*)"/g);
    if (base === 'app.getAppPath()') files.push(posix.join('/', ...segments));
    else if (moduleDirs.has(base!)) files.push(posix.join(dir, ...segments));
  }
  return { files: [...new Set(files)], packages: [...new Set(specifiers.filter(isPackage))] };
}

/** Every app file reached from `entries` and every package specifier they use; `read` gives a file's text, or null when the archive lacks it. */
export function reachable(entries: readonly string[], read: (file: string) => string | null): { files: string[]; missing: string[]; packages: string[] } {
  const seen = new Set<string>();
  const missing: string[] = [];
  const packages = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = read(file);
    if (text === null) {
      missing.push(file);
      continue;
    }
    if (!/\.(c|m)?js$/.test(file)) continue; // a page, an icon: loaded, not followed
    const found = referencesIn(file, text);
    queue.push(...found.files);
    found.packages.forEach((it) => packages.add(it));
  }
  return { files: [...seen], missing, packages: [...packages].sort() };
}
