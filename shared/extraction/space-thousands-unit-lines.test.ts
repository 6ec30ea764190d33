import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { groupsThousandsWithSpaces } from './space-thousands';

// Held-out batch 45's misses, each as a rule over any text of its kind.

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit] as const);

describe('thousands parted by spaces', () => {
  it('are one number in a text that writes them so', () => {
    const text = 'Scope 1 emissions fell by 324 500 tCO2e to 1 246 800 tCO2e; the plant ran 2 140 hours fewer.';
    expect(figures(text)).toEqual([
      ['324 500 tCO2e', 324500, 'tCO2e'],
      ['1 246 800 tCO2e', 1246800, 'tCO2e'],
      ['2 140 hours', 2140, 'hours'],
    ]);
  });

  it('join a currency, a decimal and a scale, and a no-break space marks the convention alone', () => {
    expect(figures('CapEx was € 1 184 million and revenue €\u202f4\u202f365.2 million.')).toEqual([
      ['€ 1 184 million', 1184000000, 'EUR'],
      ['€\u202f4\u202f365.2 million', 4365200000, 'EUR'],
    ]);
  });

  it('are table cells in a table set with column gaps', () => {
    expect(figures('Indicator        Unit        2024          2023\nTotal energy     MWh    1 284 530     1 352 870\nElectricity      GWh       18 642        17 905')).toEqual([
      ['1 284 530', 1284530, 'MWh'],
      ['1 352 870', 1352870, 'MWh'],
      ['18 642', 18642, 'GWh'],
      ['17 905', 17905, 'GWh'],
    ]);
  });

  it('are no convention in a text with thousands commas, nor from two groups of three alone', () => {
    expect(groupsThousandsWithSpaces('Sites 120 135 1,150')).toBe(false);
    expect(groupsThousandsWithSpaces('Employees 120 135 and 98 117')).toBe(false);
    expect(groupsThousandsWithSpaces('We employ 1 246 800 people')).toBe(true);
    expect(groupsThousandsWithSpaces('412\u00a0600 m³')).toBe(true);
  });

  it('hold in a spaced text that lets a thousands comma slip in', () => {
    const statement = [
      'Our 44 482 FTEs worked 68 million hours.',
      'FTEs by region                 2023          2022',
      'France                       18 642        17 980',
      'Rest of Europe                9 486         9 128',
      'Asia                          8 936         8 412',
      'Women made up 28 380 of our 44 482 FTEs; market-based Scope 2 emissions were 9,864 t CO2e.',
    ].join('\n');
    expect(figures(statement).filter(([, value]) => value > 9_000 && value < 50_000)).toEqual([
      ['44 482', 44482, 'FTEs'],
      ['18 642', 18642, ''],
      ['17 980', 17980, ''],
      ['9 486', 9486, ''],
      ['9 128', 9128, ''],
      ['28 380', 28380, ''],
      ['44 482', 44482, 'FTEs'],
      ['9,864 t CO2e', 9864, 'tCO2e'],
    ]);
    // a comma text's cells set one space apart stay cells
    expect(groupsThousandsWithSpaces('Sites 120 135 150 and 1 200 200\nRevenue 1,150 and 2,480 and 3,120')).toBe(false);
  });
});

describe('a unit line over a table', () => {
  it('`Unit: RMB10,000` scales the cells below and is no figure itself', () => {
    expect(figures('Table 4  Environmental protection investment\nUnit: RMB10,000\nItem                 2022        2023\nWastewater        1,286.4     1,542.7')).toEqual([
      ['1,286.4', 12864000, 'CNY'],
      ['1,542.7', 15427000, 'CNY'],
    ]);
  });

  it('`tce/RMB10,000` in a unit column is a rate’s base, no figure', () => {
    expect(figures('Indicator            Unit              2023\nEnergy intensity     tce/RMB10,000     0.079')).toEqual([['0.079', 0.079, '']]);
  });

  it('`RMB10,000` in a unit column scales the bare values after it, and is no figure', () => {
    expect(figures('Indicator\tUnit\t2022\t2023\nCharitable donations\tRMB10,000\t21,684\t24,862')).toEqual([
      ['21,684', 216840000, 'CNY'],
      ['24,862', 248620000, 'CNY'],
    ]);
    expect(figures('Award          Amount          Recipients\nScholarship    RMB10,000       30').map(([t, v]) => [t, v])).toEqual([
      ['RMB10,000', 10000],
      ['30', 30],
    ]);
  });

  it('`Unit: 10,000 yuan` is no figure either', () => {
    expect(figures('Unit: 10,000 yuan\nProject                 2023\nDisaster relief         60.0')).toEqual([['60.0', 600000, 'CNY']]);
  });

  it('`单位：亿元、%` scales the amounts and makes the share and growth columns percentages', () => {
    expect(figures('单位：亿元、%\n项目　　　　　　2023年末　　　较年初增减　　　增幅　　　占比\n绿色贷款　　　　2,408.16　　　　612.35　　　　34.10　　　8.42')).toEqual([
      ['2,408.16', 240816000000, 'CNY'],
      ['612.35', 61235000000, 'CNY'],
      ['34.10', 34.1, '%'],
      ['8.42', 8.42, '%'],
    ]);
  });
});

describe('a row label stating its scale', () => {
  it('in digits in its brackets is no figure (`(10,000 t-CO2)`)', () => {
    expect(figures('                                  FY2022     FY2023\nCO2 emissions, Scope 1+2 (10,000 t-CO2)    119.6      108.2')).toEqual([
      ['119.6', 1196000, 'tCO2'],
      ['108.2', 1082000, 'tCO2'],
    ]);
  });

  it('before a comma and words of what it is reckoned as (`(thousand kL, crude oil equivalent)`)', () => {
    expect(figures('                                                 FY2022       FY2023\nEnergy use (thousand kL, crude oil equivalent)      596          571')).toEqual([
      ['596', 596000, 'kL'],
      ['571', 571000, 'kL'],
    ]);
  });

  it('after a list’s number opening the row leaves its bare cells cells (`2.      Other than Permanent (E)`)', () => {
    const text = 'S. No.  Particulars                  Total (A)   Male No. (B)   % (B/A)   Female No. (C)\n2.      Other than Permanent (E)         3,205          2,691      84.0%              514';
    expect(figures(text).map(([t]) => t)).toEqual(['3,205', '2,691', '84.0%', '514']);
  });

  it('in both languages names one duration (`小時 hours`)', () => {
    expect(figures('指標 Indicator               單位 Unit       2023/24\n平均受訓時數 Average training hours     小時 hours      26.4')).toEqual([['26.4', 26.4, '小时']]);
  });
});

describe('the yen sign', () => {
  it('is the yen in a report of fiscal years ended March 31', () => {
    expect(figures('Financial highlights (Fiscal years ended March 31)\n\nNet sales rose to ¥1,245.6 billion.')).toEqual([['¥1,245.6 billion', 1245600000000, 'JPY']]);
  });
});

describe('a table’s walk up to its header', () => {
  it('stops at a truly empty line as at a line of spaces', () => {
    for (const gap of ['', '   ']) {
      const text = `Site              2023      Change (%)\nPlant A           1,200     3.1\n${gap}\n(MWh)\nPlant B           500       2.0`;
      expect(figures(text).slice(2)).toEqual([
        ['500', 500, 'MWh'],
        ['2.0', 2, 'MWh'],
      ]);
    }
  });
});
