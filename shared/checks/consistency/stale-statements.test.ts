import { describe, expect, it } from 'vitest';
import { checkDoc, checksOf } from '../__fixtures__/check-docs';
import { asCheckFigure, type Check } from '../types';
import { pairCheck } from './pair-check';
import { staleLatestCells, staleTextFigures } from './stale-statements';

// Last year's figure said as this year's where the words alone do not pair it: the year-before value the text compares
// this year's with, said elsewhere as this year's; a table row's latest cell repeating its year before while the text gives
// the year's value and how it changed, or the table's own rate stands on the text's value.

const stale = (...texts: string[]) =>
  checksOf('consistency', ...texts)
    .filter((c) => !c.holds && c.rule === 'consistency.stale-figure')
    .map((c) => c.figures.map((f) => f.value));

describe("a running-text figure at the year before's value the text compares with", () => {
  const section = '2. Operations\n\nParcel volume was 41.2 million in 2024, 7.3% more than the 38.4 million of 2023, as online orders grew.\n';

  it("is set against this year's value when the letter says it of the year (`we delivered 38.4 million parcels`)", () => {
    const letter = 'Letter from the Managing Director\n\nIt was a busy year: we delivered 38.4 million parcels and opened two depots.\n\n';
    expect(stale(letter + section)).toContainEqual([38_400_000, 41_200_000]);
  });

  it("is not when the letter says it as the year before's (`up from 38.4 million parcels`)", () => {
    const letter = 'Letter from the Managing Director\n\nIt was a busy year: parcels handled rose from 38.4 million, and we opened two depots.\n\n';
    expect(stale(letter + section)).toEqual([]);
  });

  it('is not when the letter names the year before (`In 2023 we delivered 38.4 million parcels`)', () => {
    const letter = 'Letter from the Managing Director\n\nIn 2023 we delivered 38.4 million parcels; this year we opened two depots.\n\n';
    expect(stale(letter + section)).toEqual([]);
  });
});

describe("a table row's latest cell repeating its year before", () => {
  const table = '\n\nTable 4: Resources\n\nResource                      2024      2023    Change (%)\nWater (m3)                  18,600    18,600        -4.3\nDiesel (litres)             41,200    40,100        +2.7\n';

  it("is set against the text's value when the text says how it changed from the year before (`came down 4.3% to 17,800 m3`)", () => {
    const text = '2.3 Water\n\nRainwater tanks at three depots helped: our water consumption came down 4.3% to 17,800 m3 over the year.' + table;
    expect(stale(text)).toContainEqual([18_600, 17_800]);
  });

  it('is not when the text says the metric held (`was unchanged at 18,600 m3`)', () => {
    const text = '2.3 Water\n\nOur water consumption was unchanged at 18,600 m3, and 17,800 m3 of it came from the mains.' + table.replace('-4.3', ' 0.0');
    expect(stale(text)).toEqual([]);
  });

  it("is set against the text's count the table's own rate over it stands on (`Revenue per employee` over 2,532, not 2,410)", () => {
    const text =
      '3. People\n\nOur workforce stood at 2,532 employees at 31 December 2024, most of them in the two plants.\n\n' +
      'Key figures\n\nIndicator                  Unit               2024       2023\nRevenue                    EUR million       312.4      298.0\n' +
      'Employees                  number            2,410      2,410\nRevenue per employee       EUR thousand      123.4      123.7\n';
    expect(stale(text)).toContainEqual([2410, 2532]);
  });

  it('is not set against a count of another thing that happens to fit no rate', () => {
    const text =
      '3. People\n\nOur workforce stood at 2,410 employees at 31 December 2024, and 2,532 visitors came to the open day.\n\n' +
      'Key figures\n\nIndicator                  Unit               2024       2023\nRevenue                    EUR million       298.0      298.0\n' +
      'Employees                  number            2,410      2,410\nRevenue per employee       EUR thousand      123.7      123.7\n';
    expect(stale(text)).toEqual([]);
  });
});

describe("a key table's latest cell repeating its year before, beside a failing change over it", () => {
  // a cinema chain: 2.1 gives the year's gas use and its rise; the key figures repeat last year's, and the rate said over
  // those cells already fails (`174 → 174, stated 6.9%`) naming the text's value beside it
  const doc = checkDoc(
    'cinemas.txt',
    [
      '二、环境',
      '2024年公司天然气用量186万立方米，同比增长6.9%，主要因新开影城。',
      '',
      '关键绩效表',
      '指标            单位          2024年      2023年',
      '天然气用量      万立方米         174          174',
      '员工总数        人             1,820        1,760',
    ].join('\n'),
  );
  const at = (value: number, nth = 0) => {
    const index = doc.figures.map((f, i) => (f.value === value ? i : -1)).filter((i) => i >= 0)[nth]!;
    return { doc, figure: doc.figures[index]!, index };
  };
  const change: Check = {
    ...pairCheck(at(1_740_000), at(1_740_000, 1), 'same.differ'),
    kind: 'change',
    figures: [asCheckFigure(at(1_740_000, 1), 'old'), asCheckFigure(at(1_740_000), 'new'), asCheckFigure(at(6.9), 'result'), asCheckFigure(at(1_860_000), 'mention')],
  };

  it("still sets the latest cell against the text's value: only a consistency check has said the cell is stale", () => {
    expect(staleLatestCells([doc], [change]).map((c) => c.figures.map((f) => f.value))).toContainEqual([1_740_000, 1_860_000]);
  });
});

describe("the change said of last year's figure said as this year's", () => {
  const table = '\n\n关键绩效表\n\n指标                 单位            2024年        2023年\n综合能耗             吨标准煤         12,204        12,860\n';
  const changes = (text: string) =>
    checksOf('change', text)
      .filter((c) => c.rule === 'change.stale-figure')
      .map((c) => [c.holds, c.figures.map((f) => f.value)]);

  it("is worked out from the year-before cell it repeats, the rate standing on the latest (`综合能耗12,860吨标准煤，同比下降5.1%`)", () => {
    expect(changes('（一）能源管理\n\n2024年公司综合能耗12,860吨标准煤，同比下降5.1%，万元产值综合能耗继续下降。' + table)).toEqual([[false, [12_860, 12_860, 5.1]]]);
  });

  it("is not when the figure is this year's (`综合能耗12,204吨标准煤，同比下降5.1%`)", () => {
    expect(changes('（一）能源管理\n\n2024年公司综合能耗12,204吨标准煤，同比下降5.1%，万元产值综合能耗继续下降。' + table)).toEqual([]);
  });

  it('is not when the rate stands on no cell of the row (`同比下降3.0%`)', () => {
    expect(changes('（一）能源管理\n\n2024年公司综合能耗12,860吨标准煤，同比下降3.0%，万元产值综合能耗继续下降。' + table)).toEqual([]);
  });
});

describe('a failing check of thousands of figures beside a stale figure', () => {
  it('is read without a pair per two of its figures (a Set of them overflowed at 22,800 figures)', () => {
    const doc = checkDoc('sites.txt', Array.from({ length: 6000 }, (_, i) => `Site ${i + 1} recycled ${100 + ((i * 137) % 9000)} tonnes.`).join('\n'));
    const at = doc.figures.map((figure, index) => ({ doc, figure, index }));
    // one disagreement over every figure of the document, as a long column's sum is
    const wide: Check = { ...pairCheck(at[0]!, at[1]!, 'same.differ'), figures: at.map((f) => asCheckFigure(f, 'mention')) };
    const started = performance.now();
    expect(() => staleTextFigures([doc], [wide])).not.toThrow();
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
