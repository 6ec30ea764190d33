import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const points = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.percentage-points');

describe('points said in a sentence of no share, of the two shares the sentence before gives', () => {
  const text = (pp: string) =>
    `Our hospitals bought 12,480 tonnes of single-use plastics in 2024, of which 4,618 tonnes (37.0%) were reprocessed (2023: 3,902 of 12,640, 30.9%). The reprocessing rate rose ${pp} percentage points as two new sterilisation lines opened.`;

  it('checks them against those shares, the year before the old', () => {
    expect(points(text('6.1'))).toMatchObject([{ holds: true, figures: [{ value: 30.9 }, { value: 37 }, { value: 6.1 }] }]);
    expect(points(text('1.6'))).toMatchObject([{ holds: false, stated: 1.6 }]);
  });

  it('says nothing of points whose words name none of that sentence', () => {
    const other = `Women held 412 of our 1,150 nursing posts (35.8%; 2023: 33.1%). Staff turnover fell 1.6 percentage points over the year.`;
    expect(points(other)).toEqual([]);
  });

  it('reads the Chinese alike', () => {
    const zh = (pp: string) => `2024年，医院共消耗一次性塑料12,480吨，其中4,618吨（37.0%）得到再处理（2023年：12,640吨中的3,902吨，30.9%）。两条消毒线投入使用，再处理率提升${pp}个百分点。`;
    expect(points(zh('6.1'))).toMatchObject([{ holds: true }]);
    expect(points(zh('1.6'))).toMatchObject([{ holds: false }]);
  });
});

describe('a share in brackets after a count said as the earlier one', () => {
  it('is the earlier share the points are said from', () => {
    const text = (pp: string) => `8,412 pupils (64.2%) now reach the expected standard, up from 7,520 (58.9%) a year earlier, a gain of ${pp} percentage points.`;
    expect(points(text('5.3'))).toMatchObject([{ holds: true, figures: [{ value: 58.9 }, { value: 64.2 }, { value: 5.3 }] }]);
    expect(points(text('3.5'))).toMatchObject([{ holds: false }]);
  });
});
