import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { tableRestatements } from './table-restatements';

const appendix = ['Key data', '', 'Metric Unit FY2022 FY2023 FY2024', 'Recycled water share % 31.8 33.5 36.2', ''].join('\n');
const tableRow = (text: string) => tableRestatements([checkDoc('report.txt', text), checkDoc('appendix.txt', appendix)]).filter((c) => c.rule === 'consistency.table-row');

describe('a year a change in points or per cent is said on', () => {
  it('is the base of the change, not the year of the level before it: the row is read at its latest year', () => {
    expect(tableRow('The recycled water share reached 36.2%, up 2.7 percentage points on FY2023.')).toEqual([]);
    expect(tableRow('The recycled water share reached 36.2%, up 8.1% on FY2023.')).toEqual([]);
    expect(tableRow('The recycled water share reached 38.2%, up 4.7 percentage points on FY2023.')).toMatchObject([{ holds: false, figures: [{ value: 38.2 }, { value: 36.2 }] }]);
  });
});
