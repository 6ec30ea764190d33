import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

const report = (message: string) =>
  [
    'Message from the Managing Director',
    '',
    message,
    '',
    '2023 in brief',
    '  - Contract growers: 11,640',
    '  - Tea processed: 86,200 tonnes',
    '',
    '3. Growers',
    '',
    'Our extension officers visited every estate twice during the season, and the tea we bought from growers rose 6.4%.',
  ].join('\n');

describe('an English count said as a bound (`more than 12,000 contract growers`) against the exact count of the same noun', () => {
  it('is flagged when a `more than` bound stands above the count a label gives', () => {
    const text = report('We buy green leaf from more than 12,000 contract growers across the highlands.');
    expect(mismatches(text)).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 12_000 }, { value: 11_640 }] }]);
  });

  it('holds when the bound is below the count', () => {
    expect(mismatches(report('We buy green leaf from more than 11,000 contract growers across the highlands.'))).toEqual([]);
  });

  it('reads the count a colon gives for the noun just said (`nearly 2,000 partner schools: 1,964 at the end of the year`)', () => {
    const text = [
      'The literacy programme now works with nearly 2,000 partner schools: 1,964 at the end of the year, up from 1,720 a year earlier.',
      '',
      'Since its launch, the programme has grown to more than 2,000 partner schools in four provinces.',
    ].join('\n');
    expect(mismatches(text).some((c) => c.figures.some((f) => f.value === 1_964) && c.figures.filter((f) => f.value === 2_000).length === 2)).toBe(true);
  });

  it('leaves a part of the bounded whole alone (`oncology patient assistance: 86,400 patient visits`)', () => {
    const text = [
      'Our patient assistance programmes reached nearly 120,000 patient visits in 2023:',
      '- oncology patient assistance: 86,400 patient visits;',
      '- rare disease patient assistance: 21,800 patient visits.',
    ].join('\n');
    expect(mismatches(text)).toEqual([]);
  });
});

describe('an English bound (`nearly 40 women`) against the count a sentence gives its subject (`Women held 41 of the 212 …`)', () => {
  const report = (letter: string, count: number) =>
    [
      'Letter from the Chair',
      '',
      letter,
      '',
      '4. Our people',
      '',
      `Women held ${count} of the 212 senior leadership roles at 31 December 2023, and our gender pay gap narrowed again.`,
    ].join('\n');

  it('is flagged when the count stands above a `nearly` bound of the same roles', () => {
    const text = report('Today nearly 40 women hold senior leadership roles across the group.', 41);
    expect(mismatches(text)).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 40 }, { value: 41 }] }]);
  });

  it('holds when the count is below the bound', () => {
    expect(mismatches(report('Today nearly 40 women hold senior leadership roles across the group.', 39))).toEqual([]);
  });

  it('leaves a bound of the same subject doing something else alone', () => {
    expect(mismatches(report('This year nearly 40 women joined our engineering graduate programme.', 41))).toEqual([]);
  });
});

describe('an English bound said in its noun alone (`more than 900 subscribers`) against the exact count of that noun', () => {
  // a regional newspaper group's report: the letter's round count, the audience section's exact count at year end
  const paper = (bound: string, count: string) =>
    [
      "Publisher's letter",
      '',
      `Print circulation fell again, but we now have ${bound} subscribers.`,
      '',
      '2. Audience',
      '',
      `We had ${count} subscribers at the end of 2024, in print, digital and bundled plans, and renewals rose to 81.4%.`,
    ].join('\n');

  it('is flagged when the bound stands above the count its rounding reaches', () => {
    expect(mismatches(paper('more than 900', '886')).map((c) => c.figures.map((f) => f.value))).toEqual([[900, 886]]);
  });

  it('holds when the count bears it out', () => {
    expect(mismatches(paper('nearly 900', '886'))).toEqual([]);
  });

  it('leaves a count beyond a rounding\'s reach alone: a noun of one word counts many things', () => {
    expect(mismatches(paper('more than 900', '812'))).toEqual([]);
  });
});

describe('an English count said `in all` after the counts it adds up', () => {
  // a shipping line's report: the letter bounds its crews and shore staff, the people section adds them up
  const line = (letter: string, opening: string, total: string) =>
    [
      "Chief Executive's letter",
      '',
      `${letter} crew and shore staff keep our ships moving.`,
      '',
      '5. Our people',
      '',
      `${opening} people worked for us at 31 December 2024: 4,318 crew (68.1%) and 2,022 shore staff (31.9%), ${total} in all.`,
    ].join('\n');

  it('is the count of the nouns it adds and of the noun before the colon, named with both bounds', () => {
    const values = mismatches(line('More than 6,300', 'Nearly 6,300', '6,340')).map((c) => c.figures.map((f) => f.value).sort((a, b) => a - b));
    expect(values).toEqual([[6_300, 6_300, 6_340]]);
  });

  it('holds bounds it bears out', () => {
    expect(mismatches(line('More than 6,300', 'More than 6,300', '6,340'))).toEqual([]);
  });

  it('is no total when the counts do not add up to it', () => {
    expect(mismatches(line('More than 6,300', 'More than 6,300', '6,430')).some((c) => c.figures.some((f) => f.value === 6_430))).toBe(false);
  });
});

describe('an English bound of a noun against a key figures row naming the noun and what was done to it (`Patients treated`)', () => {
  // a community clinic network's report: the chief executive's round count, the key figures' exact count of the year
  const clinics = (bound: string) =>
    [
      'A word from our Chief Executive',
      '',
      `Our nurses and doctors cared for ${bound} patients across the valley this year, and waiting times fell again.`,
      '',
      'Key figures',
      'Indicator                           Unit                    2024        2023',
      'Patients treated                    number                11,840      11,205',
      'Clinics open                        number                    18          17',
    ].join('\n');

  it('is flagged when the bound stands above the row\'s count', () => {
    expect(mismatches(clinics('more than 12,000')).map((c) => c.figures.map((f) => f.value))).toEqual([[12_000, 11_840]]);
  });

  it('holds when the count bears it out', () => {
    expect(mismatches(clinics('nearly 12,000'))).toEqual([]);
  });
});
