import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfjs, pdfjsResources, stopPdfParser, withPdfParser } from './pdf-engine';
import { textRuns } from './pdf-runs';
import { packTextItems, readPackedText } from './pdf-text-packing';

const fixtures = fileURLToPath(new URL('../../../../shared/fixtures/pdf/', import.meta.url));
const pdf = fixtures + 'alipay-2019-2020-excerpt.pdf';
const options = { ...pdfjsResources(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 };

afterAll(stopPdfParser);

describe('packed pdf.js text items', () => {
  it('keep each text, transform and width, and leave out items with no text', () => {
    const packed = packTextItems([
      { str: '4,960', transform: [10, 0, 0, 10, 72, 700], width: 26.5 },
      { transform: [1, 0, 0, 1, 0, 0] }, // marked content
      { str: '', transform: [10, 0, 0, 10, 98.5, 700], width: 0 },
      { str: '儿童', transform: [12, 0, 0, 12, 110, 700], width: 24 },
    ]);
    expect(packed.text).toBe('4,960儿童');
    expect([...packed.ends]).toEqual([5, 5, 7]);
    expect([...packed.numbers]).toEqual([10, 0, 0, 10, 72, 700, 26.5, 10, 0, 0, 10, 98.5, 700, 0, 12, 0, 0, 12, 110, 700, 24]);
    const runs = textRuns([packed], [1, 0, 0, -1, 0, 800]);
    expect(runs.map((run) => run.text)).toEqual(['4,960', '儿童']);
    expect(runs[0]).toMatchObject({ x0: 72, x1: 98.5, baseline: 100, size: 10 });
  });

  it('arrive packed and merged from the parser thread, with the text pdf.js reads in process', async () => {
    const { getDocument } = await pdfjs();
    const bytes = new Uint8Array(readFileSync(pdf));
    const chunks = await withPdfParser(async (worker) => {
      const document = await getDocument({ ...options, worker, data: bytes.slice() }).promise;
      const page = await document.getPage(1);
      const read: unknown[] = [];
      const reader = page.streamTextContent().getReader();
      for (let next = await reader.read(); !next.done; next = await reader.read()) read.push(next.value);
      const packed = await readPackedText(await document.getPage(1));
      await document.destroy();
      return { read, packed };
    });
    expect(chunks.read.length).toBeGreaterThan(0);
    for (const chunk of chunks.read) expect(chunk).toMatchObject({ items: [], packed: { text: expect.any(String) } });

    // The same page read by pdf.js on this thread (its own parsing side, nothing packed).
    const local = await getDocument({ ...options, data: bytes.slice() }).promise;
    const content = await (await local.getPage(1)).getTextContent();
    await local.destroy();
    const unpacked = packTextItems(content.items.filter((item) => 'str' in item));
    expect(chunks.packed.map((part) => part.text).join('')).toBe(unpacked.text);
    expect(chunks.packed.flatMap((part) => [...part.numbers])).toEqual([...unpacked.numbers]);
    // pdf.js sends ten items a chunk; the parser thread posts what it sent meanwhile as one.
    expect(unpacked.ends.length).toBeGreaterThan(50);
    expect(chunks.read.length).toBeLessThan(unpacked.ends.length / 10 / 2);
  });

  it("come in a few chunks a page, not one for every 100 items pdf.js's reader allows ahead", async () => {
    const { getDocument } = await pdfjs();
    const bytes = new Uint8Array(readFileSync(fixtures + 'large-all-seeds.pdf'));
    const { chunks, items } = await withPdfParser(async (worker) => {
      const document = await getDocument({ ...options, worker, data: bytes.slice() }).promise;
      // Page 2: over 2,000 items, one CJK glyph each (the report sets a font for every glyph).
      const reader = (await document.getPage(2)).streamTextContent().getReader();
      let count = 0;
      let total = 0;
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        count++;
        total += (next.value as { packed: { ends: Uint32Array } }).packed.ends.length;
      }
      await document.destroy();
      return { chunks: count, items: total };
    });
    expect(items).toBeGreaterThan(2000);
    // pdf.js alone would stop after each 100 items until the reader's pull came back: over 20 chunks.
    expect(chunks).toBeLessThanOrEqual(items / 500);
  });
});
