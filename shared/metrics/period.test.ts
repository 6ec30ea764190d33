import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures, yearOfPeriod } from './index';

const at = (text: string, figureText: string) => {
  const figure = describeFigures(text, extractFigures(text)).find((f) => f.text.includes(figureText));
  if (!figure) throw new Error(`no figure ${figureText} in ${text}`);
  return figure;
};

describe('a period a sentence compares with', () => {
  it('is not the period of the figures said after the comparison', () => {
    const zh = '溫室氣體總排放量為78,412公噸二氧化碳當量，較2022/23年度減少4.5%，其中範圍一排放6,518公噸，範圍二排放71,894公噸。';
    expect(at(zh, '6,518').period).toBeUndefined();
    expect(at(zh, '71,894').period).toBeUndefined();
    const en = 'Total GHG emissions were 78,412 tCO2e, 5.4% lower than in 2022/23, with Scope 1 emissions at 6,158 tCO2e.';
    expect(at(en, '6,158').period).toBeUndefined();
    // a fiscal year is read from its `FY`, leaving its `in` after the comparing word
    const fiscal = 'Home care packages brought in A$48.62 million, 10.0% more than in FY2024, of which higher-level packages A$29.46 million.';
    expect(at(fiscal, '29.46').period).toBeUndefined();
  });

  it('leaves the sentence\'s own period before it, and is the period of the compared value itself', () => {
    expect(at('2023年，本集團用電量為18,642萬千瓦時，較2022年減少4.2%。', '4.2%').period).toBe('2023年');
    expect(at('各项贷款余额 186.2 亿元，较2022年末的168.2亿元增长 10.7%。', '168.2').period).toBe('2022年末');
  });

  it('is not read into words that only end like a comparison (参与) or name a baseline', () => {
    expect(at('参与2023年度公益活动的员工达1,200名。', '1,200').period).toBe('2023年度');
    expect(at('We aim for a 25% reduction by 2030 against our 2019 baseline of 842.0 grams.', '842.0').period).toBe('2019');
  });
});

describe('a period of a target said after a figure', () => {
  it('is not the figure\'s period (`reached 31.4%, and we aim for 40% by 2030`; `达到 26.8%，力争 2025 年提升至 30%`)', () => {
    expect(at('The share of women on our Executive Committee reached 31.4%, and we aim for 40% by 2030.', '31.4%').period).toBeUndefined();
    expect(at('本年度女性管理人员占比达到 26.8%，力争 2025 年提升至 30%。', '26.8%').period).toBeUndefined();
  });

  it('is the target\'s own (`40% by 2030`)', () => {
    expect(at('The share of women on our Executive Committee reached 31.4%, and we aim for 40% by 2030.', '40%').period).toBe('by 2030');
  });
});

describe('a period naming a yardstick after a figure (`the 2022 level`, `2019 levels`)', () => {
  it('is not the figure\'s period', () => {
    const en = 'Waste sent to landfill was 3,420 tonnes, around a third of the 2020 level, as two more sites reached zero waste.';
    expect(at(en, '3,420').period).toBeUndefined();
    expect(at('Scope 1 emissions were 48,200 tCO2e, roughly two thirds of 2019 levels.', '48,200').period).toBeUndefined();
  });

  it('leaves a period said before the figure its own', () => {
    expect(at('In 2023 Scope 1 emissions were 48,200 tCO2e, roughly two thirds of 2019 levels.', '48,200').period).toBe('In 2023');
  });
});

describe('a year made a word of a noun phrase after a figure (`for a 2036 release`)', () => {
  it('is not the figure\'s period', () => {
    const en = 'The Kelso yard welded 3,420 tonnes of steel, and a larger hull is now planned for a 2028 launch.';
    expect(at(en, '3,420').period).toBeUndefined();
  });
});

describe('a period said right after a figure', () => {
  it('is its own, whatever the sentence said before it (`412 litres in 2024, against 436 litres in 2023`)', () => {
    const en = 'Water used per guest night was 412 litres in 2024, against 436 litres in 2023.';
    expect(at(en, '412').period).toBe('in 2024');
    expect(at(en, '436').period).toBe('in 2023');
    expect(at('In 2024 we planted 18,400 trees, against 16,900 trees in 2023.', '16,900').period).toBe('in 2023');
    // a year said with `of` (`the 3,118 of 2023`) binds the same way
    expect(at('Membership rose to 48,260 in 2024, 4.1% more than the 46,358 of 2023.', '46,358').period).toBe('2023');
    // and it is not the period of a figure said before the comparison (`were 1.84 tCO2e, against 2.00 tCO2e in 2023`)
    expect(at('Emissions per thousand visitors were 1.61 tCO2e, against 1.75 tCO2e in 2023.', '1.61').period).toBeUndefined();
  });

  it('nor the period of a figure said after the comparison (`against USD 8,410 thousand in 2023, and the margin rose to 9.2%`)', () => {
    const en = 'Net income was USD 9,870 thousand, against USD 8,410 thousand in 2023, and the net margin rose 0.6 percentage points to 9.2%.';
    expect(at(en, '8,410').period).toBe('in 2023');
    expect(at(en, '9.2%').period).toBeUndefined();
    // a period of the report's own said before the comparison still is
    expect(at('In 2024 sales were 412 units, against 398 units in 2023, and returns fell to 1.2%.', '1.2%').period).toBe('In 2024');
  });

  it('nor of a figure said after a compared figure whose unit holds a digit (`down 3.8% from 16,240 tCO2e in 2023: diesel buses …`)', () => {
    const en = 'Our fleet emitted 15,620 tCO2e, down 3.8% from 16,240 tCO2e in 2023: diesel buses emitted 12,880 tCO2e.';
    expect(at(en, '16,240').period).toBe('in 2023');
    expect(at(en, '12,880').period).toBeUndefined();
    expect(at('Site water use fell to 61,200 m3 from 64,900 m3 in 2023, and rainwater met 8,400 m3 of it.', '8,400').period).toBeUndefined();
  });

  it('nor when the compared figure\'s year is said with `of` (`less than the 425,200 m3 of 2023, or 2.61 m3 per tonne`)', () => {
    const en = 'The mill drew 412,000 m3 of water in 2024, 3.1% less than the 425,200 m3 of 2023, or 2.61 m3 per tonne of paper.';
    expect(at(en, '425,200').period).toBe('2023');
    expect(at(en, '2.61').period).toBe('in 2024');
  });
});

describe('a period in a bracket after a figure, said of another figure in the bracket', () => {
  it('is the bracketed figure\'s, not the figure before the bracket (`RMB986.4 million, … 25.5% of box office (23.1% in 2023)`)', () => {
    const en = 'Freight brought in EUR 412.6 million, up 8.1%, or 31.2% of revenue (29.4% in 2023).';
    expect(at(en, '412.6').period).toBeUndefined();
    expect(at(en, '29.4').period).toBe('in 2023');
    // a period in the figure's own bracket, or a bracket naming only the year, still binds
    expect(at('Freight brought in EUR 412.6 million (in 2024).', '412.6').period).toBe('in 2024');
  });
});

describe('a fiscal year said with `in` after a compared figure', () => {
  it('is that figure`s, not the period of a figure said after it (`up from 41,200 m³ in FY2022, at a recycling rate of 63.4%`)', () => {
    const text = 'The plant drew 38,900 m³ of water, down from 41,200 m³ in FY2022, at a recycling rate of 63.4%.';
    expect(at(text, '63.4').period).toBeUndefined();
    expect(at(text, '41,200').period).toBe('FY2022');
  });
});

describe('yearOfPeriod: the year a period names', () => {
  it('reads a calendar and a fiscal year, and none where no period is', () => {
    expect(yearOfPeriod('2023年')).toBe(2023);
    expect(yearOfPeriod('FY24')).toBe(2024);
    expect(yearOfPeriod('the reporting period')).toBeUndefined();
    expect(yearOfPeriod(undefined)).toBeUndefined();
  });
});
