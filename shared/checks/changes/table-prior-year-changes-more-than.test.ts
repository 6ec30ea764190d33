import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const changes = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');

const report = (said: string, rate: string) =>
  `MESSAGE FROM THE CHAIR\n\nThe co-operative collected ${said} of milk from its members in 2024/25, ${rate}% more than the year before, and paid out a record price.\n\n` +
  `Table 1: Milk collection\n\n                                        2024/25     2023/24    Change (%)\nMilk collected (million litres)           412.64      391.08           5.5\nMembers                                      862         874          -1.4\n`;

describe('a rate after the words naming its figure, made a change by `more than in` the year before', () => {
  it('is checked against the year before of the row those words name', () => {
    expect(changes(report('404.64 million litres', '3.5'))).toMatchObject([{ holds: true, figures: [{ value: 391_080_000 }, { value: 404_640_000 }, { value: 3.5 }] }]);
    expect(changes(report('404.64 million litres', '5.5'))).toMatchObject([{ holds: false, stated: 5.5 }]);
  });

  it('takes the cells a rounded figure restates, as the rate was worked out, naming the figure beside them', () => {
    // 412.6 / 391.08 would give 5.5 too; 413 / 391.08 gives 5.6, the cells 5.5
    const [check] = changes(report('413 million litres', '5.5'));
    expect(check).toMatchObject({ holds: true, figures: [{ value: 391_080_000 }, { value: 412_640_000 }, { value: 5.5 }, { value: 413_000_000, role: 'mention' }] });
  });
});

describe('a season\'s rate, made a change by `more than the season before`', () => {
  // a marina operator's report by season: the letter restates last season's nights as this one's
  const marinas = (said: string) =>
    `Letter from the CEO\n\nThe season was long and warm: our six marinas hosted ${said} visitor nights, 4.2% more than the\nseason before, and berth revenue rose 6.1%.\n\n` +
    `Table 1: Visitor nights (thousand)\n\n                        2024/25     2023/24    Change (%)\nVisitor nights            286.4       274.9          4.2\n`;

  it('checks the rate on the year before\'s cell, and finds last season\'s figure said as this one\'s', () => {
    expect(changes(marinas('286.4 thousand'))).toMatchObject([{ holds: true }]);
    expect(changes(marinas('274.9 thousand'))).toMatchObject([{ holds: false, figures: [{ value: 274_900 }, { value: 274_900 }, { value: 4.2 }] }]);
  });
});
