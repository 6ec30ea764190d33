import { describe, expect, it } from 'vitest';
import { checkDoc, checksOf } from '../__fixtures__/check-docs';
import { shareTokens } from './consistency-share-clause';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');

describe('an English share whose list item names its subject before a colon (`- Senior leadership roles: women held 32.8%`)', () => {
  const report = (item: string) =>
    [
      'Letter from the Chief Executive',
      '',
      'Our people delivered a strong year. Women now hold 38.2% of senior leadership roles across the company, and',
      'our engagement score rose again.',
      '',
      ...Array.from({ length: 6 }, () => 'We continued to invest in training, wellbeing and fair pay across all our sites and markets.'),
      '',
      '4. Inclusion',
      '',
      'Gender balance in leadership',
      `  - Senior leadership roles: women held ${item}% at year-end (480 of 1,256 roles), up 1.9 points`,
      '  - Board: 5 of the 12 directors are women',
    ].join('\n');

  it('is the share the letter says with a linking verb (`hold`, `held`), and is flagged when it disagrees', () => {
    expect(mismatches(report('32.8'))).toMatchObject([{ figures: [{ value: 38.2 }, { value: 32.8 }] }]);
    expect(mismatches(report('38.2'))).toEqual([]);
  });
});

describe('an English share whose metric is one word, its part said in its clause (`women now make up 41.3% of our workforce`)', () => {
  const report = (letter: string) =>
    [
      'Message from the Chair',
      '',
      `Attrition fell over the year, and women now make up ${letter}% of our workforce. We thank every colleague.`,
      '',
      '',
      'Key people metrics                  Unit        2023      2022',
      'Employees                           number    48,620    47,910',
      'Women in workforce                  %           43.1      42.0',
      'Voluntary attrition                 %           11.8      14.6',
    ].join('\n');

  it('is read against the table row its clause names, and is flagged when it disagrees', () => {
    expect(mismatches(report('41.3'))).toMatchObject([{ figures: [{ value: 41.3 }, { value: 43.1 }] }]);
    expect(mismatches(report('43.1'))).toEqual([]);
  });
});

describe('an English share that names no part before it (`100% coverage rate.`)', () => {
  it('is no restatement of another programme\'s share of the same words', () => {
    const text = [
      'Employee care programmes',
      '',
      'Healthy Home Programme',
      'Interest-free housing loans for colleagues buying their first home.',
      'Benefit 4,000+ employees. 70%+ coverage rate.',
      '',
      ...Array.from({ length: 5 }, () => 'Each programme is run by the employee care team with the support of the staff union.'),
      '',
      'Wellbeing Centre Programme',
      'Free health checks and counselling at every campus.',
      'Benefit everyone. 100% coverage rate.',
    ].join('\n');
    expect(checksOf('consistency', text).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('an English share said at the end of a year (`… of its 2,310 engineers at the end of 2024, or 24.6%`)', () => {
  const report = (letter: string) =>
    [
      'From the Managing Director',
      '',
      `This year we hired more widely than ever: women now hold ${letter}% of our engineering roles, and we mean to go further.`,
      '',
      ...Array.from({ length: 6 }, () => 'Our plants ran safely through the year, and our customers renewed every major contract with us.'),
      '',
      '5. Diversity',
      '',
      'Women held 568 of the company\'s 2,310 engineering roles at the end of 2024, or 24.6% (2023: 512 of 2,244, 22.8%).',
    ].join('\n');

  it('names its metric without the time it stands at, and is flagged against the letter\'s share when they disagree', () => {
    expect(mismatches(report('26.4'))).toMatchObject([{ figures: [{ value: 26.4 }, { value: 24.6 }] }]);
    expect(mismatches(report('24.6'))).toEqual([]);
  });
});

describe('a change said after a share and its whole (`21.7% of group revenue and up 6.1%`)', () => {
  it('takes none of the whole`s words: they are the share`s clause`s', () => {
    const doc = checkDoc('report.txt', 'Hospitality was again our second business, earning £48.2 million, 21.7% of group revenue and up 6.1%.');
    const change = doc.figures.findIndex((f) => f.value === 6.1);
    expect(shareTokens(doc, change)).not.toContain('group');
    expect(shareTokens(doc, change - 1)).toContain('group');
  });
});
