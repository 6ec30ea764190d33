import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a city's museums trust: its director says what it did at a scale ten times off its key table's rows
const report = (letter: string) =>
  [
    'Director\'s foreword',
    '',
    `The galleries reopened in full this spring. ${letter}, and the schools programme doubled.`,
    '',
    'Our year in numbers',
    '',
    'Indicator                 Unit          2024        2023',
    'Visitors                  number     218,600     204,100',
    'Objects loaned            number       4,362       4,108',
  ].join('\n');

const slips = (letter: string) => checksOf('consistency', report(letter)).filter((c) => !c.holds && c.message.includes('scale slip'));

describe('a count the report says it did itself at a scale ten times off its row (`We welcomed 2.186 million visitors` of 218,600)', () => {
  it('is a scale slip, its row the noun alone or its verb and noun', () => {
    expect(slips('We welcomed 2.186 million visitors')).toHaveLength(1);
    expect(slips('We loaned 43.62 thousand objects to other museums')).toHaveLength(1);
  });

  it('in its own scale, it is none', () => {
    expect(slips('We welcomed 218.6 thousand visitors')).toEqual([]);
    expect(slips('We loaned 4.362 thousand objects to other museums')).toEqual([]);
  });
});
