import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { runChecks } from '../index';

const changes = (text: string) => runChecks([checkDoc('report.txt', text)]).filter((c) => c.kind === 'change' && !c.holds);
const mentions = (text: string) => changes(text).flatMap((c) => c.figures.filter((f) => f.role === 'mention').map((f) => f.value));

describe('a change whose old and new values a table row gives as its two years', () => {
  it('names the key figures\' cells beside the points, two-digit shares too (`up N percentage points from 8.4% in 2023`)', () => {
    const text = `Recycled aluminium made up 11.9% of the metal we cast, up 5.3 percentage points from 8.4% in 2023.\n\nKey figures\n\nIndicator                  Unit        2024       2023\nMetal cast                 tonnes    82,460     80,120\nRecycled share of metal    %           11.9        8.4\n`;
    expect(mentions(text)).toEqual(expect.arrayContaining([11.9, 8.4]));
  });

  it('names them beside `较上年的…同比上升`, the old value said in a sentence of this year', () => {
    const text = `2024年，公司危险废物产生量3,842.6吨，较上年的4,105.8吨同比上升6.4%。\n\n关键绩效表\n\n指标                单位        2024年       2023年\n危险废物产生量       吨          3,842.6      4,105.8\n员工总数             人            6,120        5,986\n`;
    expect(changes(text).flatMap((c) => c.figures.filter((f) => f.role === 'mention').map((f) => f.start))).toHaveLength(2);
  });
});
