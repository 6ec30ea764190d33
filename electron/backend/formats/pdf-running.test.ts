import { describe, expect, it } from 'vitest';
import { isPageNumber, runningFragments, type EdgeCandidate } from './pdf-running';

const line = (text: string, baseline: number, size = 10): EdgeCandidate => ({ text, baseline, size, top: baseline - 8, bottom: baseline + 2 });

function page(lines: EdgeCandidate[]) {
  return { height: 800, fragments: lines };
}

describe('running headers, footers and page numbers', () => {
  it('recognises page numbers, spaced out or worded', () => {
    for (const text of ['7', '- 7 -', '0 2 6 0 2 7', 'Page 12', '12 / 120', 'page 3 of 9', '第 5 页', 'xii']) {
      expect(isPageNumber(text), text).toBe(true);
    }
    for (const text of ['7 million', '398 million users', 'Over 600', '2020年']) expect(isPageNumber(text), text).toBe(false);
  });

  it('drops lines repeated at the edge of several pages and page numbers, not body text', () => {
    const pages = [1, 2, 3].map((number) =>
      page([
        line('Alipay Sustainability Report 2020', 30),
        line(`Chapter ${number}: Digital life`, 44),
        line(`Body text on page ${number} with 398 million users`, 200),
        line(['Over 300 million users', 'More than 90% were small', 'reached 768 million'][number - 1]!, 760),
        line(String(number + 40), 785),
      ]),
    );
    const dropped = runningFragments(pages);
    const kept = pages.flatMap((p) => p.fragments.filter((f) => !dropped.has(f)).map((f) => f.text));
    expect(kept).toEqual([
      'Body text on page 1 with 398 million users',
      'Over 300 million users',
      'Body text on page 2 with 398 million users',
      'More than 90% were small',
      'Body text on page 3 with 398 million users',
      'reached 768 million',
    ]);
  });

  it('keeps a line that appears once, and stops at the first body line from the edge', () => {
    const pages = [
      page([line('Annual report', 30), line('Over', 44), line('600', 58)]),
      page([line('Annual report', 30), line('Unique heading', 44), line('600', 58)]),
    ];
    const dropped = runningFragments(pages);
    expect([...dropped].map((f) => f.text)).toEqual(['Annual report', 'Annual report']);
  });
});
