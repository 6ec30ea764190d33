import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const changes = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');

describe('a level two tables give (the key figures and a breakdown whose caption names it)', () => {
  const report = (said: string, earlier = '1,512') =>
    `2024年，公司全年发送快递包裹${said}万件，同比增长8.4%。\n\n` +
    `表2：快递包裹发送量按地区划分（单位：万件）\n\n地区              2024年        2023年\n华北                 612           560\n华南               1,027           952\n合计               1,639         ${earlier}\n\n` +
    `关键绩效表\n\n指标                      单位          2024年        2023年\n快递包裹发送量            万件           1,639         1,512\n员工总数                  人             2,204         2,118\n`;

  it('checks the rate once when both tables give the same two years', () => {
    expect(changes(report('1,639'))).toMatchObject([{ holds: true, figures: [{ value: 15_120_000 }, { value: 16_390_000 }, { value: 8.4 }, { role: 'mention', value: 15_120_000 }] }]);
  });

  it("finds a slipped figure once, against the first table, naming the second's year before beside it", () => {
    const text = report('1,693');
    const found = changes(text);
    expect(found).toMatchObject([{ holds: false, figures: [{ role: 'old' }, { role: 'new' }, { role: 'result' }, { role: 'mention', value: 15_120_000 }] }]);
    const [old, , , mention] = found[0]!.figures;
    expect(old!.start).toBeLessThan(text.indexOf('关键绩效表'));
    expect(mention!.start).toBeGreaterThan(text.indexOf('关键绩效表'));
  });

  it('finds the table whose year before does not give the rate, and its cell disagreeing with the one that gives it', () => {
    const text = report('1,639', '1,521');
    expect(changes(text).map((c) => c.holds).sort()).toEqual([false, true]);
    const cells = checksOf('consistency', text).filter((c) => c.rule === 'consistency.year-before-cells');
    expect(cells.map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([[false, [15_210_000, 15_120_000]]]);
  });
});

describe('a sentence whose old value is not the year before its table restates', () => {
  const text = (from: string) =>
    `Table 3: Sales by market (US$ million)\n\n                     2024      2023*\nDomestic            1,240     1,118\nExport                486       455\nTotal               1,726     1,573\n\n* Restated for the acquisition of Harrow Foods.\n\n` +
    `Sales rose 11.1% to US$1,726 million, from US$${from} million in 2023, on higher volumes.\n`;

  it('checks the rate against the restated cell too', () => {
    // 1,553 -> 1,726 is the 11.1% the sentence says; the restated 1,573 -> 1,726 is 9.7%
    const found = checksOf('change', text('1,553')).filter((c) => c.figures.some((f) => f.value === 11.1));
    expect(found).toMatchObject([{ holds: false, rule: 'change.against-table-prior-year', figures: [{ value: 1_573_000_000 }, { value: 1_726_000_000 }, { value: 11.1 }] }, { holds: true, rule: 'change.rate-new-old' }]);
  });

  it('says nothing more when the sentence gives the table\'s year before', () => {
    const found = checksOf('change', text('1,573')).filter((c) => c.figures.some((f) => f.value === 11.1));
    expect(found).toMatchObject([{ rule: 'change.rate-new-old', holds: false }]);
  });
});
