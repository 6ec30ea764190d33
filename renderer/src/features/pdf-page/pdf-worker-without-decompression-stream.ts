// Imported first by pdf-worker.ts, alone in its module so that it runs before pdf.js is evaluated.
delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
