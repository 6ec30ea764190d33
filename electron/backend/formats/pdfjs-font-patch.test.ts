// pdf.js is patched (patches/pdfjs-dist+5.4.624.patch, applied by patch-package at install): its
// text extraction sets a font it has already loaded at once, not after a round of its promise loop.
// Reports printed from Chrome set a font for every CJK glyph; the loop cost a tenth of the parser
// thread on the 120-page fixture (BENCHMARKS.md, the command line section).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const workerSource = (): string => readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');

describe("pdf.js's font patch", () => {
  it('is applied to the pdf.js the backend loads (else run `npx patch-package`)', () => {
    const source = workerSource();
    expect(source).toContain('  loadedFont(fontName, resources) {');
    expect(source).toContain('const loadedFont = self.loadedFont(fontNameArg, resources);');
  });

  it('sets a font in the text loop only as pdf.js itself would after loading it', () => {
    // The fast path copies the three fields pdf.js's own handleSetFont sets, and nothing else.
    const source = workerSource();
    const handleSetFont = /async function handleSetFont\(fontName, fontRef\) \{\n\s*const translated = await self\.loadFont\(fontName, fontRef, resources, task\);\n((?:\s*textState\.\w+ = .*\n){3})/.exec(source);
    expect(handleSetFont).not.toBeNull();
    const fields = (body: string) => [...body.matchAll(/textState\.(\w+) = (\w+)\.(.*);/g)].map(([, field, , value]) => `${field}=${value}`);
    const fastPath = /if \(loadedFont\) \{\n((?:\s*textState\.\w+ = .*\n){3})\s*break;/.exec(source);
    expect(fastPath).not.toBeNull();
    expect(fields(fastPath![1]!)).toEqual(fields(handleSetFont![1]!));
  });
});
