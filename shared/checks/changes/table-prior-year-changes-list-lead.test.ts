import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const priorYear = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');

describe('a list item\'s rate whose metric the list\'s lead line names', () => {
  it('reads the lead\'s words with the item\'s to name the row (13.2 -> 12.4 m3/t is -6.1%)', () => {
    const report = (rate: string) =>
      `2.2 Water\nThe water intensity of our main grades fell again in 2023:\n  - paper: 12.4 m3/t, down ${rate}%;\n  - board: 8.9 m3/t, down 3.3%.\n\n| Indicator | Unit | 2023 | 2022 |\n|---|---|---|---|\n| Water withdrawal | 10,000 m3 | 1,842.6 | 1,906.2 |\n| Water intensity of paper | m3/t | 12.4 | 13.2 |\n| Water intensity of board | m3/t | 8.9 | 9.2 |\n`;
    expect(priorYear(report('6.1'))).toMatchObject([{ holds: true }, { holds: true }]);
    expect(priorYear(report('8.1'))).toMatchObject([{ holds: false, stated: 8.1 }, { holds: true }]);
  });
});
