import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const units = (text: string): string[] => extractFigures(text).map((f) => f.unit);

// an Australian water utility's report: its managing director's `$` in running text, its tables in AUD
const report = (letter: string, table = 'Table 2: Operating revenue (AUD million)') =>
  [`${letter} We supplied 412 GL of water across the region.`, '', table, 'Segment            FY2024      FY2023', 'Water               612.4       588.1', ''].join('\n');

describe('a bare $ in a report of another dollar', () => {
  it('is the report’s one dollar where the US dollar is never named', () => {
    expect(units(report('Revenue grew to $1.24 billion and we invested $386 thousand in community grants.')).slice(0, 2)).toEqual(['AUD', 'AUD']);
    expect(units(report('Revenue grew to $1.24 billion.', 'Table 2: Operating revenue (Australian dollars, million)'))[0]).toBe('AUD');
  });

  it('stays the US dollar in a report that names the US dollar, or two other dollars, or none', () => {
    expect(units(report('Revenue grew to $1.24 billion, and our US$ bonds were repaid.'))[0]).toBe('USD');
    expect(units(report('Revenue grew to $1.24 billion; our New Zealand arm earned NZD 84 million.'))[0]).toBe('USD');
    expect(units('Revenue grew to $1.24 billion.')[0]).toBe('USD');
  });
});
