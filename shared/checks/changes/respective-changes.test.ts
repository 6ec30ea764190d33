import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const respectively = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.respectively-against-table');

const TABLE = ['表2 排放绩效', '指标\t单位\t2022年\t2023年', '化学需氧量排放量\t吨\t1,284\t1,152', '氨氮排放量\t吨\t96.4\t88.1', '总磷排放量\t吨\t12.6\t11.9', ''].join('\n');

describe('changes said respectively of a list of figures whose year before a table gives', () => {
  it('pairs `分别为 A、B和C，同比分别下降 x、y和z` with the table rows the figures restate', () => {
    const text = (rate: string) => `${TABLE}\n2023年，化学需氧量、氨氮、总磷排放量分别为1,152吨、88.1吨和11.9吨，同比分别下\n降10.3%、${rate}%和5.6%。\n`;
    const held = respectively(text('8.6'));
    expect(held).toHaveLength(3);
    expect(held.every((c) => c.holds)).toBe(true);
    const slipped = respectively(text('6.8'));
    expect(slipped.filter((c) => c.holds)).toHaveLength(2);
    expect(slipped.filter((c) => !c.holds)).toMatchObject([{ figures: [{ value: 96.4 }, { value: 88.1 }, { value: 6.8 }] }]);
  });

  it('reads `…, down x%, y% and z% respectively` in English', () => {
    const table = ['Table 3: Emissions to water', 'Indicator\tUnit\t2022\t2023', 'COD\ttonnes\t1,284\t1,152', 'Ammonia nitrogen\ttonnes\t96.4\t88.1', ''].join('\n');
    const text = (rate: string) => `${table}\nCOD and ammonia nitrogen discharges were 1,152 tonnes and 88.1 tonnes, down 10.3% and ${rate}% respectively.\n`;
    expect(respectively(text('8.6'))).toMatchObject([{ holds: true }, { holds: true }]);
    expect(respectively(text('6.8')).filter((c) => !c.holds)).toMatchObject([{ figures: [{ value: 96.4 }, { value: 88.1 }, { value: 6.8 }] }]);
  });

  it('takes nothing without `分别` / `respectively`, nor a figure no table row restates', () => {
    expect(respectively(`${TABLE}\n2023年，化学需氧量、氨氮排放量为1,152吨、88.1吨，同比下降10.3%、6.8%。\n`)).toEqual([]);
    expect(respectively(`${TABLE}\n2023年，二氧化硫、氮氧化物排放量分别为412吨、956吨，同比分别下降7.1%和4.2%。\n`)).toEqual([]);
  });
});
