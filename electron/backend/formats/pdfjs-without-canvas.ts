import { createRequire } from 'node:module';

/**
 * Lets pdf.js's API load without @napi-rs/canvas. In Node it requires that 30 MB native library as it
 * loads (which also starts a Rust runtime) only to polyfill DOMMatrix, ImageData and Path2D for
 * drawing pages; the backend draws nothing (the renderer draws pages in the browser), so the three
 * are given inert stand-ins and the require answers with an empty module: an import worker reading
 * a PDF starts faster and some 25 MB smaller. Drawing a page with this pdf.js would fail.
 */
export function withoutCanvas(): void {
  const inert = class {};
  const globals = globalThis as Record<string, unknown>;
  for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) globals[name] ??= inert;

  const fromPdfjs = createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  let path: string;
  try {
    path = fromPdfjs.resolve('@napi-rs/canvas');
  } catch {
    return; // not installed (an optional dependency): pdf.js then does without it, with a warning
  }
  fromPdfjs.cache[path] ??= { id: path, filename: path, loaded: true, exports: {} } as NodeJS.Module;
}
