import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const rates = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.average-over-head-count').map((c) => [c.holds, c.figures.map((f) => f.value)]);
const text = [
  'We have offices in 31 countries and over 18,450 employees on our payroll.',
  '',
  'At 31 December 2023 we employed 18,426 people, 2.1% more than a year earlier.',
  '',
  'Our people completed 6.9 lakh (0.69 million) learning hours in the year, 37.4 hours per employee.',
  '',
].join('\n');

describe('an average per employee a paragraph away from the head count', () => {
  it('is over the head count said with its verb, exactly, and a bare total whose words name the average\'s unit', () => {
    expect(rates(text)).toEqual([[true, [690_000, 18_426, 37.4]]]);
  });
});
