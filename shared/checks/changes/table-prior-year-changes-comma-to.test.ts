import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a water utility's letter: a rate, a comma, then the level it rose to; only the key figures give the year before
const letter = (rate: string) =>
  [
    'Chief Executive\'s review',
    '',
    `Water we supplied to customers rose ${rate}, to 84.6 million m3, as two new towns joined the network.`,
    '',
    'Key figures',
    'Indicator                          Unit            2024        2023',
    'Water supplied to customers        million m3       84.6        79.3',
  ].join('\n');

const changes = (rate: string) => checksOf('change', letter(rate)).filter((c) => c.rule === 'change.against-table-prior-year');

describe('a rate set off by a comma before the level it rose to (`rose 6.7%, to 84.6 million m3`)', () => {
  it('is recomputed from the row\'s year before', () => {
    expect(changes('6.7%')).toMatchObject([{ holds: true }]);
    expect(changes('7.6%')).toMatchObject([{ holds: false, stated: 7.6 }]);
  });
});
