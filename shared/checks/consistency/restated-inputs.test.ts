import { describe, expect, it } from 'vitest';
import { checkDoc, checksOf } from '../__fixtures__/check-docs';
import { runChecks } from '../index';

const allChecks = (text: string) => runChecks([checkDoc('report.txt', text)]);

const REPORT = [
  '1. Our year',
  '',
  'Net sales reached USD 3,482 million in 2024, and Americas brought in USD 1,620 million, 46.5% of net sales.',
  '',
  'Table 1: Net sales by region (USD million)',
  '',
  'Region              2024        2023',
  'Americas           1,620       1,540',
  'Europe             1,104       1,062',
  'Asia                 758         702',
  'Total              3,482       3,304',
  '',
  'Key figures        Unit              2024        2023',
  'Net sales          USD million      3,482       3,304',
  'Employees          people              86          80',
  '',
].join('\n');

const at = (text: string, said: string, nth = 0): number => {
  let from = -1;
  for (let k = 0; k <= nth; k++) from = text.indexOf(said, from + 1);
  return from;
};

describe("a recomputation's inputs said again in the same document", () => {
  const share = () => allChecks(REPORT).find((c) => c.stated === 46.5 && c.holds);

  it("names the whole's restatements in the table and the key figures beside the share", () => {
    const check = share();
    expect(check).toBeDefined();
    const mentions = check!.figures.filter((f) => f.role === 'mention' && f.value === 3_482e6).map((f) => f.start);
    const used = check!.figures.filter((f) => f.role === 'denominator').map((f) => f.start);
    const places = [at(REPORT, '3,482'), at(REPORT, '3,482', 1), at(REPORT, '3,482', 2)];
    // each place once: the figure there starts at its number or at the currency just before it
    const cited = [...used, ...mentions].sort((a, b) => a - b);
    expect(cited).toHaveLength(places.length);
    cited.forEach((start, i) => expect(places[i]! - start).toBeGreaterThanOrEqual(0));
    cited.forEach((start, i) => expect(places[i]! - start).toBeLessThan(5));
  });

  it('leaves the check as its rule found it in the rules\' own run', () => {
    const check = checksOf('ratio', REPORT).find((c) => c.stated === 46.5)!;
    expect(check.figures.map((f) => f.role)).toEqual(['numerator', 'denominator', 'result']);
  });

  it("names no figure of another year, however alike, and no figure the check already uses", () => {
    const check = share()!;
    const starts = check.figures.map((f) => f.start);
    expect(new Set(starts).size).toBe(starts.length);
    expect(check.figures.filter((f) => f.value === 3_304e6)).toEqual([]);
  });

  it('names only mentions in a consistency check', () => {
    const drifted = REPORT.replace('Net sales          USD million      3,482', 'Net sales          USD million      3,428');
    for (const c of allChecks(drifted).filter((c) => c.kind === 'consistency')) expect(c.figures.every((f) => f.role === 'mention')).toBe(true);
  });
});

// a brewer's report: the letter and the section say one intensity alike, the key table's 2024 cell another
const WATER = [
  "Chief Executive's letter",
  '',
  'We kept investing in water recovery at every brewery, and our water intensity fell to 2.86 hectolitres per hectolitre of beer.',
  '',
  '3. Water',
  '',
  'Across our nine breweries we reused rinse water in the packaging halls and upgraded clean-in-place systems.',
  'Water intensity was 2.86 hectolitres per hectolitre of beer, against 3.02 a year earlier.',
  'Three breweries in water-stressed basins now report their withdrawals to the basin authority every month.',
  '',
  'Key figures                  Unit        2024        2023',
  'Water intensity              hl/hl       2.68        3.02',
  'Beer produced                million hl  11.42       11.16',
  '',
].join('\n');

describe('a disagreement over a figure said twice alike', () => {
  it('names both statements of the value against the other', () => {
    const slip = allChecks(WATER).find((c) => c.kind === 'consistency' && !c.holds && c.figures.some((f) => f.value === 2.68));
    expect(slip).toBeDefined();
    const said = slip!.figures.filter((f) => f.value === 2.86).map((f) => f.start).sort((a, b) => a - b);
    expect(said).toEqual([at(WATER, '2.86'), at(WATER, '2.86', 1)]);
  });
});

// a packaging maker's report: the energy section restates the intensity the letter gives with its energy use
const ENERGY = [
  '董事长致辞',
  '',
  '这一年，我们推进余热回收和空压机改造，2024年综合能耗18,640吨标准煤，万元营业收入综合能耗降至35.6千克标准煤。',
  '',
  '二、能源',
  '',
  '2024年，公司综合能耗同比增长4.0%，主要来自新增的两条瓦楞纸板线；万元营业收入综合能耗35.6千克标准煤，',
  '上年为37.3千克标准煤。',
  '',
  '关键绩效表',
  '',
  '指标                    单位                2024年      2023年',
  '综合能耗                吨标准煤            18,640      17,920',
  '营业收入                亿元                52.40       48.10',
  '万元营业收入综合能耗    千克标准煤/万元      35.6        37.3',
  '',
  '注：万元营业收入综合能耗=综合能耗÷营业收入。',
  '',
].join('\n');

describe("a recomputation's result said again in the same document", () => {
  it("names the section's statement of the intensity the letter works out beside the letter's check (and the key table's, which a holding group says alike)", () => {
    const [letter, section, table] = [at(ENERGY, '35.6'), at(ENERGY, '35.6', 1), at(ENERGY, '35.6', 2)];
    const check = allChecks(ENERGY).find((c) => c.holds && c.figures.some((f) => f.role === 'result' && f.start === letter));
    expect(check).toBeDefined();
    expect(check!.figures.filter((f) => f.role === 'mention' && f.value === 35.6).map((f) => f.start).sort((a, b) => a - b)).toEqual([section, table]);
  });
});

// a ferry line's revenue said five times: in the letter, its section, two tables' totals and the key figures
const FIVE_TIMES = [
  "Chief Executive's letter",
  '',
  'Revenue grew to USD 2,640 million in 2024 as freight volumes recovered.',
  '',
  '1. Revenue',
  '',
  'Revenue was USD 2,640 million in 2024, and freight brought in USD 1,716 million, 65.0% of revenue.',
  '',
  'Table 1: Revenue by service (USD million)',
  '',
  'Service             2024        2023',
  'Freight            1,716       1,602',
  'Passengers           924         878',
  'Total              2,640       2,480',
  '',
  'Table 2: Revenue by route (USD million)',
  '',
  'Route               2024        2023',
  'North Sea          1,452       1,380',
  'Baltic             1,188       1,100',
  'Total              2,640       2,480',
  '',
  'Key figures        Unit              2024        2023',
  'Revenue            USD million      2,640       2,480',
  '',
].join('\n');

describe('an input said five times', () => {
  it('names its four restatements beside the share (a revenue of the letter, its section, two totals and the key figures)', () => {
    const check = allChecks(FIVE_TIMES).find((c) => c.stated === 65 && c.holds);
    expect(check).toBeDefined();
    const said = check!.figures.filter((f) => f.value === 2_640e6 && (f.role === 'denominator' || f.role === 'mention'));
    expect(said).toHaveLength(5);
  });
});

// a cement maker's report: the letter and the energy section say one intensity in unlike words, the key table's 2024 cell another
const CLINKER = [
  "Chairman's letter",
  '',
  'Our kilns burned less fuel, and energy use per tonne of clinker fell to 3.42 GJ.',
  '',
  '2. Energy',
  '',
  'Energy consumption was 16,416,000 GJ in 2024, and we produced 4,800,000 tonnes of clinker.',
  'Energy intensity was 3.42 GJ per tonne of clinker, against 3.51 GJ in 2023.',
  '',
  'Key figures                  Unit              2024          2023',
  'Energy consumption           GJ          16,416,000    16,497,000',
  'Clinker produced             tonnes       4,800,000     4,700,000',
  'Energy intensity             GJ per tonne      3.51          3.51',
  '',
].join('\n');

describe('a disagreement over a rate its holding recomputation names said twice', () => {
  it("names the letter's statement the section's check names beside it, against the table's cell", () => {
    const slip = allChecks(CLINKER).find((c) => c.kind === 'consistency' && !c.holds && c.figures.some((f) => f.value === 3.51));
    expect(slip).toBeDefined();
    const said = slip!.figures.filter((f) => f.value === 3.42).map((f) => f.start).sort((a, b) => a - b);
    expect(said).toEqual([at(CLINKER, '3.42'), at(CLINKER, '3.42', 1)]);
  });
});

// a brickworks' report: the text says a row's share of the energy table, which a consistency group pairs with its cell
const KILNS = [
  '2.1 Energy',
  '',
  'We used 42,800 MWh of energy in 2024, 2.7% less than in 2023. Natural gas for the kilns remains our largest source, at 64.2% of the total.',
  '',
  'Table 2: Energy by source (MWh)',
  '',
  'Source                          2024   Share (%)       2023',
  'Natural gas (kilns)           27,478        64.2     28,950',
  'Grid electricity              12,412        29.0     12,640',
  'Diesel                         2,910         6.8      2,400',
  'Total                         42,800       100.0     43,990',
  '',
].join('\n');

describe("a recomputation's figure a holding group says alike elsewhere", () => {
  it("names the text's `at 64.2% of the total` beside the table's share worked out, however few its digits", () => {
    const check = allChecks(KILNS).find((c) => c.kind === 'ratio' && c.holds && c.figures.some((f) => f.role === 'result' && f.start === at(KILNS, '64.2', 1)));
    expect(check).toBeDefined();
    expect(check!.figures.filter((f) => f.role === 'mention' && f.value === 64.2).map((f) => f.start)).toEqual([at(KILNS, '64.2')]);
  });
});

// a ferry operator's report: the letter's bound is turned against the section's exact count, which the key figures restate
const FERRIES = [
  "Managing Director's review",
  '',
  'Our crossings carried nearly 3.2 million passengers in 2024, and every vessel passed its annual survey.',
  '',
  '2. Operations',
  '',
  'In 2024 our ferries carried 3,264,500 passengers on 41,200 crossings, a punctuality of 96.1%.',
  '',
  'Key figures                  Unit        2024          2023',
  'Passengers carried           number      3,264,500     3,118,900',
  'Crossings                    number      41,200        40,750',
  '',
].join('\n');

describe('a disagreement over a figure its document restates', () => {
  it("names the key figures' cell beside the section's exact count the letter's turned bound is set against", () => {
    const slip = allChecks(FERRIES).find((c) => c.kind === 'consistency' && !c.holds && c.figures.some((f) => f.value === 3_200_000));
    expect(slip).toBeDefined();
    const exact = slip!.figures.filter((f) => f.value === 3_264_500).map((f) => f.start).sort((a, b) => a - b);
    expect(exact).toEqual([at(FERRIES, '3,264,500'), at(FERRIES, '3,264,500', 1)]);
  });

  it("names no cell of another year of the same value (the key figures' 2023 column)", () => {
    const level = FERRIES.replace('3,264,500     3,118,900', '3,264,500     3,264,500');
    const slip = allChecks(level).find((c) => c.kind === 'consistency' && !c.holds && c.figures.some((f) => f.value === 3_200_000));
    const exact = slip!.figures.filter((f) => f.value === 3_264_500).map((f) => f.start).sort((a, b) => a - b);
    expect(exact).toEqual([at(level, '3,264,500'), at(level, '3,264,500', 1)]);
  });
});

// a library trust's report for a year to 31 March: the section dates its count that day, the key figures head it 2024/25
const LIBRARIES = [
  'Annual review for the year to 31 March 2025 ("2024/25"), with comparatives for the year to 31 March 2024.',
  '',
  "Chief Executive's letter",
  '',
  'At 31 March 2025 we had almost 40,000 borrowers, and visits to our branches grew for the third year running.',
  '',
  '1. Our libraries',
  '',
  'We had 41,260 borrowers at 31 March 2025, 3.1% more than the 40,020 a year earlier, across 23 branches.',
  '',
  'Key figures                         Unit                2024/25    2023/24',
  'Borrowers at year end               number               41,260     40,020',
  'Branches                            number                   23         23',
  '',
].join('\n');

describe('a disagreement over a figure dated the day the report year ends', () => {
  it("names the key figures' cell of the year its columns head `2024/25`", () => {
    const slip = allChecks(LIBRARIES).find((c) => c.kind === 'consistency' && !c.holds && c.figures.some((f) => f.value === 40_000));
    const exact = slip!.figures.filter((f) => f.value === 41_260).map((f) => f.start).sort((a, b) => a - b);
    expect(exact).toEqual([at(LIBRARIES, '41,260'), at(LIBRARIES, '41,260', 1)]);
  });
});
