import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

const report = (letter: string, glance: string) =>
  [
    'Letter from the Chair',
    '',
    `This year ${letter} Our cooperative paid a record second payment, and the new dairy in the south opened on time.`,
    '',
    'Highlights of the year',
    `  * ${glance}`,
    '  * Milk collected: 1.84 billion litres',
    '',
    '2. Our members',
    '',
    'Members voted on the new constitution at eleven regional meetings.',
  ].join('\n');

describe('two English bounds of one counted noun and number (`nearly 6,000 farming families`, `More than 6,000 farming families`)', () => {
  it('are flagged when said the other way', () => {
    const text = report('nearly 6,000 farming families supplied milk to us.', 'More than 6,000 farming families own the cooperative');
    expect(mismatches(text)).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 6_000 }, { value: 6_000 }] }]);
  });

  it('hold when said the same way', () => {
    expect(mismatches(report('more than 6,000 farming families supplied milk to us.', 'More than 6,000 farming families own the cooperative'))).toEqual([]);
  });
});

describe('an English bound on a noun listing things against the Total row adding rows of those names', () => {
  // a shipping line's report: the highlights bound its seafarers and shore staff, the people section's table adds them
  const fleet = (bound: string, people: string) =>
    [
      'Highlights of the year',
      `  * ${bound} seafarers and shore staff`,
      '  * Vessels in service: 142',
      '',
      '4. People',
      '',
      'Our people at 31 December',
      '                              2024         2023',
      'Seafarers                    6,912        6,780',
      'Shore staff                  1,604        1,566',
      'Total                        8,516        8,346',
      '',
      `Women make up 1,022 of our ${people} people (12.0%), and we aim for 15% by 2027.`,
    ].join('\n');

  it('flags `More than 8,600` against the Total of 8,516', () => {
    expect(mismatches(fleet('More than 8,600', '8,516')).map((c) => c.figures.map((f) => f.value))).toEqual([[8_600, 8_516, 8_516]]);
  });

  it('holds `Nearly 8,600`, which the Total bears out', () => {
    expect(mismatches(fleet('Nearly 8,600', '8,516'))).toEqual([]);
  });

  it('reads a caption of `our` people as the headcount the text restates (`of our 8,561 people` against the Total of 8,516)', () => {
    expect(mismatches(fleet('Nearly 8,600', '8,561')).map((c) => c.figures.map((f) => f.value))).toEqual([[8_600, 8_516, 8_561]]);
  });
});

describe('two Chinese bounds of one number and one counted noun said the other way', () => {
  // a blood-donation platform's report: the highlights label over its figure, the section's sentence with its noun after the measure word
  const report = (highlight: string, text: string) =>
    ['年度亮点', '', '注册献血者', `${highlight}`, '覆盖城市', '126个', '', '二、公益平台', '', `2023年，平台全年共有${text}注册献血者参与线上预约，同比增长8.6%。`].join('\n');

  it('are flagged, `近1,200万人次` of the label against `超过1,200万名` in the text', () => {
    expect(mismatches(report('近1,200万人次', '超过1,200万名')).map((c) => c.figures.map((f) => f.value))).toEqual([[12_000_000, 12_000_000]]);
  });

  it('hold when said the same way, or person-times over persons nearly as many', () => {
    expect(mismatches(report('超过1,200万人次', '超过1,200万名'))).toEqual([]);
    expect(mismatches(report('超过1,200万人次', '近1,200万名'))).toEqual([]);
  });
});
