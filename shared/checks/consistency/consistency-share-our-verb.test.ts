import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

const report = (letter: string) =>
  [
    'Message from the Chief Executive',
    '',
    letter,
    '',
    'The drought of the summer tested our network, and our crews repaired more leaks than in any year before.',
    'We thank our customers for saving water when we asked them to, and our regulator for its guidance.',
    '',
    '3. Network performance',
    '',
    'Network performance                          2023        2022',
    'Water put into supply (Ml/d)                 412.6       418.2',
    'Non-revenue water (%)                         16.8        18.2',
    'Mains bursts per 1,000 km                    124.0       131.6',
  ].join('\n');

describe('a share the report says it brought about (`We brought our non-revenue water down to 18.6%`) against the row its metric names', () => {
  it('is flagged when the two disagree', () => {
    const text = report('We brought our non-revenue water down to 18.6%, the lowest level since privatisation.');
    expect(mismatches(text)).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 18.6 }, { value: 16.8 }] }]);
  });

  it('holds when they agree', () => {
    expect(mismatches(report('We brought our non-revenue water down to 16.8%, the lowest level since privatisation.'))).toEqual([]);
  });
});
