import { describe, expect, it } from 'vitest';
import { buildFragments } from './pdf-fragments';
import type { TextRun } from './pdf-geometry';
import { ReportPages, type PageText } from './pdf-pages';

/** A run of `text` at `x` on `baseline`, half a font size per character wide. */
function run(text: string, x: number, baseline: number, size = 10): TextRun {
  return { text, x0: x, x1: x + text.length * size * 0.5, top: baseline - 0.8 * size, bottom: baseline + 0.2 * size, baseline, size };
}

function page(runs: TextRun[]): PageText {
  const fragments = buildFragments(runs).map((fragment) => ({ ...fragment, text: fragment.runs.map((index) => runs[index]!.text).join(' ') }));
  return { runs, fragments, height: 800 };
}

/** Page `number` of a report: a running header from page 2 on (so page 2 first sees it alone), body text, a page number. */
function reportPage(number: number): PageText {
  return page([
    ...(number >= 2 ? [run('Sustainability Report 2020', 50, 30)] : []),
    run(`Page ${number} says 398 million users`, 50, 200),
    run(`then ${number * 7} million more`, 50, 214),
    run(String(number), 300, 785),
  ]);
}

function finished(order: readonly number[], count: number): { text: string; boxes: unknown[] } {
  const pages = new ReportPages();
  for (const index of order) pages.add(index, reportPage(index + 1));
  const read = pages.finish(count);
  const boxes = [...read.text.matchAll(/\d+ million/g)].map((match) => read.locate!(match.index, match.index + match[0].length));
  return { text: read.text, boxes };
}

describe('a report laid out page by page as pages arrive', () => {
  it('leaves out a running header that only later pages show to be one, and page numbers', () => {
    const { text } = finished([0, 1, 2, 3], 4);
    expect(text).not.toContain('Sustainability Report');
    expect(text.split('\n\n')).toEqual([
      'Page 1 says 398 million users\nthen 7 million more',
      'Page 2 says 398 million users\nthen 14 million more',
      'Page 3 says 398 million users\nthen 21 million more',
      'Page 4 says 398 million users\nthen 28 million more',
    ]);
  });

  it('gives the same text and the same boxes whatever order the pages arrive in', () => {
    const inOrder = finished([0, 1, 2, 3], 4);
    expect(finished([3, 2, 1, 0], 4)).toEqual(inOrder);
    expect(finished([1, 3, 0, 2], 4)).toEqual(inOrder);
  });

  it('places each figure on its own page, boxes in page units', () => {
    const { boxes } = finished([0, 1, 2], 3);
    expect(boxes.map((box) => (box as { page: number }).page)).toEqual([1, 1, 2, 2, 3, 3]);
    expect(boxes[2]).toEqual({ page: 2, boxes: [expect.objectContaining({ y: 200 - 8, height: 10 })] });
  });
});
