import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a gold miner's letter and its section on a named programme: what an amount was spent on is said after it
const report = (letter: string) =>
  [
    "Chief Executive's review",
    '',
    `${letter} Our safety record was the best in the company's history.`,
    '',
    '6. Communities',
    '',
    'Host Community Development Plan spend rose 8.4% to C$372.6 million, as the Ahafo school programme was completed.',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');
const values = (c: { figures: Array<{ value: number }> }) => c.figures.map((f) => f.value / 1e6).sort((a, b) => a - b);

describe('an amount `spent … on` a thing (`we spent C$37.26 million on our Host Community Development Plan commitments`)', () => {
  it('is read for what it was spent on, and a named plan makes no target of it: a scale slip against that spend is flagged', () => {
    expect(mismatches(report('Around our mines we spent C$37.26 million on our Host Community Development Plan commitments, and hired locally.')).map(values)).toEqual([[37.26, 372.6]]);
  });

  it('holds when the amounts agree', () => {
    expect(checksOf('consistency', report('Around our mines we spent C$372.6 million on our Host Community Development Plan commitments, and hired locally.')).filter((c) => !c.holds)).toEqual([]);
  });

  it('leaves a plan said for the future alone (`we plan to spend`)', () => {
    expect(mismatches(report('Around our mines we spent C$37.26 million, and we plan to spend more on our community commitments.'))).toEqual([]);
  });
});

// a forestry group's letter rounds what it put into a programme up past the exact spend its section states
const forestry = (letter: string) =>
  [
    "Chair's letter",
    '',
    `${letter} Our mills ran on renewable power all year.`,
    '',
    '4.3 Restoration',
    '',
    'We spent €5,140 thousand on peatland restoration, 3.1% of revenue and 6.0% more than the year before.',
  ].join('\n');

describe('an amount `put … into` a thing (`we put more than €5.2 million into peatland restoration`)', () => {
  it('is read as that thing’s spend: a bound turned against the exact spend is flagged', () => {
    expect(mismatches(forestry('In 2023 we put more than €5.2 million into peatland restoration, our largest programme.')).map(values)).toEqual([[5.14, 5.2]]);
  });

  it('holds when the bound is kept', () => {
    expect(mismatches(forestry('In 2023 we put more than €5.1 million into peatland restoration, our largest programme.'))).toEqual([]);
  });
});
