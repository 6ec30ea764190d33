import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { runChecks } from '../index';

const allChecks = (text: string) => runChecks([checkDoc('report.txt', text)]);

const at = (text: string, said: string, nth = 0): number => {
  let from = -1;
  for (let k = 0; k <= nth; k++) from = text.indexOf(said, from + 1);
  return from;
};

/** Where the holding ratio giving `result` names that value said again. */
const resultSaid = (text: string, result: number): number[] => {
  const check = allChecks(text).find((c) => c.kind === 'ratio' && c.holds && c.figures.some((f) => f.role === 'result' && f.value === result));
  return (check?.figures ?? []).filter((f) => f.role !== 'numerator' && f.role !== 'denominator' && f.value === result).map((f) => f.start);
};

// a paper mill's report: the section says the intensity with its year before, the key figures give both years in one row
const MILL = [
  '2. Water',
  '',
  'We withdrew 4,788,000 m³ of water and made 420,000 tonnes of paper, 3.7% more than a year earlier.',
  'That is 11.4 m³ per tonne of paper (2023: 12.1).',
  '',
  'Key figures                 Unit          2024         2023',
  'Water withdrawn             m³       4,788,000    4,900,600',
  'Paper produced              tonnes     420,000      405,000',
  'Water per tonne of paper    m³/t          11.4         12.1',
  '',
].join('\n');

// a dairy's report in Chinese: the same, `上年为` after this year's intensity
const DAIRY = [
  '二、能源',
  '',
  '2024年，公司综合能耗52,800吨标准煤，单位产品综合能耗0.0880吨标准煤/吨，上年为0.0914吨标准煤/吨。',
  '',
  '关键绩效表',
  '',
  '指标                    单位                2024年      2023年',
  '综合能耗                吨标准煤            52,800      53,000',
  '乳制品产量              万吨                60.0        58.0',
  '单位产品综合能耗        吨标准煤/吨          0.0880      0.0914',
  '',
].join('\n');

// a ferry line's report: the text works out a share with its year before, the key figures give its row as a percentage
const FERRY = [
  '3. People',
  '',
  'We employed 2,480 people at the end of 2024, 868 of them women (35.0%; 2023: 33.8%).',
  '',
  'Key figures                 Unit          2024         2023',
  'Employees                   people       2,480        2,420',
  'Women employees             %             35.0         33.8',
  '',
].join('\n');

describe('a figure a sentence says beside its year before, and a table row as its two years', () => {
  it("names the text's `(2023: 12.1)` beside the key figures' recomputed 2023 intensity", () => {
    expect(resultSaid(MILL, 12.1)).toEqual(expect.arrayContaining([at(MILL, '12.1'), at(MILL, '12.1', 1)]));
  });

  it("names `上年为0.0914` beside the 关键绩效表's recomputed 2023 intensity", () => {
    expect(resultSaid(DAIRY, 0.0914)).toEqual(expect.arrayContaining([at(DAIRY, '0.0914'), at(DAIRY, '0.0914', 1)]));
  });

  it("names the key figures' percentage row beside the text's share, its year before past a semicolon", () => {
    expect(resultSaid(FERRY, 35)).toEqual(expect.arrayContaining([at(FERRY, '35.0'), at(FERRY, '35.0', 1)]));
  });

  it('names no cell whose row gives another year before than the sentence', () => {
    const other = FERRY.replace('Women employees             %             35.0         33.8', 'Women employees             %             35.0         34.6');
    expect(resultSaid(other, 35)).not.toContain(at(other, '35.0', 1));
  });
});
