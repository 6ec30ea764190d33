import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const priorYear = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');

const report = (sales: string, rate: string) =>
  `Ticket sales grew again. Catering sales of GBP ${sales} million, from the station kiosks and the trains, rose fastest, up ${rate}%.\n\nTable 3: Revenue by source (GBP thousand)\n\nSource                2024        2023    Change (%)\nTickets            182,460     171,900           6.1\nCatering            14,200      13,400           6.0\nTotal              196,660     185,300           6.1\n`;

describe('a figure, words set off by commas, then its verb and rate: `Catering sales of GBP N million, from …, rose fastest, up R%`', () => {
  it('reads the rate against the row\'s year before (13,400 -> 14,200 thousand is +6.0%)', () => {
    expect(priorYear(report('14.2', '6.0'))).toMatchObject([{ holds: true }]);
    expect(priorYear(report('14.2', '9.0'))).toMatchObject([{ holds: false, stated: 9 }]);
  });

  it('finds the rate not computing on a figure said a power of ten off (GBP 1.42 million for 14,200 thousand)', () => {
    expect(priorYear(report('1.42', '6.0'))).toMatchObject([{ holds: false, stated: 6 }]);
  });
});
