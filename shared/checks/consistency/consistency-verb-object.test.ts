import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const filler = [
  '',
  'Our mills run on biomass boilers fed with bark and sawdust from our own debarking lines, and the rest of their heat comes from',
  'a gas-fired standby plant that ran for eleven days in the year. Every mill holds an ISO 14001 certificate and publishes its',
  'permit reports on our website, and none of them received a notice from its regulator in the year.',
  '',
];

// a paper maker's report: the letter says what it bought in a clause after a `since` year, its section and key figures say it exactly
const paperMaker = (letter: string) =>
  [
    'Norrvik Paper AB',
    'Sustainability Report 2024',
    '',
    'This report covers Norrvik Paper AB and its subsidiaries ("Norrvik", "we") for the calendar year 2024.',
    '',
    'Letter from the Managing Director',
    '',
    `Our family has made paper at Norrvik since 1952, and this year ${letter} for our two mills.`,
    ...filler,
    '2. Raw materials',
    '',
    'We bought 128,600 tonnes of pulpwood in 2024, 2.4% more than the 125,600 tonnes of 2023, all of it from forests certified under FSC or PEFC.',
    ...filler,
    '6. Key figures',
    '',
    'Indicator                           Unit             2024         2023',
    'Pulpwood purchased                  tonnes        128,600      125,600',
    'Employees                           number            812          797',
  ].join('\n');

// a brewer's report: the letter names the brewer as its `we` and bounds what it sold, the section and the key figures say it exactly
const brewer = (letter: string) =>
  [
    'Harrowgate Brewing Ltd',
    'Sustainability Report 2024',
    '',
    'This report covers Harrowgate Brewing Ltd ("Harrowgate", "we") for the year to 31 December 2024.',
    '',
    'Chair\'s letter',
    '',
    `In 2024 Harrowgate ${letter} and opened a new taproom in Leeds.`,
    ...filler,
    '1.2 Volumes',
    '',
    'We brewed 50.8 million litres of beer and cider in 2024, 1.8% more than the 49.9 million litres of 2023.',
    ...filler,
    '5. Key figures',
    '',
    'Indicator                           Unit                2024         2023',
    'Volume brewed                       thousand litres   50,800       49,900',
    'Employees                           number               412          398',
  ].join('\n');

const flagged = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);
const values = (text: string) => flagged(text).map((c) => c.figures.map((f) => f.value).sort((a, b) => a - b));

describe('a measure the report says it did itself, read by its verb and the object after its unit', () => {
  it('sets a letter\'s `we bought some N tonnes of pulpwood` a power of ten off against the section and the key figures', () => {
    expect(values(paperMaker('we bought some 1,286,000 tonnes of pulpwood'))).toContainEqual([128_600, 128_600, 1_286_000]);
  });

  it('holds when the letter says it as they do', () => {
    expect(flagged(paperMaker('we bought some 128,600 tonnes of pulpwood'))).toEqual([]);
  });

  it('sets a bound said by the name the report defines as its `we` (`Harrowgate brewed just under 50 million litres`) against the exact volume above it', () => {
    expect(values(brewer('brewed just under 50 million litres of beer and cider'))).toContainEqual([50_000_000, 50_800_000, 50_800_000]);
  });

  it('holds a bound on the right side of it', () => {
    expect(flagged(brewer('brewed just over 50 million litres of beer and cider'))).toEqual([]);
  });
});
