import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a share column whose total row leaves its share out (`—`)', () => {
  const table = (share: string) =>
    `Table 3  Sustainable finance by category (HK$ million)\n| Category | 2022 | 2023 | Change (%) | Share (%) |\n| --- | --- | --- | --- | --- |\n| Green buildings | 4,862 | 5,318 | 9.4 | 41.6 |\n| Renewable energy | 3,126 | 3,904 | 24.9 | ${share} |\n| Clean transport | 1,984 | 2,276 | 14.7 | 17.8 |\n| Water and waste | 1,062 | 1,288 | 21.3 | 10.1 |\n| Total | 11,034 | 12,786 | 15.9 | — |\n`;
  const column = (share: string) => checksOf('ratio', table(share)).filter((c) => c.rule === 'ratio.table-share-column');

  it('sets each row\'s amount over the total row\'s against its share (3,904 of 12,786 is 30.5%)', () => {
    expect(column('30.5').map((c) => c.holds)).toEqual([true, true, true, true]);
    expect(column('35.0').filter((c) => !c.holds)).toMatchObject([{ stated: 35 }]);
  });
});
