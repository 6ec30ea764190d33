import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// English phrasings and PDF layouts that held-out batch 37 found read wrong, each rule tried on
// wordings other than the batch's own.

const read = (text: string): Array<[string, number, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit]);
const values = (text: string): number[] => extractFigures(text).map((f) => f.value);

describe('a number word hyphened to a word that is no number (en-nouns.ts)', () => {
  it('modifies the counted noun rather than ending it', () => {
    expect(read('We found 29 zero-tolerance issues.')).toEqual([['29', 29, 'zero-tolerance issues']]);
    expect(read('It made 3 one-off grants and signed 2 twenty-five-year leases.')).toEqual([
      ['3', 3, 'one-off grants'],
      ['2', 2, 'twenty-five-year leases'],
    ]);
  });
  it('is still a number where the part after its hyphen is one (`twenty-five`)', () => {
    expect(read('We opened twenty-five sites.')).toEqual([['twenty-five', 25, 'sites']]);
  });
});

describe('a capitalised name with digits glued in before the counted noun (en-nouns.ts)', () => {
  it('is a word of the noun phrase (`nine A321neo aircraft`, `40 CO2 sensors`)', () => {
    expect(read('We took delivery of nine A321neo aircraft, each quieter.')).toEqual([['nine', 9, 'A321neo aircraft']]);
    expect(read('We fitted 40 CO2 sensors in offices.')).toEqual([['40', 40, 'CO2 sensors']]);
  });
  it('leaves a lower-case word glued to digits alone', () => {
    expect(values('We took delivery of nine a321 aircraft.')).toEqual([]);
  });
});

describe('a bare count that its verb or `the other` makes one (number-verb.ts)', () => {
  it('after the verb `number` closing a clause, or a verb of totalling after a plural subject', () => {
    expect(values('Tier 1 factories, where garments are cut and sewn, number 843; 12 closed.')).toEqual([843, 12]);
    expect(values('Our stores totalled 212 at year end.')).toEqual([212]);
  });
  it('after `the other` or `the remaining` before a verb', () => {
    expect(values('Of 400 sites, most are owned; the other\n128 are leased.')).toEqual([400, 128]);
    expect(values('The remaining 9 were sold.')).toEqual([9]);
  });
  it('leaves codes and other uses bare', () => {
    expect(values('Case number 843 was closed.')).toEqual([]);
    expect(values('See the other 3 in Annex B.')).toEqual([]);
    expect(values('Its number 1 priority is safety.')).toEqual([]);
  });
});

describe('note marks and rate bases in labels (noise-layout.ts)', () => {
  it('drops a note number glued by `*` or `※` to a word or a bracket', () => {
    expect(values('Key environmental data*1\nEnergy (TJ)*2    25,430    24,180')).toEqual([25430, 24180]);
    expect(values('Net sales※3 rose.')).toEqual([]);
  });
  it('keeps a product written with `*` between numbers', () => {
    expect(values('Rate = injuries / hours *1,000,000')).not.toContain(1);
  });
  it('drops a scaled amount glued after a rate\'s slash (`t-CO2/¥100 million`, `tCO2e/$1m`)', () => {
    expect(values('CO2 per net sales (t-CO2/¥100 million)    41.3    34.6')).toEqual([41.3, 34.6]);
    expect(values('Intensity was 12.2 tCO2e/$1m of revenue.')).toEqual([12.2]);
    expect(values('We invested ¥100 million and $1m.')).toEqual([1e8, 1e6]);
  });
});

describe('labels and disclaimers that state no figure (noise-phrases.ts)', () => {
  it('drops a number with an open end opening a row\'s label (`Two or more races`, `3 or fewer visits`)', () => {
    expect(values('Asian                 10.9      13.7\nTwo or more races      2.4       1.6\n')).toEqual([10.9, 13.7, 2.4, 1.6]);
    expect(values('3 or fewer visits      12      14\n')).toEqual([12, 14]);
  });
  it('keeps such a count in prose', () => {
    expect(values('We hired 3,000 or more people in 12 sites.')).toContain(3000);
  });
  it('drops the 100% that rounded shares may not add up to', () => {
    expect(values('Figures may not add up to\n100% because of rounding.')).toEqual([]);
    expect(values('Shares do not total 100%; 100% of sites reported.')).toEqual([100]);
  });
});

describe('a unit of words a line break parts (unit-after.ts)', () => {
  it('reads percentage points and per cent across a wrap', () => {
    expect(read('Engagement rose to 74%, up 3 percentage\npoints, and costs rose 3 per\ncent.')).toEqual([
      ['74%', 74, '%'],
      ['3 percentage\npoints', 3, 'pp'],
      ['3 per\ncent', 3, '%'],
    ]);
  });
  it('not across a blank line', () => {
    expect(read('It rose by 3 percentage\n\npoints of view.').map((r) => r[2])).not.toContain('pp');
  });
});

describe('a dollar spaced from its country\'s capitals (arabic.ts)', () => {
  it('is that country\'s (`A $ 1 . 1 2 b n`, `NZ $ 3.4 m`)', () => {
    expect(read('  Local procurement\n  A $ 1 . 1 2 b n\n')).toEqual([['A $ 1 . 1 2 b n', 1.12e9, 'AUD']]);
    expect(read('We gave NZ $ 3.4 m.')).toEqual([['NZ $ 3.4 m', 3.4e6, 'NZD']]);
  });
  it('but a dollar glued to its number after `A` is the article\'s (`A $5 fee`)', () => {
    expect(read('A $5 million grant.')).toEqual([['$5 million', 5e6, 'USD']]);
  });
});

describe('a counted noun in prose set in two columns side by side (en-noun-tokens.ts, unit-after.ts)', () => {
  const page = [
    'Last year the group hired 2,450              The foundation funded 310 rural',
    'graduate engineers and opened                schools and libraries, and staff gave 8,200',
    'a training centre in Lyon.                   mentoring hours, while the fleet added four',
    'Our people                                   electric ferries to the route.',
  ].join('\n');
  it('goes on under its own column on the next line, not at the start of the other', () => {
    const units = extractFigures(page).map((f) => [f.value, f.unit]);
    expect(units).toEqual([
      [2450, 'graduate engineers'],
      [310, 'rural schools and libraries'],
      [8200, 'mentoring hours'],
      [4, 'electric ferries'],
    ]);
  });
  it('leaves one column of prose as it reads', () => {
    expect(extractFigures('Last year the group hired 2,450\ngraduate engineers.').map((f) => f.unit)).toEqual(['graduate engineers']);
  });
});

describe('a bare count in a cell of a KPI page in columns (column-kpi.ts)', () => {
  it('is a figure under its label on the line above in its column (`Fatalities⏎0`)', () => {
    const page = '  Lost-time injuries                        Spills\n  0                                         3 2\n  again this year                           barrels\n';
    expect(values(page)).toContain(0);
  });
  it('is a part of the count before it when its label below opens `of them`', () => {
    const page = '    512                          47\n\n    stores with solar panels     of them fully\n    on the roof                  self-sufficient\n';
    expect(extractFigures(page).map((f) => [f.value, f.unit])).toEqual([[512, 'stores'], [47, 'stores']]);
  });
  it('but not when that label counts a part of the figure (`of whom 190 are trainees`)', () => {
    const page = '  Stores                         Panels fitted\n  3 1 2                          4 0 6\n  of which 40 are franchised     on roofs\n';
    expect(extractFigures(page).map((f) => [f.value, f.unit])).toContainEqual([312, '']);
  });
  it('leaves a chart\'s axis and a number in prose alone', () => {
    expect(values('  Fatalities by year\n  0          10          20\n')).toEqual([]);
    expect(values('  Fatalities\n  0 of the sites reported.\n')).toEqual([]);
  });
});

describe('two counts joined by `and` before one noun (en-nouns.ts)', () => {
  it('share the head the second count\'s phrase ends in', () => {
    expect(extractFigures('We serve 2.1 million water and 640,000 wastewater customers, and fitted 40 gas boilers.').map((f) => f.unit)).toEqual([
      'water customers',
      'wastewater customers',
      'gas boilers',
    ]);
    expect(extractFigures('It runs 12 primary and 4 secondary schools.').map((f) => f.unit)).toEqual(['primary schools', 'secondary schools']);
  });
  it('leave a count whose own noun is plural as it is', () => {
    expect(extractFigures('We opened 27 stores and 14 outlets.').map((f) => f.unit)).toEqual(['stores', 'outlets']);
  });
});

describe('a measure on the line under a figure\'s scale word in its column (column-kpi.ts)', () => {
  it('is the figure\'s unit (`2 . 6⏎million⏎litres of fuel`)', () => {
    const page = '    2 . 6                        4 8 %\n    million                      of sites with\n    litres of fuel saved         solar roofs\n';
    expect(read(page)).toContainEqual(['2 . 6', 2.6e6, 'L']);
  });
  it('not a counted noun there, which may be the label\'s', () => {
    const page = '    2 . 6                        4 8 %\n    million                      of sites with\n    visitors welcomed            solar roofs\n';
    expect(read(page)[0]).toEqual(['2 . 6', 2.6e6, '']);
  });
});

describe('a row naming its gas under a table stating its tonnes (table-header.ts)', () => {
  it('takes the table\'s scale and is that gas\'s tonnes (`Scope 2 emissions (CO2e)` under `(\'000 tonnes)`)', () => {
    const table = "Emissions and fuel ('000 tonnes)              2023        2024\nFuel burnt                                    1,204       1,310\nMethane flared (CO2e)¹                          84.2        79.5\nScope 2 emissions, market-based (CO2e)          12.6        11.9\n";
    expect(read(table).slice(2)).toEqual([
      ['84.2', 84200, 'tCO2e'],
      ['79.5', 79500, 'tCO2e'],
      ['12.6', 12600, 'tCO2e'],
      ['11.9', 11900, 'tCO2e'],
    ]);
  });
});
