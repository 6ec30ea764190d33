import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a dairy company's revenue table: its change column the last, each cell written with its sign
const report =
  [
    '2024年，公司实现营业收入111.74亿元，各业务均实现增长。',
    '',
    '表2：营业收入按业务划分（单位：亿元）',
    '',
    '业务                2024年      占比（%）      2023年        同比（%）',
    '液态奶               52.00         46.5        46.10          +12.8',
    '奶粉                 32.10         28.7        25.00          +28.4',
    '酸奶                  8.20          7.3         7.40          +10.8',
    '冷饮                 13.98         12.5        11.50          +21.6',
    '其他                  5.46          4.9         4.60          +18.7',
    '合计                111.74        100.0        94.60          +18.1',
  ].join('\n');

const sharesOfPairs = () => checksOf('ratio', report).filter((c) => c.rule.startsWith('ratio.share-of-pair-before-sentence'));

describe('a percentage written with a plus sign is a change, never a share of a pair before it', () => {
  it('takes 其他\'s `+18.7` under 同比（%） for no share of two cells of the rows above (8.20 / 46.10 = 17.8%, a swap away)', () => {
    expect(sharesOfPairs()).toEqual([]);
  });
});
