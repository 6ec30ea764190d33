import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const values = (text: string) => extractFigures(text).map((f) => f.value);

describe('a row label counting people or places, its scale a bare (m)', () => {
  it('scales the row by a million', () => {
    const table = 'Key network figures            2023/24     2022/23\nFull-fibre premises passed (m)    11.2         8.7\nCustomers (m)                     24.6        23.9\n';
    expect(values(table)).toEqual([11.2e6, 8.7e6, 24.6e6, 23.9e6]);
  });

  it('leaves a length in metres as read', () => {
    expect(values('Network figures            2023/24     2022/23\nMains renewed (m)             11.2         8.7\n')).toEqual([11.2, 8.7]);
  });
});

describe('a row label stating data in PB', () => {
  it('gives its cells the unit', () => {
    const units = extractFigures('Network figures            2023/24     2022/23\nMobile data carried (PB)        4,600       3,870\n').map((f) => f.unit);
    expect(units).toEqual(['PB', 'PB']);
  });
});
