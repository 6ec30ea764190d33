import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const ofRule = (text: string) =>
  checksOf('change', text)
    .filter((c) => c.rule === 'change.points-said-as-percent')
    .map((c) => [c.holds, c.figures.slice(0, 3).map((f) => f.value)]);

// a bus operator's fleet: its share of electric buses said to have risen by the points it rose, written as a per cent
const FLEET = [
  'At year end we ran 1,240 buses, 512 of them battery electric, or 41.3% of the fleet; the electric share of our fleet climbed 6.1% on 2023.',
  '',
  'Key figures',
  'Indicator                              Unit       2024       2023',
  'Buses in service                     number      1,240      1,198',
  'Battery electric share of buses           %       41.3       35.2',
].join('\n');

describe('a share`s change said as a per cent, just the points its levels differ by', () => {
  it('is checked as the per cent it says, over the year before`s share in the table', () => {
    expect(ofRule(FLEET)).toEqual([[false, [35.2, 41.3, 6.1]]]);
  });

  it('over the earlier share its clause says (`, up 1.8% from 30.4%`)', () => {
    const text = 'Night services carried 9.6 million passengers, or 32.2% of all journeys, up 1.8% from 30.4% in 2023.';
    expect(ofRule(text)).toEqual([[false, [30.4, 32.2, 1.8]]]);
  });

  it('is left alone when the rate is the share`s change as a per cent, or neither its points nor its per cent', () => {
    expect(ofRule(FLEET.replace('climbed 6.1%', 'climbed 17.3%'))).toEqual([]);
    expect(ofRule(FLEET.replace('climbed 6.1%', 'climbed 4.0%'))).toEqual([]);
  });

  it('is not read of a share a later clause does not name (`, and ridership rose 6.1%`)', () => {
    expect(ofRule(FLEET.replace('the electric share of our fleet climbed', 'and ridership climbed'))).toEqual([]);
  });
});
