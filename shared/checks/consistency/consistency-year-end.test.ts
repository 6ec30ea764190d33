import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

const report = (welcome: string, members: string) =>
  [
    'Annual Review for the year ended 30 September 2024',
    '',
    'About this review',
    '',
    'This review covers Fenmoor Water Cooperative for the financial year 1 October 2023 to 30 September 2024 (2023/24).',
    '',
    "Chair's welcome",
    '',
    welcome,
    '',
    '2. Our members',
    '',
    members,
    '',
    'Key figures',
    '',
    'Indicator                    Unit        2023/24    2022/23',
    'Connected households         number       18,460     17,920',
    'Water supplied               Ml            6,240      6,310',
  ].join('\n');

const pairs = (text: string, a: number, b: string) => mismatches(text).some((c) => c.figures.some((f) => f.value === a) && c.figures.some((f) => f.text === b));

describe("a running-text figure dated the day the report's year ends (`at 30 September 2024` of a `2023/24` report)", () => {
  it('is set against the current column of a table headed by the split year', () => {
    const text = report('Thank you to every member for another year of steady growth.', 'At 30 September 2024 we had 18,640 connected households.');
    expect(pairs(text, 18_640, '18,460')).toBe(true);
  });

  it('lets a round bound dated so reach the table (`By 30 September 2024 we served more than 18,500 connected households`)', () => {
    const text = report('By 30 September 2024 we served more than 18,500 connected households.', 'Our pipes now reach every village of the valley.');
    expect(pairs(text, 18_500, '18,460')).toBe(true);
  });

  it('leaves a figure dated another day of the year to itself (`At 31 March 2024`)', () => {
    const text = report('Thank you to every member for another year of steady growth.', 'At 31 March 2024 we had 18,640 connected households.');
    expect(mismatches(text)).toEqual([]);
  });
});
