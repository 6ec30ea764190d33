import { describe, expect, it } from 'vitest';
import { oneSpaceCells, oneSpaceHeaderYears } from './one-space-rows';

describe('a line of a table flattened to one space between its cells', () => {
  it('reads the label, a unit ending it and the numbers as cells; a header of years', () => {
    expect(oneSpaceCells('员工总数 人 11,236 11,872 12,460')?.map((c) => c.text)).toEqual(['员工总数', '人', '11,236', '11,872', '12,460']);
    expect(oneSpaceCells('Scope 2 emissions (market-based) tCO2-e 398,200 371,500 352,900')?.map((c) => c.text)).toEqual(['Scope 2 emissions (market-based)', 'tCO2-e', '398,200', '371,500', '352,900']);
    expect(oneSpaceCells('指标 单位 2021 年 2022 年 2023 年')?.map((c) => c.text)).toEqual(['指标', '单位', '2021 年', '2022 年', '2023 年']);
    expect(oneSpaceHeaderYears('Waste (tonnes) 2022/23 2021/22')?.map((c) => c.text)).toEqual(['2022/23', '2021/22']);
    expect(oneSpaceCells('Western Australia 5,214')?.map((c) => c.text)).toEqual(['Western Australia', '5,214']);
    expect(oneSpaceCells('Capital expenditure 72,640 68,940 △5.1%')?.map((c) => c.text)).toEqual(['Capital expenditure', '72,640', '68,940', '△5.1%']);
  });

  it('reads no sentence wrapped before a number as a row', () => {
    expect(oneSpaceCells('At 30 June 2023 we employed 5,940')).toBeUndefined();
    expect(oneSpaceCells('and our approximately 6,000 people delivered 46.2 Mt')).toBeUndefined();
    expect(oneSpaceCells('It is my pleasure to present the annual report.')).toBeUndefined();
  });
});
