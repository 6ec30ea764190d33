// pdf.js is patched (patches/pdfjs-dist+5.4.624.patch, applied by patch-package at install): its
// text extraction sets a font it has already loaded at once, not after a round of its promise loop.
// Reports printed from Chrome set a font for every CJK glyph; the loop cost a tenth of the parser
// thread on the 120-page fixture (BENCHMARKS.md, the command line section). And its text transform,
// computed two or three times a glyph, makes one array where it made three, with the same arithmetic.
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

describe("pdf.js's text transform patch", () => {
  it('is applied to the pdf.js the backend loads (else run `npx patch-package`)', () => {
    expect(workerSource()).toContain('but one array made, not three');
  });

  it("gives exactly what pdf.js's own Util.transform(ctm, Util.transform(textMatrix, tsm)) gives, signed zeros included", () => {
    const source = workerSource();
    const patched = /function getCurrentTextTransform\(\) \{\n([\s\S]*?)\n {4}\}\n/.exec(source)?.[1];
    const transform = /static transform\(m1, m2\) \{\n([\s\S]*?)\n {2}\}\n/.exec(source)?.[1];
    expect(patched).toBeDefined();
    expect(transform).toBeDefined();
    const isArrayEqual = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
    const FONT_IDENTITY_MATRIX = [0.001, 0, 0, 0.001, 0, 0];
    type TextState = Record<string, unknown>;
    const current = new Function('textState', 'isArrayEqual', 'FONT_IDENTITY_MATRIX', patched!) as (s: TextState, e: typeof isArrayEqual, f: number[]) => number[];
    const utilTransform = new Function('m1', 'm2', transform!) as (m1: number[], m2: number[]) => number[];
    const original = (textState: TextState): number[] => {
      // pdf.js 5.4.624's getCurrentTextTransform before the patch, as it stood
      const font = textState.font as { isType3Font: boolean; isCharBBox: boolean; bbox: number[] };
      const [fontSize, textHScale, textRise] = [textState.fontSize, textState.textHScale, textState.textRise] as number[];
      const fontMatrix = textState.fontMatrix as number[];
      const tsm = [fontSize! * textHScale!, 0, 0, fontSize!, 0, textRise!];
      if (font.isType3Font && (fontSize! <= 1 || font.isCharBBox) && !isArrayEqual(fontMatrix, FONT_IDENTITY_MATRIX)) {
        const glyphHeight = font.bbox[3]! - font.bbox[1]!;
        if (glyphHeight > 0) tsm[3]! *= glyphHeight * fontMatrix[3]!;
      }
      return utilTransform(textState.ctm as number[], utilTransform(textState.textMatrix as number[], tsm));
    };
    const values = [0, -0, 1, -1, 0.5, 12, -3.25, 1e-7, 1e300, 595.2756, Infinity, NaN];
    let seed = 7;
    const pick = (): number => values[(seed = (seed * 1103515245 + 12345) % 2147483648) % values.length]!;
    const matrix = (): number[] => Array.from({ length: 6 }, pick);
    for (let round = 0; round < 2000; round++) {
      const textState: TextState = {
        font: { isType3Font: round % 2 === 0, isCharBBox: round % 3 === 0, bbox: [pick(), pick(), pick(), pick()] },
        fontSize: pick(),
        textHScale: pick(),
        textRise: pick(),
        fontMatrix: round % 5 === 0 ? FONT_IDENTITY_MATRIX : matrix(),
        ctm: matrix(),
        textMatrix: matrix(),
      };
      const got = current(textState, isArrayEqual, FONT_IDENTITY_MATRIX);
      const want = original(textState);
      expect(got.every((x, i) => Object.is(x, want[i])), `round ${round}`).toBe(true);
    }
  });
});
