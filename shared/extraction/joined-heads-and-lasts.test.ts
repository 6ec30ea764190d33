import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Two of the largest groups of KNOWN_WRONG (scripts/eval.test.ts) and a duration dropped as a frame.

const units = (text: string) => extractFigures(text).map((f) => [f.value, f.unit] as const);

describe('two plural heads joined by `and`', () => {
  it('counts both', () => {
    expect(units('We fixed 2,310 main breaks and leaks.')).toEqual([[2310, 'main breaks and leaks']]);
    expect(units('Our 8,200 employees and contractors worked safely.')).toEqual([[8200, 'employees and contractors']]);
    expect(units('welcomed 640 interns and graduate trainees')).toEqual([[640, 'interns and graduate trainees']]);
  });

  it('reads the same where a PDF broke the line before `and`', () => {
    expect(units('funds for 30 deaf children\nand blind children from poor families')).toEqual([[30, 'deaf children and blind children']]);
    expect(units('funds for 30 deaf children and blind children from poor families')).toEqual([[30, 'deaf children and blind children']]);
  });

  it('stops at a clause or a quantity of its own', () => {
    expect(units('We opened 12 stores and closed 4.')).toContainEqual([12, 'stores']);
    expect(units('built by 30 million merchants and countless consumers')).toEqual([[30000000, 'merchants']]);
    expect(units('sold 4 cars and 6 vans')).toEqual([[4, 'cars'], [6, 'vans']]);
  });
});

describe('`last` as a verb', () => {
  it('keeps how long something would last', () => {
    expect(units('At that rate the reserves would last 14 years.')).toEqual([[14, 'years']]);
    expect(units('enough stock to last 3 months')).toEqual([[3, 'months']]);
  });

  it('still drops `the last N years`', () => {
    expect(units('over the last 14 years we grew')).toEqual([]);
  });
});

describe('what `of them` or `down from` points back to', () => {
  it('skips a share in a relative clause', () => {
    expect(units('We engaged 40 suppliers, which account for 58% of spend, and 29 of them set targets.')).toEqual([
      [40, 'suppliers'],
      [58, '%'],
      [29, 'suppliers'],
    ]);
  });

  it('skips the place of the count before it', () => {
    expect(units('We run 412 stores in 18 countries, down from 447.')).toEqual([
      [412, 'stores'],
      [18, 'countries'],
      [447, 'stores'],
    ]);
    expect(units('We employ 5,000 people and operate in 18 countries, up from 15.')).toContainEqual([15, 'countries']);
  });
});

describe('an earlier value after a share', () => {
  it('is the share’s, not the count’s before it', () => {
    expect(units('We hired 300 people, 45% of them women, up from 40 in 2022.')).not.toContainEqual([40, 'people']);
  });
});

describe('a part of a set past a semicolon', () => {
  it('counts the set its clause is about, the first count of a noun no smaller than the part', () => {
    expect(units('we worked with 22,000 farmers and cooperatives in nine countries; 14,500 of them now use the app')).toEqual([
      [22000, 'farmers and cooperatives'],
      [9, 'countries'],
      [14500, 'farmers and cooperatives'],
    ]);
    expect(units('Gaps were assessed at 38 factories employing more than 52,000 workers; wages at 11 of them were raised.')).toEqual([
      [38, 'factories'],
      [52000, 'workers'],
      [11, 'factories'],
    ]);
    expect(units('taking full fibre to 11.2 million premises; around 2.4 million of them are rural.')).toEqual([
      [11200000, 'premises'],
      [2400000, 'premises'],
    ]);
  });

  it('carries nothing past a sentence’s end, or from a set smaller than the part', () => {
    expect(units('We run 40 sites. Six of them are in Asia.')).toEqual([[40, 'sites'], [6, '']]);
    expect(units('in nine countries; 14,500 of them now use the app')).toEqual([[9, 'countries'], [14500, '']]);
  });

  it('gives a second part after `and` the set’s noun too', () => {
    expect(units('22,000 farmers; 14,500 of them use the app and 6,800 have access to credit')).toEqual([
      [22000, 'farmers'],
      [14500, 'farmers'],
      [6800, 'farmers'],
    ]);
    // only after a part: a count that is no part of a set keeps none
    expect(units('We employ 300 people and 1,120 have joined the scheme.')).toEqual([[300, 'people'], [1120, '']]);
  });
});

describe('plural heads listed with commas before `and`', () => {
  it('counts the whole list', () => {
    expect(units('Our schemes collected 860 million bottles, crates and kegs, and retail partners another 140 million.')).toEqual([
      [860000000, 'bottles, crates and kegs'],
      [140000000, 'bottles, crates and kegs'],
    ]);
    expect(units('we refurbished 186,400 used handsets, routers and set-top boxes')).toEqual([[186400, 'used handsets, routers and set-top boxes']]);
  });

  it('stops at a list of counts or one that does not close with `and`', () => {
    expect(units('We have 12 stores, 4 offices and 3 depots.')).toEqual([[12, 'stores'], [4, 'offices'], [3, 'depots']]);
    expect(units('We sold 5 cars, vans or trucks.')).toEqual([[5, 'cars']]);
    expect(units('It employs 400 people, mostly engineers.')).toEqual([[400, 'people']]);
  });
});
