import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a golf club's report: two streams' changes said in one sentence, joined by `and`, and the revenue table's change column
const report = (cell: string) =>
  [
    'Membership income rose 6.2% and course fees fell 3.1% as fewer schools booked the driving range.',
    '',
    'Table 1: Income by stream (GBP thousand)',
    '',
    'Stream                        2024      2023   Change (%)',
    'Membership income            1,420     1,337         +6.2',
    `Course fees                    312       322        ${cell}`,
    'Total                        1,732     1,659         +4.4',
    '',
  ].join('\n');

const againstColumn = (cell: string) => checksOf('consistency', report(cell)).filter((c) => c.rule === 'consistency.change-column').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a row`s rate said after another figure`s clause joined by `and`', () => {
  it('sets `course fees fell 3.1%` against the Course fees change cell', () => {
    expect(againstColumn('-3.1')).toContainEqual([true, [3.1, -3.1]]);
    expect(againstColumn('-1.3')).toContainEqual([false, [3.1, -1.3]]);
  });
});
