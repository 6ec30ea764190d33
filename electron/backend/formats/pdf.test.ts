import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from './pdf';
import type { ReportText } from './types';
import { ReportReadError } from './types';

const shared = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(`${shared}fixtures/${path}`));
const squashed = (text: string): string => text.replace(/\s+/g, '');

async function readError(bytes: Uint8Array, password?: string): Promise<ReportReadError> {
  const error = await readPdf(bytes, password === undefined ? {} : { password }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ReportReadError);
  return error as ReportReadError;
}

describe('readPdf on the two-column English excerpt', () => {
  let read: ReportText;
  beforeAll(async () => {
    read = await readPdf(fixture('pdf/alipay-2019-2020-excerpt.pdf'), {});
  });

  it('reads the passage in order: columns one after the other, never interleaved', () => {
    // The excerpt PDF is the eval passage laid out in two columns: 30-character windows of the
    // passage (white space aside) must be found in the PDF's text, in the passage's order.
    const passage = squashed(readFileSync(`${shared}eval/dev/text/001_9944-20073.txt`, 'utf8'));
    const text = squashed(read.text);
    let found = 0;
    let inOrder = 0;
    let last = -1;
    const windows = Math.floor(passage.length / 30);
    for (let index = 0; index < windows; index++) {
      const at = text.indexOf(passage.slice(index * 30, index * 30 + 30));
      if (at < 0) continue;
      found++;
      if (at > last) inOrder++;
      last = at;
    }
    expect(found / windows).toBeGreaterThan(0.97);
    expect(inOrder / windows).toBeGreaterThan(0.95);
  });

  it('keeps a sentence that wraps inside a column contiguous, one line after the other', () => {
    expect(read.text).toContain(
      'among whom 897 million are mobile Internet\nusers, accounting for 99.3% of the total. Among\nthem, 694 million',
    );
    // The right column's first line follows the left column's last, not its own neighbour line.
    const left = read.text.indexOf('60% of users’ searches on Alipay are related to');
    const right = read.text.indexOf('city services. In the past year');
    expect(left).toBeGreaterThan(0);
    expect(right).toBeGreaterThan(left);
    expect(read.text).not.toMatch(/Internet +city services/);
  });

  it('separates paragraphs by a blank line', () => {
    expect(read.text).toContain('commonplace\n\nWhat do Alipay users do on the platform?\n\nSince Alipay launched');
  });

  it('reads the KPI table one row a line, cells separated by tabs, after both columns', () => {
    expect(read.text).toContain('Indicator\tValue\tUnit\nMobile Internet users in China\t897\tmillion\n');
    expect(read.text).toContain('Share of Internet users paying online\t85.0%\n');
    expect(read.text).toContain('Consumer vouchers distributed\t4.0\tRMB billion');
    expect(read.text.trimEnd().endsWith('Users who ordered takeout online\t389\tmillion')).toBe(true);
    expect(read.text.indexOf('Key performance indicators')).toBeGreaterThan(read.text.indexOf('service sector, which will be conducive'));
  });

  it('has one page range per page, in order, covering the text', () => {
    expect(read.pages.map((page) => page.number)).toEqual([1, 2, 3, 4]);
    expect(read.pages.every((page) => page.hasText)).toBe(true);
    expect(read.pages[0]!.start).toBe(0);
    expect(read.pages.at(-1)!.end).toBe(read.text.length);
    for (const [index, page] of read.pages.entries()) {
      if (index > 0) expect(page.start).toBeGreaterThanOrEqual(read.pages[index - 1]!.end);
    }
    expect(read.warnings).toEqual([]);
  });

  it('locates a figure where the page shows it (pdftotext -bbox puts "897" at x 125.5–142.2, y 112–138)', () => {
    const start = read.text.indexOf('897 million');
    const located = read.locate!(start, start + '897 million'.length);
    expect(located?.page).toBe(1);
    expect(located!.boxes).toHaveLength(1);
    const [box] = located!.boxes;
    expect(box!.x).toBeCloseTo(125.54, 0);
    expect(box!.x + box!.width).toBeCloseTo(181.0, 0); // "million" ends at 148.42 + 32.59
    expect(box!.y).toBeGreaterThan(112);
    expect(box!.y + box!.height).toBeLessThan(138.3);
    expect(box!.height).toBeCloseTo(10, 0);
  });

  it('locates the table figure on page 4, within the page', () => {
    const start = read.text.indexOf('389');
    const located = read.locate!(start, start + 3);
    expect(located?.page).toBe(4);
    const [box] = located!.boxes;
    expect(box!.x).toBeCloseTo(384.76, 0);
    expect(box!.width).toBeCloseTo(14.99, 0);
    // Baseline 123.42 up from the bottom of an 841.92-unit page: 718.5 from the top.
    expect(box!.y).toBeLessThan(718.5);
    expect(box!.y + box!.height).toBeGreaterThan(718.5);
    expect(box!.y + box!.height).toBeLessThan(841.92);
  });

  it('gives one box per line for text that wraps', () => {
    const start = read.text.indexOf('Internet\nusers, accounting');
    const located = read.locate!(start, start + 'Internet\nusers'.length);
    expect(located!.boxes).toHaveLength(2);
    expect(located!.boxes[1]!.y).toBeGreaterThan(located!.boxes[0]!.y);
    expect(located!.boxes[1]!.x).toBeCloseTo(51, 0);
  });

  it('locates nothing for a blank-line separator alone', () => {
    const start = read.text.indexOf('\n\n');
    expect(read.locate!(start, start + 2)).toBeUndefined();
  });
});

describe('readPdf on Chinese text', () => {
  let read: ReportText;
  beforeAll(async () => {
    read = await readPdf(fixture('pdf/alibaba-esg-2022-excerpt.pdf'), {});
  });

  it('joins CJK characters without spaces and turns look-alike radicals into ideographs', () => {
    expect(read.text).toContain('财年，我们带动超过220万个商家和约5亿用户');
    expect(read.text).toContain('阿里巴巴 2022 环境、社会和治理报告（节选）');
    expect(read.text).not.toMatch(/[\u2e80-\u2fdf]/);
  });

  it('keeps a short justified line whole, and CJK text that wraps without a line break', () => {
    expect(read.text).toContain('¹ 来源：<https://sustainability.alibabacloud.com/sc>。');
    expect(read.text).toContain('排放量约为 787.7万吨');
  });

  it('locates CJK figures: full-width glyphs from the pdf.js item positions', () => {
    const start = read.text.indexOf('220万个');
    const located = read.locate!(start, start + '220万个'.length);
    expect(located?.page).toBe(1);
    // pdf.js items: "220" at x 141.58 (width 16.64), "万个" at 158.29 (width 20.06), baseline 696.42.
    const [box] = located!.boxes;
    expect(box!.x).toBeCloseTo(141.58, 0);
    expect(box!.x + box!.width).toBeCloseTo(178.35, 0);
    expect(box!.y + box!.height).toBeCloseTo(841.92 - 696.42 + 2, 0);
    const wan = read.locate!(start + 3, start + 4)!.boxes[0]!;
    expect(wan.x).toBeCloseTo(158.29, 0);
    expect(wan.width).toBeCloseTo(10.03, 0);
  });
});

describe('readPdf leaves out page furniture', () => {
  it('drops the spaced-out page numbers at the foot of a page', async () => {
    const read = await readPdf(fixture('pdf/ant-financial-2016-bilingual-excerpt.pdf'), {});
    expect(read.text).toContain('先诊后付 Treatment first and payment later');
    expect(read.text).not.toMatch(/0 ?2 ?6 ?0 ?2 ?7/);
  });
});

describe('readPdf on files it cannot read', () => {
  it('asks for the password of a protected file', async () => {
    const error = await readError(fixture('bad/encrypted-password-audit.pdf'));
    expect(error.code).toBe('password-required');
    expect(error.reason).toBe('it is protected by a password');
  });

  it('says when the password is wrong', async () => {
    expect((await readError(fixture('bad/encrypted-password-audit.pdf'), 'not-it')).code).toBe('password-wrong');
  });

  it('reads a protected file with the right password', async () => {
    const read = await readPdf(fixture('bad/encrypted-password-audit.pdf'), { password: 'audit' });
    expect(read.pages.length).toBeGreaterThan(0);
    expect(read.text.length).toBeGreaterThan(1000);
  });

  it('calls a truncated file corrupt', async () => {
    const error = await readError(fixture('bad/truncated.pdf'));
    expect(error.code).toBe('corrupt');
    expect(error.reason).toMatch(/^it is not a valid PDF \(.+\)$/);
  });

  it('calls a text file named .pdf corrupt', async () => {
    const error = await readError(fixture('bad/not-really-a.pdf'));
    expect(error.code).toBe('corrupt');
    expect(error.reason).toMatch(/^it is not a PDF/);
  });

  // A page with no text layer is read by OCR: ../ocr/scans.ocr.test.ts (slow, in a file of its own).
});

describe('readPdf progress and cancelling', () => {
  it('reports each page done and leaves the caller its bytes', async () => {
    const bytes = fixture('pdf/alipay-2019-2020-excerpt.pdf');
    const length = bytes.byteLength;
    const progress: [number, number][] = [];
    await readPdf(bytes, { onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    expect(bytes.byteLength).toBe(length);
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    const reading = readPdf(fixture('pdf/alibaba-esg-2022-full.pdf'), {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 2) controller.abort();
      },
    });
    const error = await reading.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ReportReadError);
    expect((error as ReportReadError).code).toBe('cancelled');
  });

  it('does not start when the signal is already aborted', async () => {
    const error = await readPdf(fixture('pdf/alipay-2019-2020-excerpt.pdf'), { signal: AbortSignal.abort() }).catch(
      (thrown: unknown) => thrown,
    );
    expect((error as ReportReadError).code).toBe('cancelled');
  });
});
