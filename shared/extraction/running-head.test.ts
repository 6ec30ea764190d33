import { describe, expect, it } from 'vitest';
import { pageAfterEdgeTitle } from './running-head';

/** Whether the number after a column gap in `text` is a running head's page number by the title at a page's edge. */
const edge = (text: string): boolean => {
  const m = / {2,}(\d+)/.exec(text)!;
  const start = m.index + m[0].length - m[1]!.length;
  return pageAfterEdgeTitle(text, start, start + m[1]!.length);
};
const para = 'We sold 14,862 GWh of power to households and businesses across the region last year. '.repeat(4).trim();

describe("a running head's title at a page's edge", () => {
  it("opens a page after pdftotext's form feed, on its line or after a line break", () => {
    expect(edge('We sold 14,862 GWh.\n\fElectricity Operating Data        18\n\nMore text')).toBe(true);
    expect(edge('Annual Review\fOperating Data        19\n\nMore text')).toBe(true);
    // no blank line under it: a table's first row
    expect(edge('We sold 14,862 GWh.\n\fElectricity Operating Data        18\nMore text')).toBe(false);
  });
  it('closes a page under a blank line, however long the lines of the page', () => {
    expect(edge(`${para}\n\nElectricity Operating Data        18\n`)).toBe(true);
    expect(edge(`${para}\n\nElectricity Operating Data        18\n\fNext page`)).toBe(true);
    // a paragraph's line right above it, longer than any page's line: no blank line over the title
    expect(edge(`${para}\nElectricity Operating Data        18\n`)).toBe(false);
  });
});
