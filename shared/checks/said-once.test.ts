import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

const report = [
  'Our year at a glance',
  'Group revenue of £4,218 million comprised UK Retail revenue of £2,914 million, International revenue of £1,026 million and Online revenue of £287 million.',
  '',
  'At the year end we employed 12,480 colleagues, 59.6% of them women. Women hold 41% of senior management roles.',
  '',
  "Chief Financial Officer's review",
  'Revenue by segment (£ million)',
  'Segment\t2023\t2022',
  'UK Retail\t2,914\t2,803',
  'International\t1,026\t958',
  'Online\t287\t241',
  'Group revenue\t4,227\t4,002',
  '',
].join('\n');

describe('one disagreement between the same figures (runChecks)', () => {
  it('is reported once, though two rules find it (same-metric and table-row: £4,218 / £4,227 million)', () => {
    const revenue = checksOf('consistency', report).filter((c) => !c.holds && c.figures.some((f) => f.value === 4_218_000_000) && c.figures.some((f) => f.value === 4_227_000_000));
    expect(revenue).toHaveLength(1);
  });
});
