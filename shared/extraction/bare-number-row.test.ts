import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const strip = (t: string) => extractFigures(t).map((f) => [f.value, f.unit, f.qualifier]);

describe("a chart's bare values one space apart on one line (noise-layout.ts's section-number)", () => {
  it('read as the same values set one to a line (9.01 6.7 5.5 as 9.01⏎6.7⏎5.5)', () => {
    const row = 'reaching over RMB10,000.\n\n2,973\n\n9.01 6.7 5.5\n\n4.87';
    const stacked = 'reaching over RMB10,000.\n\n2,973\n\n9.01\n6.7\n5.5\n\n4.87';
    expect(strip(row)).toEqual(strip(stacked));
    expect(strip(row).map((f) => f[0])).not.toContain(6.7);
  });
  it('leaves numbers in a sentence and a row of amounts alone', () => {
    expect(strip('The index rose to 6.7 from 5.5.').map((f) => f[0])).toEqual([6.7, 5.5]);
    expect(strip('2,973 1,300 1,400').map((f) => f[0])).toEqual([2973, 1300, 1400]);
  });
});
