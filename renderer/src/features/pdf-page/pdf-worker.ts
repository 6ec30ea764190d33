// pdf.js's worker, started by pdf-document.ts as a module worker of the app's own origin.
//
// Without DecompressionStream pdf.js inflates with its own synchronous code. With it, each of the
// thousands of small streams of a report's fonts (CJK text printed by Chromium is a Type 3 font
// per character, each with a CMap and glyph procedures) takes a round trip through web streams: a
// new CJK report's first page took about 40 % longer (BENCHMARKS.md). Imports are evaluated in
// order, so the global is gone before pdf.js looks for it.
import './pdf-worker-without-decompression-stream';
import 'pdfjs-dist/build/pdf.worker.min.mjs';
