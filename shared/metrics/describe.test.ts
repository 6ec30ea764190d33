import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures, samePeriod } from './index';

const described = (text: string) => describeFigures(text, extractFigures(text));
const at = (text: string, figureText: string) => {
  const figure = described(text).find((f) => f.text.includes(figureText));
  if (!figure) throw new Error(`no figure ${figureText} in ${text}`);
  return figure;
};

describe('the metric of a Chinese figure', () => {
  it('is the phrase before the joining verb: 女性员工占49.5%', () => {
    expect(at('截至2022年3月31日，超过25万员工中，女性员工占49.5%。', '49.5%')).toMatchObject({ metric: '女性员工', period: '截至2022年3月31日' });
  });

  it('keeps the head of a 的-phrase and takes the bracketed scope as scope', () => {
    const text = '2022 财年，阿里巴巴温室气体总排放量为 1324.9 万吨。其中，阿里巴巴实体控制范围之内的直接温室气体排放（即范围 1）为 92.7 万吨。';
    expect(at(text, '1324.9')).toMatchObject({ metric: '阿里巴巴温室气体总排放量', period: '2022财年' });
    expect(at(text, '92.7')).toMatchObject({ metric: '直接温室气体排放', scope: 'scope 1' });
  });

  it('drops a leading verb of having or totalling with its actor: 公司共有员工 12,759 人 counts 员工, not 有员工', () => {
    expect(at('截至2023年末，公司共有员工12,759人，其中研发人员1,984人。', '12,759').metric).toBe('员工');
    expect(at('截至2024年3月31日，本集團共有員工3,862名。', '3,862').metric).toBe('員工');
  });

  it('reads its phrase across a line a PDF wrapped mid-word (`…2023年排⏎放密集度為2.74`), not across a heading', () => {
    const text = '本集團持續推動製程減碳及再生能源採購，2023年範疇一至三排放總量為1,507,310公噸，其中範疇三佔84.2%。2023年排\n放密集度為2.74公噸／百萬元營收。';
    expect(at(text, '2.74').metric).toMatch(/^排放密集度/);
    expect(at('4.3 能源管理\n總用電量為40,512萬度。', '40,512').metric).toBe('總用電量');
    // a leading verb the wrapped line joins on is dropped as before (`公司开展⏎培训总时长`)
    expect(at('公司构建三级培训体系，覆盖新员工、专业技术、管理干部及合规等方向，持续提升员工能力。2023年，公司开展\n培训总时长412,300小时。', '412,300').metric).toBe('培训总时长 小时');
  });

  it('drops the traditional joining verbs: 總用電量為 40,512 萬度 measures 總用電量', () => {
    expect(at('2023年總用電量為40,512萬度，其中外購電力35,650萬度。', '40,512').metric).toBe('總用電量');
    expect(at('範疇一與範疇二排放量合計為238,410公噸。', '238,410').metric).toBe('範疇一與範疇二排放量');
  });

  it('adds the counted noun after a measure word: 4,960 个儿童', () => {
    expect(at('累计成功找回 4,960 个儿童，成功率 98.5%。', '4,960').metric).toContain('儿童');
  });
});

describe('the metric of an English figure', () => {
  it('is the noun after "the number of"', () => {
    expect(at('The number of mobile payment users reached 765 million, accounting for 85.3% of mobile Internet users.', '765').metric).toBe('mobile payment users');
  });

  it('is the counted noun and its predicate, an appositive with a figure skipped', () => {
    expect(at('694 million Internet users, or 76.8% of the total internet users, had access to online public services.', '694').metric).toBe(
      'Internet users had access to online public services',
    );
  });

  it('of a share said `of which` is a share of the figure before it in its sentence', () => {
    expect(at('Net generation rose 4.2% to 18,640 GWh, of which 61.2% came from wind and solar parks.', '61.2%').metric).toBe('share of Net generation');
  });

  it('of an amount a part `made up` is that part, and so of the share after it', () => {
    const text = 'Heat pumps made up 2,150 MWh, 38.4% of our heating energy.';
    expect(at(text, '2,150 MWh').metric).toBe('Heat pumps');
    expect(at(text, '38.4%').metric).toBe('Heat pumps share of our heating energy');
  });

  it('of a share names the whole it is a share of, after the figure it follows', () => {
    expect(at('398 million Internet users ordered takeout online, accounting for 44.0% of the total internet users.', '44.0%').metric).toBe(
      'Internet users ordered takeout online share of total internet users',
    );
  });

  it('takes the period from the sentence: As of March 2020', () => {
    expect(at('As of March 2020, the number of Internet users in China had reached 904 million.', '904')).toMatchObject({
      metric: 'Internet users',
      period: 'As of March 2020',
    });
  });
});

describe('a figure in a table row', () => {
  it('takes its metric from the row label and its period from the column header', () => {
    const text = 'Indicator\tFY2022\tUnit\nMobile payment users\t765\tmillion\nOnline payment users\t768\tmillion\n';
    expect(at(text, '765')).toMatchObject({ metric: 'Mobile payment users', period: 'FY2022' });
  });

  it('takes the scope from the row label and leaves it out of the metric', () => {
    const text = '指标\t单位\t2022 财年\n范围 1 排放量 ²\t吨二氧化碳当量\t926,779\n';
    expect(at(text, '926,779')).toMatchObject({ metric: '范围 1 排放量', scope: 'scope 1', period: '2022财年' });
  });

  // as PDF text without layout gives a table: one space between cells, a unit cell after the label
  const cellsOfRow = (text: string, row: string) => {
    const rowStart = text.indexOf(row);
    return described(text)
      .filter((f) => f.start >= rowStart && f.end <= rowStart + row.length)
      .map((f) => [f.text, f.metric, f.period]);
  };

  it('one space apart, pairs each number with its column\'s year, counted from the right, and names it by the label without its unit', () => {
    const zh = '五、关键绩效表\n指标 单位 2021 年 2022 年 2023 年\n营业收入 亿元 72.35 79.12 86.47\n研发投入 亿元 3.41 3.89 4.38\n';
    expect(cellsOfRow(zh, '研发投入 亿元 3.41 3.89 4.38')).toEqual([
      ['3.41', '研发投入', '2021年'],
      ['3.89', '研发投入', '2022年'],
      ['4.38', '研发投入', '2023年'],
    ]);
    const en = 'Metric Unit FY2021 FY2022 FY2023\nScope 1 emissions tCO2-e 1,012,600 1,046,300 1,071,400\nTotal employees persons 5,284 5,612 5,940\n';
    expect(cellsOfRow(en, 'Total employees persons 5,284 5,612 5,940')).toEqual([
      ['5,284', 'Total employees', 'FY2021'],
      ['5,612', 'Total employees', 'FY2022'],
      ['5,940', 'Total employees', 'FY2023'],
    ]);
    expect(at(en, '1,012,600')).toMatchObject({ metric: 'Scope 1 emissions', period: 'FY2021', scope: 'scope 1' });
  });

  it('one space apart, is no table cell in a sentence wrapped before its number, nor without a header of years above', () => {
    const wrapped = 'Metric Unit FY2021 FY2022 FY2023\nTotal employees persons 5,284 5,612 5,940\nAt 30 June 2023, after a year of hiring, we employed 5,940\npeople.\n';
    expect(described(wrapped).at(-1)).toMatchObject({ text: '5,940', period: 'June 2023' });
    expect(at('Total employees persons 5,284 5,612 5,940\n', '5,284').period).toBeUndefined();
  });
});

describe('a space-aligned table', () => {
  it('takes its years from a header that opens with a caption holding a number (`E5-5 Waste (tonnes)`)', () => {
    const table = 'E5-5 Waste (tonnes)                          2022          2023\nTotal waste                               431,260       412,860\nFood waste (included above)                74,860        68,420\n';
    expect(at(table, '68,420')).toMatchObject({ metric: 'Food waste', period: '2023' });
  });

  it('reads its header over a row whose last cell the one-space reading takes for no number (`△5.1%`)', () => {
    const table =
      '                                         FY2022           FY2023       YoY change\nCapital expenditure                      72,640           68,940            △5.1%\nR&D expenses                             41,820           44,560             6.6%\n';
    expect(at(table, '44,560')).toMatchObject({ metric: 'R&D expenses', period: 'FY2023' });
  });

  it('takes two-digit fiscal years from its header (`FY24  FY23`) beside a change column', () => {
    const table =
      '                               FY24       FY23     Change FY24 vs FY23 (%)\nScope 1 emissions (kt CO2-e)    812.4      846.1       -4.0\nPurchased electricity (TWh)      4.18       4.36       -4.1\n';
    expect(at(table, '4.36')).toMatchObject({ metric: 'Purchased electricity', period: 'FY23' });
    expect(at(table, '812.4').period).toBe('FY24');
  });

  it('takes fiscal years spanning two calendar years from its header (`FY 2024-25  FY 2023-24`)', () => {
    const table =
      '                                  FY 2024-25   FY 2023-24   Change (%)\nWater withdrawal (KL)                 8,46,200     8,92,400         -5.2\nWaste recycled (t)                      12,480       11,260         10.8\n';
    expect(at(table, '11,260')).toMatchObject({ metric: 'Waste recycled', period: 'FY 2023' });
    expect(at(table, '12,480').period).toBe('FY 2024');
  });

  it('under a header of measures and no year, names a cell by its row and its column (`Japan NLA`)', () => {
    const table =
      'Country      Properties     NLA (m²)    Valuation (S$ million)    Share of valuation\nSingapore             8      642,800                   4,286.4                 62.6%\nJapan                 2      225,400                     831.5                 12.2%\n';
    expect(at(table, '225,400').metric).toBe('Japan NLA');
    expect(at(table, '831.5').metric).toBe('Japan Valuation');
  });
});

describe('a space-aligned table the one-space reading does not take', () => {
  const table =
    'E1-5 Energy mix\n                                                                   2022        2023\n' +
    '(1) Fuel consumption from natural gas (MWh)                       14 862      13 904\n' +
    '(2) Purchased electricity, heat and steam from\n    fossil sources (MWh)                                           6 218       5 406\n' +
    '(3) Total fossil energy consumption (MWh) (sum of lines 1 to 2)   21 080      19 310\n' +
    'Share of fossil sources in total energy consumption (%)              71.4        66.2\n';

  it('names a numbered row\'s cells by its label and the year over them, digits grouped by spaces', () => {
    expect(['14 862', '13 904', '21 080', '19 310'].map((f) => [at(table, f).metric, at(table, f).period])).toEqual([
      ['Fuel consumption from natural gas', '2022'],
      ['Fuel consumption from natural gas', '2023'],
      ['Total fossil energy consumption', '2022'],
      ['Total fossil energy consumption', '2023'],
    ]);
  });

  it('reads a label wrapped onto an indented line whole, and the rows under it still under the header', () => {
    expect(at(table, '6 218')).toMatchObject({ metric: 'Purchased electricity, heat and steam from fossil sources', period: '2022' });
    expect(at(table, '66.2')).toMatchObject({ metric: 'Share of fossil sources in total energy consumption', period: '2023' });
  });
});

describe('a space-aligned table whose header has columns of changes between its years', () => {
  const table = 'Segmental performance\n                          Revenue                          Adjusted operating profit\n£m                        2023       2022      Change       2023       2022    Margin 2023\nPackaging              1,284.6    1,198.2       7.2%       168.4      152.6          13.1%\n';

  it('takes each cell\'s period from the header cell over it, not the years counted from the right', () => {
    expect(['1,284.6', '1,198.2', '7.2%', '168.4', '152.6', '13.1%'].map((f) => at(table, f).period)).toEqual(['2023', '2022', undefined, '2023', '2022', '2023']);
  });

  it('under a header that leaves the label column blank, takes the year standing over the cell', () => {
    const blank = 'Highlights                                   (Millions)\n                              FY2022         FY2023     YoY change\nNet sales                    186,420        248,760          5.3%\n';
    expect(['186,420', '248,760'].map((f) => at(blank, f).period)).toEqual(['FY2022', 'FY2023']);
  });
});

describe('periods', () => {
  it('compare across languages and forms', () => {
    expect(samePeriod('2022财年', 'FY2022')).toBe(true);
    expect(samePeriod('截至2022年3月31日', 'as of March 31, 2022')).toBe(true);
    expect(samePeriod('2021年', '2022年')).toBe(false);
    expect(samePeriod('2022财年', '2022年')).toBe(false);
    expect(samePeriod(undefined, '2022年')).toBe(true);
  });

  it('are not taken from a year a figure is said to stand below or above', () => {
    expect(at('Scope 1 and 2 emissions fell 3.6% to 72,752 tCO2e, 6.3% below FY2021, and energy use fell.', '72,752').period).toBeUndefined();
  });

  it('are not taken from the header of a table whose rows the sentence runs on from', () => {
    const text = 'Table 5  Waste (kt)\n                      2023      2022\nLandfill              18.4      21.6\nRecycled              42.6      39.8\nRecycling diverted 42.6 kt, or 69.8% of all waste, from landfill.';
    expect(['42.6 kt', '69.8%'].map((f) => at(text, f).period)).toEqual([undefined, undefined]);
  });

  it('are not taken from the base a later rate is said on (`up 5.6% on FY23`)', () => {
    const text = 'Our smelter poured a record\n288.4 kt of cathode as the new furnace came online, and the port handled 12.6 Mt, up 4.1% on FY23.';
    expect(['288.4', '12.6'].map((f) => at(text, f).period)).toEqual([undefined, undefined]);
  });

  it('are not taken from a year before\'s bracket or from a figure compared with', () => {
    const text = 'Our people worked 38.6 million hours in 2023 (2022: 36.9 million). We recorded 97 recordable injuries, a TRIFR of 2.51, down from 2.87 in 2022, an improvement of 12.5%. Lost-time injuries fell to 19 from 24, and our LTIFR was 0.49 (2022: 0.65).';
    expect(at(text, '36.9').period).toBe('2022');
    expect(at(text, '97').period).toBeUndefined();
    expect(at(text, '2.87').period).toBe('in 2022');
    expect(at(text, '19').period).toBeUndefined();
    expect(at(text, '0.65').period).toBe('2022');
  });

  it('are the year after the bracket of the year before that follows a figure', () => {
    const text = 'Our carbon intensity improved slightly, to 773.6 grams of CO2 per RTK (2022: 774.6 grams). We flew 3,120 flights and 86.4 (2022: 82.1).';
    expect(at(text, '773.6').period).toBe('2023');
    expect(at(text, '774.6').period).toBe('2022');
    expect(at(text, '86.4').period).toBe('2023');
    expect(at(text, '3,120').period).toBeUndefined();
  });

  it('are the year of the report\'s title for the reporting period', () => {
    const text = '康泽医药集团股份有限公司\n2023年度环境、社会及公司治理报告\n\n截至报告期末，公司员工总数12,284人。全年新招聘员工1,846人。\n';
    expect(at(text, '12,284').period).toBe('2023年度');
    expect(at(text, '1,846').period).toBeUndefined();
  });
});

describe('a scope', () => {
  it('is numbered in Chinese numerals as well as digits: 范围一, 范围二', () => {
    const text = '指标\t单位\t2023 年\n范围一\t吨二氧化碳当量\t39,120\n范围二\t吨二氧化碳当量\t132,230\n';
    expect([at(text, '39,120').scope, at(text, '132,230').scope]).toEqual(['scope 1', 'scope 2']);
  });
});

describe('a fact-sheet line', () => {
  it('names its figure by the label before the colon', () => {
    const text = 'Fact sheet 2023\n\nCustomers served: 3.4 million\nCapital investment: £816 million\n';
    expect([at(text, '3.4').metric, at(text, '816').metric]).toEqual(['Customers served', 'Capital investment']);
  });
});

describe('an English metric', () => {
  it('is the subject a verb joins to the figure: total greenhouse gas emissions were 586,000 tonnes', () => {
    const text = "In 2023, the Group's total greenhouse gas emissions were 586,000 tonnes of CO2 equivalent, of which Scope 1 emissions were 412,000 tonnes.";
    expect(at(text, '586,000').metric).toBe("the Group's total greenhouse gas emissions");
  });

  it('of a counted noun ends at a comma opening a clause of its own subject: serving 2,400 lockers, we aim to …', () => {
    expect(at('With a network serving 2,400 lockers, we aim to reach net zero by 2035.', '2,400').metric).toBe('lockers');
  });

  it('is the subject of a change said before the figure it came to: Food waste fell 8.6% to 6,842 tonnes', () => {
    expect(at('Food waste fell 8.6% to 6,842 tonnes as 2,960 stores now pass unsold food to charities.', '6,842').metric).toBe('Food waste');
    expect(at('Water withdrawal fell 2.5% year-on-year to 48.62 million tons.', '48.62').metric).toBe('Water withdrawal');
  });

  it('of a change said after another clause with its own figure is the later subject: … S$512.8 million and net property income grew 3.9% to S$382.6 million', () => {
    const text = 'Gross revenue rose 4.6% to S$512.8 million and net property income grew 3.9% to S$382.6 million.';
    expect([at(text, '512.8').metric, at(text, '382.6').metric]).toEqual(['Gross revenue', 'net property income']);
    expect(at('Scope 1 and 2 emissions fell 3.6% to 72,752 tCO2e.', '72,752').metric).toBe('Scope 1 and 2 emissions');
  });

  it('is the object of a verb of changing said before the figure it came to: we cut water withdrawal to 4.86 million tons', () => {
    expect(at('Scope 1 emissions fell 4.9%, and we cut water withdrawal to 4.86 million tons.', '4.86').metric).toBe('water withdrawal');
  });

  it('of a figure said as an aside after a comma is what the clause before it measures: We cut Scope 1+2 emissions, now less than 1.3 million t-CO2, …', () => {
    expect(at('We cut Scope 1+2 emissions, now less than 1.3 million t-CO2, for the third consecutive year.', '1.3 million').metric).toBe('Scope 1 2 emissions');
  });

  it('keeps an ampersand between letters in its word: R&D expenses', () => {
    expect(at('R&D expenses were ¥4.46 billion, 3.6% of net sales.', '4.46').metric).toBe('R&D expenses');
  });

  it('does not run on from a heading into the sentence under it', () => {
    expect(at('Our year at a glance\nGroup revenue of £4,218 million grew by 5%.', '4,218').metric).toBe('Group revenue');
  });
});

describe('a cell of a pipe table', () => {
  const table = 'Table 3 Water by site\n\n| Site | Unit | 2022 | 2023 |\n|---|---|---:|---:|\n| **Rauma Mill** | m³ | 41,260,000 | 39,840,000 |\n| Water intensity | m³/t | 18.4 | 17.9 |\n\n| Programme | People reached | Investment (€ thousand) |\n|---|---:|---:|\n| School meals | 4,216 | 862 |\n';
  const of = (figureText: string) => describeFigures(table, extractFigures(table)).find((f) => f.text.includes(figureText));
  it('takes its row\'s label as its metric and its column\'s year as its period', () => {
    expect(of('39,840,000')).toMatchObject({ metric: 'Rauma Mill', period: '2023' });
    expect(of('18.4')).toMatchObject({ metric: 'Water intensity', period: '2022' });
  });

  it('takes a header of words as what its column measures (`Investment (€ thousand)`)', () => {
    expect(of('862')?.metric).toBe('School meals Investment');
    expect(of('4,216')?.metric).toBe('School meals People reached');
  });
});
