import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

// a brewery's report: its letter says the change with the verb before its object, its section with the verb after the metric
const report = (letter: string, section: string) =>
  [
    'From our chair',
    '',
    letter,
    '',
    'We brewed more beer than in any year since we opened, and our people kept the taproom full through a wet summer.',
    'Our suppliers of barley and hops are all within a day\'s drive of the brewery, and we visit each of them every year.',
    '',
    '1. About this report',
    '',
    'This report covers the calendar year and our brewery, taproom and two pubs. It follows the GRI Standards and was reviewed by',
    'our board, which meets four times a year and receives a short note on our environmental work at each of its meetings.',
    '',
    '3. Water',
    '',
    section,
  ].join('\n');

describe('a rate said after its verb\'s object (`we reduced our water use by 4.2%`) and after the metric (`Water use fell 5.1%`)', () => {
  it('is one rate said twice, flagged when the two differ', () => {
    const checks = mismatches(report('In 2024 we reduced our water use by 4.2% while brewing more beer than ever.', 'In 2024 water use decreased 5.1% to 61,200 cubic metres as the new bottle washer came on line.'));
    expect(checks).toMatchObject([{ rule: 'consistency.same-metric' }]);
    expect(checks[0]!.figures.map((f) => f.value)).toEqual(expect.arrayContaining([4.2, 5.1]));
  });

  it('holds when they agree, and leaves a rate the other way alone', () => {
    expect(mismatches(report('In 2024 we reduced our water use by 4.2% while brewing more beer than ever.', 'In 2024 water use decreased 4.2% to 61,200 cubic metres as the new bottle washer came on line.'))).toEqual([]);
    expect(mismatches(report('In 2024 we reduced our water use by 4.2% while brewing more beer than ever.', 'In 2024 water use increased 5.1% to 61,200 cubic metres as the new bottling line came on.'))).toEqual([]);
  });
});
