import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (...texts: string[]) => checksOf('consistency', ...texts).filter((c) => !c.holds);
const values = (c: { figures: Array<{ value: number }> }) => c.figures.map((f) => f.value).sort((a, b) => a - b);

// a winery's report: the managing director's letter, and its people section's table of employees
const report = (letter: string, people = '') =>
  [
    'Letter from the Managing Director',
    '',
    `${letter} Vintage 2024 was our largest crush in a decade.`,
    '',
    '4. Our people',
    '',
    'Table 4: Employees at 30 June',
    '',
    'Employees at 30 June          2024        2023',
    'Permanent employees          2,150       2,084',
    'Seasonal employees             886         912',
    'Total                        3,036       2,996',
    '',
    people,
  ].join('\n');

describe("a round bound of the company's people against its headcount, whatever noun says them", () => {
  it('flags `Our nearly 3,000 people` against the Total of a table captioned Employees', () => {
    const [check, ...rest] = mismatches(report('Our nearly 3,000 people brought in the harvest.'));
    expect(rest).toEqual([]);
    expect(values(check!)).toEqual([3_000, 3_036]);
  });

  it('holds when the bound is borne out (`More than 3,000 people work at …`)', () => {
    expect(mismatches(report('More than 3,000 people work at our estates and cellars.'))).toEqual([]);
  });

  it('leaves people the sentence does not say are its own alone (`nearly 3,000 people attended`)', () => {
    expect(mismatches(report('Nearly 3,000 people attended our cellar door open days.'))).toEqual([]);
    expect(mismatches(report('Nearly 3,000 of our employees volunteered at the harvest festival.'))).toEqual([]);
  });

  it('flags two bounds of one number said the other way in two nouns, and the count said after `we employed`', () => {
    const checks = mismatches(
      [
        'Letter from the Chair',
        '',
        'Our nearly 1,500 colleagues make our brands what they are.',
        '',
        '5. People',
        '',
        'At the end of the year we employed 1,482 people, 41% of them women. With more than 1,500 employees in nine regions, we are a large employer.',
      ].join('\n'),
    );
    expect(checks).toHaveLength(1);
    expect(values(checks[0]!)).toEqual([1_482, 1_500, 1_500]);
  });

  it('reads a bound further from the count than a rounding as another count (`people` may take in contractors)', () => {
    const text = report('Our more than 3,000 people brought in the harvest.').replace('3,036       2,996', '2,640       2,560').replace('886         912', '490         476');
    expect(mismatches(text)).toEqual([]);
  });
});

// a bus operator's report: its chief executive's letter names the headcount exactly, its people section states it
const operator = (letter: string) =>
  [
    "Chief Executive's letter",
    '',
    `Our buses carried 212 million passengers in 2024. ${letter}`,
    '',
    '5. People',
    '',
    'At the end of 2024 we employed 5,120 people, 18% of them women.',
    '',
    'Key figures                      2024        2023',
    'Passengers (million)              212         204',
    'Employees                       5,120       4,860',
  ].join('\n');

describe("an exact count of `our` people (`our 4,860 employees`) is the company's headcount", () => {
  it("flags the count against the year's headcount (the letter's is the year before's)", () => {
    const [check, ...rest] = mismatches(operator('None of it would happen without our 4,860 employees, who keep the city moving.'));
    expect(rest).toEqual([]);
    expect(values(check!)).toEqual(expect.arrayContaining([4_860, 5_120]));
  });

  it('holds the count that agrees, and leaves our people of a place or with others alone', () => {
    expect(mismatches(operator('None of it would happen without our 5,120 employees, who keep the city moving.'))).toEqual([]);
    expect(mismatches(operator('Our 4,860 colleagues in Leeds keep the city moving.'))).toEqual([]);
    expect(mismatches(operator('Our 4,860 employees and contractors keep the city moving.'))).toEqual([]);
  });
});

// a brewery's report: its people section says how many it employed, its key figures give `People` counted in `headcount`
const brewery = (people: string) =>
  [
    '4. Our people',
    '',
    `${people} Our brewers trained 36 apprentices during the year.`,
    '',
    'Key figures                       Unit            2024        2023',
    'Beer brewed                       hectolitres   96,400      91,200',
    'People                            headcount      1,247       1,198',
  ].join('\n');

describe('a count the company says it employed (`We employed 1,274 people at the end of 2024`) is its headcount', () => {
  it('flags it against the key figure of people counted in headcount', () => {
    const [check, ...rest] = mismatches(brewery('We employed 1,274 people at the end of 2024, up from 1,198.'));
    expect(rest).toEqual([]);
    expect(values(check!)).toEqual([1_247, 1_274]);
  });

  it('holds the count that agrees, and leaves people employed in a place alone', () => {
    expect(mismatches(brewery('We employed 1,247 people at the end of 2024, up from 1,198.'))).toEqual([]);
    expect(mismatches(brewery('We employed 1,274 people in Burton at the end of 2024.'))).toEqual([]);
  });
});

// a cannery's report: its people section says how many employees `we had` at the year's end, its key figures give the
// year's `Employees`
const cannery = (people: string) =>
  [
    '5. People',
    '',
    `${people} Our canning lines ran two shifts from July to October.`,
    '',
    'Key figures                       Unit            2024        2023',
    'Cans filled                       million        412.6       398.1',
    'Employees                         number           918         884',
  ].join('\n');

describe('a count the company says it had (`At the end of 2024 we had 981 employees`) is its headcount', () => {
  it('flags it against the key figure of employees', () => {
    const [check, ...rest] = mismatches(cannery('At the end of 2024 we had 981 employees, and we hired 240 seasonal workers.'));
    expect(rest).toEqual([]);
    expect(values(check!)).toEqual([918, 981]);
  });

  it('holds the count that agrees, and leaves a count `we had` at no date alone (`when we had 851 employees`)', () => {
    expect(mismatches(cannery('At the end of 2024 we had 918 employees, and we hired 240 seasonal workers.'))).toEqual([]);
    expect(mismatches(cannery('Since we opened the Modesto plant, when we had 851 employees, the workforce has grown.'))).toEqual([]);
  });
});

// a brewer's report: the chair's letter says how many people it employs, its key figures give the headcount
describe('a round bound of the people the company says it employs, against its headcount', () => {
  const brewer = (letter: string) =>
    [
      'Chair’s letter',
      '',
      `${letter} Our beer is sold in 14 countries.`,
      '',
      'Key figures',
      '',
      'Indicator                    Unit          2024        2023',
      'Employees                    number       1,286       1,240',
      'Beer sold                    hl         842,600     815,300',
    ].join('\n');

  it('flags `we now employ over 1,300 people in Aberdeen and Leeds` against 1,286 employees', () => {
    const [check, ...rest] = mismatches(brewer('Twenty years on, we now employ over 1,300 people in Aberdeen and Leeds.'));
    expect(rest).toEqual([]);
    expect(values(check!)).toEqual([1_286, 1_300]);
  });

  it('holds for `we employ nearly 1,300 people`, and reads no bound of some of them in a place from below', () => {
    expect(mismatches(brewer('Twenty years on, we employ nearly 1,300 people.'))).toEqual([]);
    expect(mismatches(brewer('Twenty years on, we employ nearly 1,300 people in Aberdeen.'))).toEqual([]);
  });
});
