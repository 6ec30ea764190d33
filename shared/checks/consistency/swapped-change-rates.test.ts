import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a ferry operator's managing director restates the year's passenger growth; the operations section says it again
const report = (letter: string, section: string) =>
  [
    'A word from our Managing Director',
    '',
    `The summer crossings were full from June to September. ${letter}, and the new hybrid vessel entered service in May.`,
    '',
    '2. Operations',
    '',
    `${section}. Punctuality on the main route was 97.2%.`,
  ].join('\n');

const zh = (letter: string, section: string) => ['总经理致辞', '', `2024年，公司航线运营平稳，${letter}，新能源客船于5月投入运营。`, '', '二、运营情况', '', `${section}。主航线准点率为97.2%。`].join('\n');

const swaps = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.transposed-digits');

describe('one change said twice in running text with two digits of its rate swapped (`rose 14.6%` against `up 16.4%`)', () => {
  it('is one rate slipped, named by the amount beside it or the noun after it', () => {
    expect(swaps(report('Passenger journeys rose 14.6% to 2.31 million', 'We carried 2.31 million passengers in 2024, up 16.4% on the year before'))).toHaveLength(1);
    expect(swaps(report('We carried 14.6% more passengers than in 2023', 'We carried 2.31 million passengers in 2024, up 16.4%'))).toHaveLength(1);
    expect(swaps(zh('客运量同比增长14.6%', '全年完成客运量231万人次，同比增长16.4%'))).toHaveLength(1);
  });

  it('two rates of two things, rates whose own values give them, digits that are not swapped, or another way, are none', () => {
    expect(swaps(report('Freight revenue rose 14.6% on the year', 'We carried 2.31 million passengers in 2024, up 16.4%'))).toEqual([]);
    expect(swaps(report('Passenger journeys rose 14.6% to 2.31 million', 'We carried 2.31 million passengers in 2024, up 16.5% on the year before'))).toEqual([]);
    expect(swaps(report('Passenger journeys fell 14.6% to 2.31 million', 'We carried 2.31 million passengers in 2024, up 16.4% on the year before'))).toEqual([]);
    expect(swaps(zh('全年客运量由201.6万人次增长至231万人次，增长14.6%', '全年车辆运输量由198.6万辆增长至231.2万辆，同比增长16.4%'))).toEqual([]);
  });
});
