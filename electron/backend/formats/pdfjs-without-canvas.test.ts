import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { pdfjs } from './pdf-engine';

describe('withoutCanvas', () => {
  it('lets pdf.js load, silently, with an empty module for @napi-rs/canvas, and still read text', async () => {
    const warn = vi.spyOn(console, 'log');
    const { getDocument } = await pdfjs();
    const fromPdfjs = createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    expect(fromPdfjs.cache[fromPdfjs.resolve('@napi-rs/canvas')]?.exports).toEqual({});
    expect(warn).not.toHaveBeenCalledWith(expect.stringMatching(/canvas|polyfill/i));

    const data = new Uint8Array(readFileSync(new URL('../../../../shared/fixtures/pdf/alipay-2019-2020-excerpt.pdf', import.meta.url)));
    const document = await getDocument({ data, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
    const page = await document.getPage(1);
    expect((await page.getTextContent()).items.length).toBeGreaterThan(0);
    await document.destroy();
  });
});
