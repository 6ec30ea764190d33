import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a bus operator's chief executive rounds a key figure to three digits at a scale ten times off, its row named by one word
const report = (letter: string, turnover = '86,420') =>
  [
    'A word from our Chief Executive',
    '',
    `It was a year of recovery for the network. ${letter}, and punctuality improved on every route.`,
    '',
    'Key figures',
    '',
    'Measure                   Unit            2024/25      2023/24',
    `Turnover                  EUR thousand     ${turnover}       81,150`,
    'Fuel                      litres        4,312,600    4,288,100',
    'Drivers                   people            1,932        1,870',
  ].join('\n');

const slips = (letter: string, turnover?: string) => checksOf('consistency', report(letter, turnover)).filter((c) => !c.holds && c.message.includes('scale slip'));

describe('a one-word row said whole in a letter at a scale ten times off, rounded (`Turnover climbed to EUR 864 million` of 86,420 thousand)', () => {
  it('is a scale slip, the zero it ends on a digit or not', () => {
    expect(slips('Turnover climbed to EUR 864 million')).toHaveLength(1);
    expect(slips('In 2024/25 the group generated turnover of EUR 8.64 million')).toHaveLength(1);
    expect(slips('Our turnover reached EUR 860 million', '85,970')).toHaveLength(1);
  });

  it('said of a part, or rounded right, it is none', () => {
    expect(slips('Turnover from school contracts climbed to EUR 864 million')).toEqual([]);
    expect(slips('Turnover climbed to EUR 86.4 million')).toEqual([]);
  });
});

// a credit union's chair restates a balance of its key figures, whose row names the balance's date
const balanceReport = (chair: string, label: string) =>
  [
    'Chair’s report',
    '',
    `Our members kept faith with us through a year of high prices. ${chair}, and we opened a branch in Tralee.`,
    '',
    'Key figures',
    '',
    'Measure                                   Unit              2024        2023',
    `${label}          EUR thousand        72,480      68,130`,
    'Members                                   number            18,420      17,960',
  ].join('\n');

const balanceSlips = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.message.includes('scale slip'));

describe('a row label closing with its balance date (`Customer deposits at 31 December`)', () => {
  it('is said whole by the text that names the balance without its date, its scale slipped (`€7.25 million` for 72,480 EUR thousand)', () => {
    expect(balanceSlips(balanceReport('Customer deposits stood at €7.25 million at the year end', 'Customer deposits at 31 December'))).toHaveLength(1);
    expect(balanceSlips(balanceReport('Customer deposits stood at €7.25 million at the year end', 'Customer deposits as at year end'))).toHaveLength(1);
  });

  it('in the right scale it is none', () => {
    expect(balanceSlips(balanceReport('Customer deposits stood at €72.5 million at the year end', 'Customer deposits at 31 December'))).toEqual([]);
  });
});
