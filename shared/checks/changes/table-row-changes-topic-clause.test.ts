import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a dairy's sales by product: the row named in a clause of its own before the rate's (`常温奶受渠道调整影响，销量同比下降4.2%`)
const report = (rate: string) =>
  [
    `2024年，公司液态奶销量合计86.4万吨。常温奶受渠道调整影响，销量同比下降${rate}%；低温奶和奶粉保持增长。`,
    '',
    '表2　分产品销量（单位：万吨）',
    '',
    '                    2024年      2023年',
    '常温奶               48.2        50.3',
    '低温奶               31.6        28.9',
    '奶粉                  6.6         6.1',
    '合计                 86.4        85.3',
  ].join('\n');

const rates = (rate: string) => checksOf('change', report(rate)).filter((c) => c.rule === 'change.table-row-rate').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a rate whose row a Chinese topic clause before it names, no figure in that clause', () => {
  it('is read against the row the topic names', () => {
    expect(rates('4.2')).toEqual([[true, [503_000, 482_000, 4.2]]]);
    expect(rates('2.4')).toEqual([[false, [503_000, 482_000, 2.4]]]);
  });

  it('takes no topic clause that holds a figure', () => {
    const text = report('4.2').replace('常温奶受渠道调整影响', '常温奶受3个渠道调整影响');
    expect(checksOf('change', text).filter((c) => c.rule === 'change.table-row-rate')).toEqual([]);
  });
});

describe('a clause after a comma that goes on from a figure\'s clause before it', () => {
  it('is no topic of the rate after it (`排放9,840吨，主要来自锅炉燃烧天然气，同比下降3.4%` is of the emissions)', () => {
    const text = [
      '2024年范围一排放9,840吨二氧化碳当量，主要来自锅炉燃烧天然气，同比下降3.4%。',
      '',
      '表3　能源消耗（单位：吨标准煤）',
      '',
      '                    2024年      2023年',
      '天然气               4,260       4,120',
      '外购电力             2,380       2,310',
    ].join('\n');
    expect(checksOf('change', text).filter((c) => c.rule === 'change.table-row-rate')).toEqual([]);
  });
});

// a cold-chain operator's throughput: a topic clause naming one kind of goods before the measure the key table's row says whole
const narrowed = (topic: string) =>
  [
    `2024年，公司冷库吞吐量合计62.8万吨，同比增长3.1%。其中冻品吞吐量41.2万吨；${topic}，同比增长11.6%。`,
    '',
    '关键绩效表',
    '',
    '指标                 2024年      2023年',
    '吞吐量                 62.8        60.9',
    '冷藏车辆                412         386',
  ].join('\n');

describe('a topic clause whose Chinese words before the row\'s label narrow it to a part', () => {
  it('names no row of the whole (`果蔬吞吐量增长最快` is no `吞吐量` row\'s change)', () => {
    expect(checksOf('change', narrowed('果蔬吞吐量增长最快')).filter((c) => c.rule === 'change.table-row-rate' && c.figures.some((f) => f.value === 11.6))).toEqual([]);
  });

  it('still names the row after words that say the whole or are the label\'s own bracket', () => {
    const rates = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.table-row-rate' && c.figures.some((f) => f.value === 11.6)).map((c) => c.figures.map((f) => f.value));
    expect(rates(narrowed('公司吞吐量增长较快'))).toEqual([[60.9, 62.8, 11.6]]);
    expect(rates(narrowed('冷冻吞吐量增长较快').replace('吞吐量                 62.8', '吞吐量（冷冻）         62.8'))).toEqual([[60.9, 62.8, 11.6]]);
  });
});
