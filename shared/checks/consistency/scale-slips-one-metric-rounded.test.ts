import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a logistics group: the letter rounds the section's revenue to three digits at a scale a thousand times off; both
// name it by one word
const report = (letter: string) =>
  [
    "Chair's letter",
    '',
    `We grew our network to 46 depots and ${letter}, up 5.1%.`,
    '',
    '1.1 Financial performance',
    '',
    'Revenue was EUR 286.0 million in 2024, 5.1% more than the EUR 272.1 million of 2023. Operating costs were EUR 251.4 million.',
  ].join('\n');

const slips = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.scale-slip');

describe('an amount of running text rounded and slipped against another of the same metric', () => {
  it('is flagged (`earned revenue of EUR 2.86 billion` against `Revenue was EUR 286.0 million`)', () => {
    expect(slips(report('earned revenue of EUR 2.86 billion'))).toMatchObject([{ figures: [{ value: 2.86e9 }, { value: 286e6 }] }]);
  });

  it('not against another metric (`paid wages of EUR 2.86 billion`)', () => {
    expect(slips(report('paid wages of EUR 2.86 billion'))).toEqual([]);
  });
});
