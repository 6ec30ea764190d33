import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// A header row whose column over the shares is a percent sign alone (`Staff⇥Headcount⇥%`): the row is the
// table's header, not a row of values, and the sign states its column's unit.

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.unit] as const);

describe('a header cell that is a percent sign alone', () => {
  it('makes its column’s cells percentages in a tab-separated table', () => {
    const table = ['Workforce by origin (30 June 2025)', 'Staff\tHeadcount\t%', 'Local\t4,212\t57.3', 'Migrant\t3,139\t42.7', 'Total\t7,351\t100.0'].join('\n');
    expect(figures(table)).toEqual([
      ['4,212', ''],
      ['57.3', '%'],
      ['3,139', ''],
      ['42.7', '%'],
      ['7,351', ''],
      ['100.0', '%'],
    ]);
  });

  it('and in a Markdown table, its rule line between', () => {
    const table = ['Gender balance', '| Staff | Headcount | % |', '|---|---|---|', '| Women | 1,046 | 44.8 |', '| Men | 1,289 | 55.2 |'].join('\n');
    expect(figures(table).filter(([, u]) => u === '%').map(([t]) => t)).toEqual(['44.8', '55.2']);
  });

  it('is no unit of a year a column gap before it, when the years of a change column follow it (`% 2024/2023`)', () => {
    const header = 'Energy use by source (MWh)      Base year 2020      2023       2024    % 2024/2023';
    expect(figures(header).filter(([, u]) => u === '%')).toEqual([]);
  });

  it('keeps reading a bracketed sign over a table set with spaces', () => {
    const table = ['员工学历构成', '学历            人数        (%)', '本科及以上      1,862       41.2', '大专及以下      2,658       58.8'].join('\n');
    expect(figures(table).filter(([, u]) => u === '%').map(([t]) => t)).toEqual(['41.2', '58.8']);
  });
});

describe('two percentage columns` names glued by one space over a blank label column', () => {
  it('make their columns percentages under a caption`s currency scale (`Share (%) Change (%)` under `GBP thousand`)', () => {
    const table = [
      'Table 2 Sales by channel',
      'GBP thousand',
      '                                  2024        2023  Share (%) Change (%)',
      'Shops                           8,412.5     7,904.1       61.2       +6.4',
      'Online                          5,331.0     4,870.6       38.8       +9.5',
      'Total                          13,743.5    12,774.7      100.0       +7.6',
    ].join('\n');
    expect(figures(table).filter(([t]) => ['61.2', '38.8', '100.0'].includes(t))).toEqual([
      ['61.2', '%'],
      ['38.8', '%'],
      ['100.0', '%'],
    ]);
  });
});
