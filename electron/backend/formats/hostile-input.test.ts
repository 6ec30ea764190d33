import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeScaling, scaledTimes, grewLinearly } from '../../../shared/extraction/__fixtures__/linear-growth';
import { craftDocx } from './__fixtures__/crafted-docx';
import { readDocx } from './docx';
import { readHtml, visibleText } from './html';
import { buildFragments } from './pdf-fragments';
import { layoutPage } from './pdf-layout';
import type { TextRun } from './pdf-geometry';
import { readPdf } from './pdf';
import { readText } from './text';
import type { FormatReader } from './types';
import { ReportReadError } from './types';

// Each reader on input built to hurt it: time that grows linearly with the input, and on random
// bytes either text or a ReportReadError (the import turns it into a message naming the file),
// never another exception.

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding time grows linearly with the input', () => {
  const html: Record<string, (n: number) => string> = {
    'elements nested without end': (n) => '<div><span>'.repeat(n) + '12%' + '</span></div>'.repeat(n),
    'formatting left open across paragraphs': (n) => '<b><i><u></p>'.repeat(n),
    'character references': (n) => '&amp;&#x4e07;&lt;'.repeat(n),
    'a run of `<`': (n) => '<'.repeat(10 * n),
    'one preformatted run of line breaks': (n) => `<pre>${'\n'.repeat(10 * n)}x</pre>`,
  };
  for (const [name, make] of Object.entries(html)) {
    it(`HTML, ${name}`, () => {
      const times = scaledTimes((n) => {
        const source = make(n);
        return () => visibleText(source);
      }, 20_000);
      expect(times, describeScaling(times)).toSatisfy(grewLinearly);
    });
  }

  it('text with a control character in every line', () => {
    const times = scaledTimes((n) => {
      const bytes = utf8('Emissions fell 12%\x1b[31m in 2023;\n'.repeat(n) + 'x'.repeat(60 * n));
      return () => readText(bytes, {});
    }, 20_000);
    expect(times, describeScaling(times)).toSatisfy(grewLinearly);
  });

  const run = (text: string, x: number, baseline: number, size = 10): TextRun => ({
    text, x0: x, x1: x + text.length * size * 0.5, top: baseline - 0.8 * size, bottom: baseline + 0.2 * size, baseline, size,
  });
  const pages: Record<string, (n: number) => TextRun[]> = {
    'one row of thousands of cells': (n) => Array.from({ length: n }, (_, k) => run('12', k * 30, 100)),
    'one row of words with the spaces between them': (n) => Array.from({ length: n }, (_, k) => run(k % 2 ? ' ' : 'ab', k * 12, 100)),
    'one column of thousands of lines': (n) => Array.from({ length: n }, (_, k) => run('line', 50, 100 + k * 14)),
    // sizes alternate so that each row is a block of its own, and the rows one table
    'a table of thousands of two-cell rows': (n) =>
      Array.from({ length: n }, (_, k) => run('9', (k % 2) * 200, 100 + Math.floor(k / 2) * 20, Math.floor(k / 2) % 2 ? 10 : 12.5)),
  };
  for (const [name, make] of Object.entries(pages)) {
    it(`PDF page layout, ${name}`, () => {
      const times = scaledTimes((n) => {
        const runs = make(n);
        return () => layoutPage(buildFragments(runs));
      }, 8_000);
      expect(times, describeScaling(times)).toSatisfy(grewLinearly);
    });
  }
});

describe('random bytes', () => {
  const readers: Array<{ name: string; read: FormatReader; prefix: string; runs: number }> = [
    { name: 'text', read: readText, prefix: '', runs: 100 },
    { name: 'HTML', read: readHtml, prefix: '<!DOCTYPE html><p>', runs: 100 },
    { name: 'Word', read: readDocx, prefix: 'PK\x03\x04', runs: 100 },
    { name: 'PDF', read: readPdf, prefix: '%PDF-1.7\n', runs: 25 },
  ];
  for (const { name, read, prefix, runs } of readers) {
    it(`${name}: read, or refused with a reason, never an unexpected exception`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.boolean(), fc.uint8Array({ maxLength: 4096 }), async (withSignature, noise) => {
          const bytes = withSignature ? new Uint8Array([...utf8(prefix), ...noise]) : noise;
          const outcome = await read(bytes, {}).then(
            (report) => report.text,
            (error: unknown) => error,
          );
          if (typeof outcome !== 'string') expect(outcome, String(outcome)).toBeInstanceOf(ReportReadError);
        }),
        { numRuns: runs },
      );
    });
  }

  it('Word: a well-formed archive whose document is random bytes is read, or refused as corrupt', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 2048 }), async (noise) => {
        const outcome = await readDocx(craftDocx(new TextDecoder('latin1').decode(noise)), {}).then(
          (text) => text,
          (error: unknown) => error,
        );
        if (outcome instanceof Error) expect((outcome as ReportReadError).code, String(outcome)).toBe('corrupt');
      }),
      { numRuns: 30 },
    );
  });
});
