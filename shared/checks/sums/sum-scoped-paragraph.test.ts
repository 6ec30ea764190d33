import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a text total broken down by scope in its own paragraph, a table restating the scopes after it', () => {
  const text = (scope2: string) =>
    `2023年温室气体排放总量52.40万吨二氧化碳当量，同比下降3.2%。其中，范围一排放12.16万吨；范围二排放${scope2}万吨，主要来自外购电力。\n\n表5 温室气体排放\n指标\t单位\t2022年\t2023年\n范围一排放\t万吨二氧化碳当量\t12.80\t12.16\n范围二排放\t万吨二氧化碳当量\t41.33\t40.24\n温室气体排放总量\t万吨二氧化碳当量\t54.13\t52.40\n`;
  const textSums = (scope2: string) => checksOf('sum', text(scope2)).filter((c) => c.rule === 'sum.scoped-parts' && c.figures[0]!.start < text(scope2).indexOf('\n\n'));

  it('adds the paragraph\'s own scopes up to it', () => {
    expect(textSums('40.24')).toMatchObject([{ holds: true, figures: [{ value: 52.4e4 }, { value: 12.16e4 }, { value: 40.24e4 }] }]);
  });

  it('calls the paragraph\'s scopes a mismatch though the table\'s Scope 2 would make the total', () => {
    expect(textSums('40.42')).toMatchObject([{ holds: false, stated: 52.4e4, figures: [{ value: 52.4e4 }, { value: 12.16e4 }, { value: 40.42e4 }] }]);
  });
});
