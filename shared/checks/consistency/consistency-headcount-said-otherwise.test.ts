import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a logistics group's chair bounds its headcount in a sentence the Group opens, or as its workforce `of` them
const report = (letter: string) =>
  [
    'Chair\'s introduction',
    '',
    `${letter}, and no one was seriously hurt at work.`,
    '',
    'Performance at a glance',
    '',
    'Indicator                       Unit          2024        2023',
    'Employees at year end           number       5,046       4,870',
    'Parcels delivered               million      182.4       171.9',
  ].join('\n');

const slips = (letter: string) => checksOf('consistency', report(letter)).filter((c) => !c.holds);

describe('a bound of the company\'s people said by `and employed` or `our workforce of` (`the Group … and employed over 5,200 people`)', () => {
  it('turned against the key figures\' headcount, it is a slip', () => {
    expect(slips('In 2024 the Group opened two hubs in the north and employed over 5,200 people across nine depots')).toHaveLength(1);
    expect(slips('Our workforce of nearly 5,000 people delivered every parcel on time')).toHaveLength(1);
  });

  it('bounding it right, or said of a site, it is none', () => {
    expect(slips('In 2024 the Group opened two hubs in the north and employed over 5,000 people across nine depots')).toEqual([]);
    expect(slips('Our workforce of nearly 5,100 people delivered every parcel on time')).toEqual([]);
    expect(slips('The Wakefield hub opened in 2019 and employed nearly 5,000 people')).toEqual([]);
  });
});
