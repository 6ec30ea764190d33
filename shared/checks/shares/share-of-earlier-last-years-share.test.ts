import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a printer's energy paragraph: a share said with last year's after it, whose digits swapped give this part over another whole
const zh = '2024年公司综合能源消耗20,000吨标准煤，其中外购电力12,000吨标准煤。屋顶光伏发电2,680吨标准煤，占外购电力的22.3%（上年为31.4%），较上年下降9.1个百分点。';
const en = 'In 2024 we used 20,000 MWh of energy, 12,000 MWh of it bought as electricity. Our rooftop panels gave 2,680 MWh, 22.3% of the electricity we bought (2023: 31.4%).';

describe('last year\'s share said after this year\'s (`（上年为31.4%）`, `(2023: 31.4%)`)', () => {
  it('is no share of this year\'s part over another whole, whatever its digits', () => {
    for (const text of [zh, en]) expect(checksOf('ratio', text).filter((c) => !c.holds)).toEqual([]);
  });
});
