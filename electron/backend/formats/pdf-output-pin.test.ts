// The PDF reader's whole output on every fixture PDF, pinned: its text, its pages, its warnings and
// the boxes of every line of its text. Speed work on the reader (pages laid out as they arrive, pdf.js
// patches) must leave all of it unchanged; these digests were taken at 7829f64, before that work. A
// change meant to alter the reader's output updates them, and says why in its commit.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readPdf } from './pdf';
import { stopPdfParser } from './pdf-engine';

const fixtures = fileURLToPath(new URL('../../../../shared/fixtures/', import.meta.url));

afterAll(stopPdfParser);

async function readerDigest(path: string, password?: string): Promise<string> {
  const read = await readPdf(new Uint8Array(readFileSync(fixtures + path)), password === undefined ? {} : { password });
  const hash = createHash('sha256').update(read.text).update(JSON.stringify(read.pages)).update(JSON.stringify(read.warnings));
  let start = 0;
  for (const line of read.text.split('\n')) {
    if (line.length > 0) hash.update(JSON.stringify(read.locate?.(start, start + line.length) ?? null));
    start += line.length + 1;
  }
  return hash.digest('hex').slice(0, 16);
}

describe("the PDF reader's output on the fixture PDFs", () => {
  it.each([
    ['pdf/alipay-2019-2020-excerpt.pdf', '7ba87a3c6deed853'],
    ['pdf/alibaba-esg-2022-excerpt.pdf', '654825c70b8ba97f'],
    ['pdf/ant-financial-2016-bilingual-excerpt.pdf', '3a286b6dd1f0e02a'],
    ['pdf/alibaba-esg-2022-full.pdf', '692b550288ff18d0'],
    ['pdf/large-all-seeds.pdf', 'b6a7d1144cf52194'],
  ])('%s is as it was', async (path, digest) => {
    expect(await readerDigest(path)).toBe(digest);
  }, 120_000);

  it('a protected file read with its password is as it was', async () => {
    expect(await readerDigest('bad/encrypted-password-audit.pdf', 'audit')).toBe('7ba87a3c6deed853');
  }, 60_000);
});
