import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const named = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.share-of-named-whole');

describe('a named whole said twice, once as a table row', () => {
  const text = (overview: string, share: string) =>
    `Key facts\nSales (2024)               EUR ${overview} million\nStaff                      2,130\n\nOur year\nMarketing spend rose 6.1% to EUR 92.4 million, ${share}% of sales.\n\nItem                         Unit            2023         2024\nSales                        EUR million    3,702.5      3,851.6\nMarketing spend              EUR million       87.1         92.4\n`;

  it('checks the share against the row it holds of, when the other statement of the whole is a tenth of it (a slip for consistency to find)', () => {
    // 92.4 of 3,851.6 is 2.40%; of the key facts' 385.16 it would be 24.0%
    expect(named(text('385.16', '2.40'))).toMatchObject([{ holds: true }]);
  });

  it('keeps the whole the share\'s own paragraph prints, which its reader divides by', () => {
    const own = `Our year\nSales were EUR 385.16 million. Marketing spend rose 6.1% to EUR 92.4 million, 2.40% of sales.\n\nItem                         Unit            2023         2024\nSales                        EUR million    3,702.5      3,851.6\nMarketing spend              EUR million       87.1         92.4\n`;
    expect(named(own)).toMatchObject([{ holds: false }]);
  });

  it('still finds a share that neither statement of the whole gives', () => {
    expect(named(text('385.16', '2.70'))).toMatchObject([{ holds: false }]);
    expect(named(text('3,851.6', '2.70'))).toMatchObject([{ holds: false }]);
  });
});
