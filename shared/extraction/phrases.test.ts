import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Phrases of running text whose reading turns on the words around the number (noise-phrases.ts,
// english.ts, noise.ts): what they measure, and what only looks like a figure.

const figs = (text: string): Array<[string, number, number | undefined, string, string]> =>
  extractFigures(text).map((f) => [f.text, f.value, f.valueMax, f.unit, f.qualifier]);

describe('shares and multipliers in words', () => {
  it('reads "nine in ten" as a share, as "1 in 5" is', () => {
    expect(figs('nine in ten of them work in stores, one in four in offices')).toEqual([
      ['nine in ten', 90, undefined, '%', 'exact'],
      ['one in four', 25, undefined, '%', 'exact'],
    ]);
    expect(figs('two in 2024')).toEqual([]);
    expect(figs('roughly £1 in every £4 paid, 3 in every 10 sites')).toEqual([
      ['£1 in every £4', 25, undefined, '%', 'about'],
      ['3 in every 10', 30, undefined, '%', 'exact'],
    ]);
  });
  it('reads no share in a compound opening with a fraction word (a third-party standard)', () => {
    expect(figs('certified to a third-party standard, a third of it in Quebec')).toEqual([['a third', 33.3333333333, undefined, '%', 'exact']]);
  });
  it('reads "twice as many" and "twice the" as a multiplier, not "twice a year"', () => {
    expect(figs('twice as many as before, twice the average')).toEqual([
      ['twice', 2, undefined, 'times', 'exact'],
      ['twice', 2, undefined, 'times', 'exact'],
    ]);
    expect(figs('The committee meets twice a year.')).toEqual([]);
  });
});

describe('ranges and changes', () => {
  it('reads "between £500 and £5,000" as one range, its currency repeated', () => {
    expect(figs('grants of between £500 and £5,000 to groups')).toEqual([['£500 and £5,000', 500, 5_000, 'GBP', 'exact']]);
  });
  it('reads "by X to Y" as a change and a new level, not a range', () => {
    expect(figs('Net debt fell by £0.3bn to £1.1bn.').map((f) => f[1])).toEqual([3e8, 1.1e9]);
    // percentages after `by` still make a range
    expect(figs('grew their worker base by 25% to 50%')).toEqual([['25% to 50%', 25, 50, '%', 'exact']]);
  });
  it('reads %-points and basis points as changes of a rate', () => {
    expect(figs('up 11.2 %-points to 78.4 %; 低35个基点; down 20 basis points')).toEqual([
      ['11.2 %-points', 11.2, undefined, 'pp', 'exact'],
      ['78.4 %', 78.4, undefined, '%', 'exact'],
      ['35个基点', 35, undefined, 'bp', 'exact'],
      ['20 basis points', 20, undefined, 'bp', 'exact'],
    ]);
  });
});

describe('numbers that are no claimed figure', () => {
  it.each([
    ['the length of a reporting period', 'FY24 is the 12 months to 30 June 2024, H1 the six months to June.'],
    ['the base of a rate', 'counted per £1m invested and per 1,000 employees'],
    ['a whole week or day meaning always', 'Stores open 7 days a week and the helpline 24 hours a day.'],
    ['zero naming a goal', 'our net zero commitment, Zero waste to landfill, a zero-emission fleet'],
    ['a scope 3 category list', 'Scope 3 categories 1 and 11 together'],
    ['a code after target', 'SDG Target 7 and Target 13'],
    ['the whole of a share', 'flights departed on time out of every 100, and in every 10'],
    ['the whole of a share across a wrapped line', 'one out of every \nfour people uses it, in every\n10 homes'],
    ['an age a wrapped line splits', 'most employees are under 36 years \nold'],
    ['a week of days and hours', '7×24小时监测，7x24 hours support'],
    ['a table stated in millions', '($ in millions in the table below), in thousands'],
    ['so many of what a rate counts', '每10股派发'],
  ])('%s', (_name, text) => {
    expect(figs(text)).toEqual([]);
  });
  it('keeps the figures beside them', () => {
    expect(figs('96 flights out of every 100')).toEqual([['96', 96, undefined, 'flights', 'exact']]);
    expect(figs('an average age of 9.8 years')).toEqual([['9.8 years', 9.8, undefined, 'years', 'exact']]);
    expect(figs('intensity was 79.6 gCO2/RPK')).toEqual([['79.6 gCO2/RPK', 79.6, undefined, 'gCO2', 'exact']]);
    expect(figs('equivalent to 51 tCO2e per £1m invested').map((f) => f[0])).toEqual(['51 tCO2e']);
    expect(figs('We target 12 GW of capacity by 2035.')).toEqual([['12 GW', 12, undefined, 'GW', 'exact']]);
    expect(figs('The Group recorded zero work-related fatalities.')).toEqual([['zero', 0, undefined, 'work-related fatalities', 'exact']]);
    // a part of the period is a figure
    expect(figs('2 weeks a year of leave; 6 days a week').map((f) => f[0])).toEqual(['2 weeks', '6 days']);
  });
});

describe('fractions of a scale and spaced-out digits', () => {
  it('reads half a million and a quarter of a million as numbers, not shares', () => {
    expect(figs('planted half a million trees and helped a quarter of a million people; half of them')).toEqual([
      ['half a million', 500_000, undefined, 'trees', 'exact'],
      ['a quarter of a million', 250_000, undefined, 'people', 'exact'],
      ['half', 50, undefined, '%', 'exact'],
    ]);
  });
  it('reads a point or comma spaced out as the digits are (PDF text)', () => {
    expect(figs('实 现 营 业 收 入 1 2 3 . 4 5 亿 元 ，研发人员 6 , 7 8 9 人，下降 3 . 2 %').map((f) => f[1])).toEqual([1.2345e10, 6789, 3.2]);
    // a list's comma between single numbers stays a list
    expect(figs('Scope 1 , 2 and 3').map((f) => f[1])).toEqual([]);
  });
});

describe('qualifiers written as signs', () => {
  it('reads ~ ≈ > ≥ < ≤ glued before the number', () => {
    expect(figs('~68%, ≈64%, >95%, ≥100%, <5%, ≤2 days').map((f) => f[4])).toEqual(['about', 'about', 'over', 'over', 'under', 'up_to']);
  });
  it('not a tag closing or an arrow before the number', () => {
    expect(figs('<b>95%</b> a->5 sites').map((f) => f[4])).toEqual(['exact', 'exact']);
  });
  it('reads 约占 as about, pts as percentage points, three more sites as sites', () => {
    expect(figs('约占三分之一; up 3 pts; three more sites').map((f) => [f[3], f[4]])).toEqual([
      ['%', 'about'],
      ['pp', 'exact'],
      ['sites', 'exact'],
    ]);
  });
});

describe('counts a lone word or a day unit would hide', () => {
  it("reads an earlier period's value alone after its colon", () => {
    expect(figs('zero fatalities (2023: one) and 4 injuries (FY23: 7)').map((f) => [f[0], f[1]])).toEqual([
      ['zero', 0],
      ['one', 1],
      ['4', 4],
      ['7', 7],
    ]);
    expect(figs('Note: one of the sites (see below)')).toEqual([]);
  });
  it('reads a bare number as a part of a whole, or where a change started', () => {
    expect(figs('and 7 of our 23 operated sites; 4 of the 52 TSFs; down from 421, up from 17').map((f) => f[1])).toEqual([7, 23, 4, 52, 421, 17]);
    expect(figs('one of the 3 sites')).toHaveLength(1);
  });
  it('reads a score out of a whole, a new level after a verb of change, a target set at a value', () => {
    expect(figs('a score of 88 out of 100; events fell to three; a design target of 600').map((f) => f[1])).toEqual([88, 3, 600]);
  });
  it('reads 翻一番 as doubled, 翻两番 as quadrupled, not 一番努力', () => {
    expect(figs('较2020年末翻了一番多，收入翻两番，经过一番努力')).toEqual([
      ['一番多', 2, undefined, 'times', 'over'],
      ['两番', 4, undefined, 'times', 'exact'],
    ]);
  });
  it('reads a glued m before a unit of measure as millions', () => {
    expect(figs('green leases covering 2.1m sq ft and 1.5m tonnes; a 50m pool')).toEqual([
      ['2.1m sq ft', 2.1e6, undefined, 'sq ft', 'exact'],
      ['1.5m tonnes', 1.5e6, undefined, 't', 'exact'],
    ]);
  });
  it('reads one after a verb of recording as a count', () => {
    expect(figs('we recorded one fatality in 2023')).toEqual([['one', 1, undefined, 'fatality', 'exact']]);
    expect(figs('one day we hope')).toEqual([]);
  });
  it('reads 零 before a measure word as a count of none, not 零售 or 零件', () => {
    expect(figs('錄得零宗因工死亡事故，零起泄漏；零售、零件和零人工干预')).toEqual([
      ['零宗', 0, undefined, '宗', 'exact'],
      ['零起', 0, undefined, '起', 'exact'],
    ]);
  });
  it('reads more than 31 日 as days, not a date', () => {
    expect(figs('損失工作日數為326日，於12月31日')).toEqual([['326日', 326, undefined, '日', 'exact']]);
  });
});

describe('scales and groupings of other countries', () => {
  it('reads lakh and crore, rupees, and Indian digit grouping', () => {
    expect(figs('CSR spend was ₹ 186.4 crore; Rs. 12.5 lakh went to 2.6 lakh farmers')).toEqual([
      ['₹ 186.4 crore', 1_864_000_000, undefined, 'INR', 'exact'],
      ['Rs. 12.5 lakh', 1_250_000, undefined, 'INR', 'exact'],
      ['2.6 lakh', 260_000, undefined, 'farmers', 'exact'],
    ]);
    expect(figs('Energy consumption\tGJ\t8,41,250\t1,23,45,678')).toEqual([
      ['8,41,250', 841_250, undefined, 'GJ', 'exact'],
      ['1,23,45,678', 12_345_678, undefined, 'GJ', 'exact'],
    ]);
  });
  it('reads the rand glued to money, not to a code', () => {
    expect(figs('SED spend was R412 million (2022: R386 million), worth R18.6 billion; Route R1 and R2 are codes')).toEqual([
      ['R412 million', 412e6, undefined, 'ZAR', 'exact'],
      ['R386 million', 386e6, undefined, 'ZAR', 'exact'],
      ['R18.6 billion', 18.6e9, undefined, 'ZAR', 'exact'],
    ]);
    expect(figs('We invested KRW 1.2 trillion')).toEqual([['KRW 1.2 trillion', 1.2e12, undefined, 'KRW', 'exact']]);
  });
  it('reads a qualifier in words after the counted noun, but not a threshold there', () => {
    expect(figs('supplied to 1,300 farms or more')).toEqual([['1,300', 1300, undefined, 'farms', 'over']]);
    expect(figs('supplied to 1,300 farms last year')).toEqual([['1,300', 1300, undefined, 'farms', 'exact']]);
  });
  it('reads a glued m before an acronym in capitals as millions, not metres', () => {
    expect(figs('The fleet carried 4.6m TEU and emitted 11.2Mt CO2e.')).toEqual([
      ['4.6m TEU', 4_600_000, undefined, 'TEU', 'exact'],
      ['11.2Mt CO2e', 11.2, undefined, 'MtCO2e', 'exact'],
    ]);
  });
});

describe('changes and baselines', () => {
  it('reads 增加一倍 as doubled, not 一倍 alone', () => {
    expect(figs('承保车辆较上年增加近一倍，收入提高了一倍，是去年的一倍')).toEqual([
      ['一倍', 2, undefined, 'times', 'nearly'],
      ['一倍', 2, undefined, 'times', 'exact'],
    ]);
  });
  it("keeps a baseline's value stated after its colon, in the unit of the figure it follows", () => {
    expect(figs('Financed emissions were 31 kgCO2e/m2 (2019 baseline: 35).')).toEqual([
      ['31 kgCO2e/m2', 31, undefined, 'kgCO2e', 'exact'],
      ['35', 35, undefined, 'kgCO2e', 'exact'],
    ]);
  });
  it('drops financial years that frame a share', () => {
    expect(figs('2.1% of the average net profits of the preceding three financial years')).toEqual([['2.1%', 2.1, undefined, '%', 'exact']]);
  });
  it('keeps a count that opens a line of wrapped prose, which no numbered heading is', () => {
    expect(figs('In 2023 we registered eleven new products in countries across\n27 LMICs. Tiered pricing followed.')).toEqual([
      ['eleven', 11, undefined, 'new products', 'exact'],
      ['27', 27, undefined, 'LMICs', 'exact'],
    ]);
    expect(figs('Our priorities\n2 Protect the planet')).toEqual([]);
  });
  it('keeps a duration that is the value of an average, and drops one that frames', () => {
    expect(figs('Weighted average lease expiry (WALE) by gross rental income of 3.2 years')).toEqual([['3.2 years', 3.2, undefined, 'years', 'exact']]);
    expect(figs('an average tenure of 7 years; a loan term of 3 years')).toEqual([['7 years', 7, undefined, 'years', 'exact']]);
    // the average's value after a copula, its clause wrapped over a line
    expect(figs('and the average tenure of\ndirectors is 6.4 years. Both were resolved within 30 days.')).toEqual([['6.4 years', 6.4, undefined, 'years', 'exact']]);
    expect(figs('选派120名青年骨干参加为期6个月的培训')).toEqual([['120名', 120, undefined, '名', 'exact']]);
  });
  it('reads "under" before a count of frameworks as a preposition, and as "less than" elsewhere', () => {
    expect(figs('We assessed the risks under three scenarios and under two programmes.').map((f) => f[4])).toEqual(['exact', 'exact']);
    expect(figs('under 30 employees, under two hours').map((f) => f[4])).toEqual(['under', 'under']);
  });
  it('reads the bare answers to an enumerated metric, and no list mark', () => {
    expect(figs('(1) Number of data breaches, (2) percentage involving PII, (3) number of users affected\n(1) 0 (2) 0% (3) 0; P.73')).toEqual([
      ['0', 0, undefined, '', 'exact'],
      ['0%', 0, undefined, '%', 'exact'],
      ['0', 0, undefined, '', 'exact'],
    ]);
  });
  it('reads no figure in the page references of a content index', () => {
    expect(figs('2-9 Governance structure and composition\n14-16\nGRI 302: Energy 2016\n302-1 Energy consumption\n41, 94\nGRI 305: Emissions 2016')).toEqual([]);
  });
  it('reads a part of the whole a sentence opens with, its noun elided before the verb', () => {
    expect(figs('Of the 30 upstream dams we committed to remove, 13 had been eliminated by 2023.')).toEqual([
      ['30', 30, undefined, 'upstream dams', 'exact'],
      ['13', 13, undefined, '', 'exact'],
    ]);
    expect(figs('In the year, 13 had been planned.')).toEqual([]);
  });
  it('reads the Brazilian real as R$, not as dollars', () => {
    expect(figs('R$ 1.9 billion (US$ 382 million)')).toEqual([
      ['R$ 1.9 billion', 1.9e9, undefined, 'BRL', 'exact'],
      ['US$ 382 million', 382e6, undefined, 'USD', 'exact'],
    ]);
  });
  it('reads watt-hours, glued or spaced, with their rate', () => {
    expect(figs('能量密度提升至160Wh/kg。')).toEqual([['160Wh/kg', 160, undefined, 'Wh', 'exact']]);
  });
  it("reads a change's rate and the amount it reached as two figures, not one range", () => {
    expect(figs('revenue rose 6.8% to 2,418.6 billion yen')).toEqual([
      ['6.8%', 6.8, undefined, '%', 'exact'],
      ['2,418.6 billion yen', 2_418_600_000_000, undefined, 'JPY', 'exact'],
    ]);
    expect(figs('grew 25% to 50%')).toEqual([['25% to 50%', 25, 50, '%', 'exact']]);
  });
  it('reads double and triple as multipliers only as verbs', () => {
    expect(figs('double materiality and double-digit growth; we aim to double output and will triple it')).toEqual([
      ['double', 2, undefined, 'times', 'exact'],
      ['triple', 3, undefined, 'times', 'exact'],
    ]);
  });
  it('drops the period an amount is spread over, not a length of service', () => {
    expect(figs('committed CHF 250 million over\nfive years; £4.8m over three years')).toEqual([
      ['CHF 250 million', 250_000_000, undefined, 'CHF', 'exact'],
      ['£4.8m', 4_800_000, undefined, 'GBP', 'exact'],
    ]);
    expect(figs('staff with us over five years')).toEqual([['five years', 5, undefined, 'years', 'over']]);
  });
  it('reads where a change started after where it ended (fell to 14 from 37)', () => {
    expect(figs('Fire hotspots fell to 14 from 37.')).toEqual([
      ['14', 14, undefined, '', 'exact'],
      ['37', 37, undefined, '', 'exact'],
    ]);
  });
  it('reads where a change started and ended after its verb and rate (`rose 8.3% from 84 to 91`, `fell by 4.0% to 48`)', () => {
    expect(figs('Lifeguards rose from 84 to 91. Volunteers rose 8.3% from 84 to 91; drivers fell by 4.0% to 48.').map((f) => f[1])).toEqual([84, 91, 8.3, 84, 91, 4, 48]);
  });
  it('reads them after `reduced` as after any change verb (`reduced by 4.0% to 48`, `reduced 8.3% from 84 to 91`)', () => {
    expect(figs('Diesel vans were reduced by 4.0% to 48; idle hours reduced 8.3% from 84 to 91.').map((f) => f[1])).toEqual([4, 48, 8.3, 84, 91]);
  });
  it('reads the value of a Label: value line, its noun not taken from the next field', () => {
    expect(figs('Gross global Scope 1 emissions (metric tons CO2e): 48,213\nStart date: January 1 2023\n% change from previous year: 18\nDirection of change: Decreased')).toEqual([
      ['48,213', 48_213, undefined, 'tCO2e', 'exact'],
      ['18', 18, undefined, '%', 'exact'],
    ]);
    expect(figs('Figure 3: overview of sites')).toEqual([]);
  });
  it('reads the euro written after its scale letters, before or after the number (620 M€, k€ 2,400)', () => {
    expect(figs('of which 620 M€ in heat networks, 2.4 M€ paid (k€ 2,400 in the accounts), 3 Md€ in total')).toEqual([
      ['620 M€', 620e6, undefined, 'EUR', 'exact'],
      ['2.4 M€', 2.4e6, undefined, 'EUR', 'exact'],
      ['k€ 2,400', 2.4e6, undefined, 'EUR', 'exact'],
      ['3 Md€', 3e9, undefined, 'EUR', 'exact'],
    ]);
  });
});
