import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// an inland port's report: the letter says the tonnes its barges moved, the operations section the same tonnes with
// another freight verb, and the key figures a row named by a third
const report = (letter: string) =>
  [
    "Managing Director's message",
    '',
    `This year our barges ${letter} of grain, coal and fertiliser between the river terminals. Safety stayed our first concern.`,
    '',
    '1.2 Operations',
    '',
    'We transported 642,000 tonnes, 7.4% more than a year earlier, with an average haul of 186 km.',
    '',
    'Key figures',
    'Indicator                      Unit                2024        2023',
    'Cargo shipped                  thousand tonnes    642.0       597.8',
  ].join('\n');

const slips = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.scale-slip');

describe('a tonnage said by freight verbs, one a scale slip of the other', () => {
  it('is flagged against the section and the key figures (`carried 6.42 million tonnes`, `We transported 642,000 tonnes`, `Cargo shipped`)', () => {
    expect(slips(report('carried 6.42 million tonnes'))).toMatchObject([{ figures: [{ value: 6_420_000 }, { value: 642_000 }, { value: 642_000 }] }]);
  });

  it('not when a verb says another deed (`stored 6.42 million tonnes`)', () => {
    expect(slips(report('stored 6.42 million tonnes'))).toEqual([]);
  });
});
