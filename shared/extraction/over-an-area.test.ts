import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// `5,80,000 saplings over 290 hectares`, `fertigation over 212,000 hectares`: `over` between a thing and
// the area it is spread across is a preposition (across), not `more than`.

const read = (text: string) => extractFigures(text).map((f) => [f.text, f.unit, f.qualifier]);

describe('`over` before an area', () => {
  it('is the area things are spread over after a count of them or a noun of an activity', () => {
    expect(read('We sowed 120,000 seedlings over 145 hectares of degraded pasture.')).toEqual([
      ['120,000', 'seedlings', 'exact'],
      ['145 hectares', 'ha', 'exact'],
    ]);
    expect(read('Drip irrigation over 18,500 hectares cut water use.')).toEqual([['18,500 hectares', 'ha', 'exact']]);
  });

  it('is `more than` after a verb', () => {
    expect(read('Our estates cover over 4,000 hectares, and we restored over 300 ha.')).toEqual([
      ['4,000 hectares', 'ha', 'over'],
      ['300 ha', 'ha', 'over'],
    ]);
  });
});

describe('`over` before the hours a rate is reckoned over', () => {
  it('is a preposition after the count of what happened in them', () => {
    expect(read('There were 31 lost-time injuries over 52.6 million hours worked in the year.')).toEqual([
      ['31', 'lost-time injuries', 'exact'],
      ['52.6 million hours', 'hours', 'exact'],
    ]);
    expect(read('(2023: 27 injuries over 48.9 million hours)')).toContainEqual(['48.9 million hours', 'hours', 'exact']);
  });

  it('is `more than` after a verb', () => {
    expect(read('Our people volunteered over 14,000 hours in their communities.')).toEqual([['14,000 hours', 'hours', 'over']]);
  });
});

