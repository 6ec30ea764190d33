import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a college group's report: energy per student, and the students counted in all and in two groups that add up to it
const report = (rate: string) =>
  [
    '2. Our students',
    '',
    'We taught 12,400 students in 2024: 8,600 full-time students and 3,800 part-time students.',
    '',
    '4. Environment',
    '',
    `Our schools used 13,020 MWh of energy in 2024. Energy use per student was ${rate} MWh.`,
  ].join('\n');

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity');

describe('a rate per a thing counted (`Energy use per student`) that holds only over a part of the things (the 8,600 full-time students)', () => {
  it('is worked over the whole the document adds the part to, and flagged', () => {
    expect(intensities(report('1.51'))).toMatchObject([{ holds: false, expected: 1.05, figures: expect.arrayContaining([expect.objectContaining({ value: 12_400, role: 'denominator' })]) }]);
  });

  it('holds over the whole', () => {
    expect(intensities(report('1.05'))).toMatchObject([{ holds: true }]);
  });
});
