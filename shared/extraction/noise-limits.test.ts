import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const values = (text: string) => extractFigures(text).map((f) => f.value);

describe('a number that sets a frame', () => {
  it('is no figure as a chart axis unit alone on its line in brackets', () => {
    expect(values('We raised RMB 1.2 billion.\n\nAmount of fund raised\n(RMB100 million)\n\nNo. of contributors\n(100 million participations)\n')).toEqual([1.2e9]);
    // a bracketed figure inside prose stays one
    expect(values('Donations rose (RMB100 million in total) last year.')).toEqual([1e8]);
  });
  it('is no figure as a chart axis unit after the chart title on its line, as a PDF joins them', () => {
    expect(values('2019（Year）\n\nAmount of fund raised (RMB100 million)\n\nNo. of contributors (100 million participations)\n')).toEqual([]);
    expect(values('In 2019, we raised (RMB100 million)\n')).toEqual([1e8]);
  });

  it('is no figure as the limit of a product', () => {
    expect(values('a single donation starting from RMB 2 yuan and maximum total amount of RMB 100,000. The goal of RMB100,000 was reached.')).toEqual([100000]);
    expect(values('a single donation starting from RMB 2 yuan and maximum total\namount of RMB 100,000. The goal')).toEqual([]);
  });

  it('is no figure as the condition of a when clause', () => {
    expect(values('在夏季当室内温度高于 26 摄氏度时，可以开空调制冷。当年累计培训 500 小时。')).toEqual([500]);
    // a story's when tells what happened, with no comparison
    expect(values('当羊从 300 头养到 1000 头时，刘星开始和蒙羊集团合作')).toEqual([300, 1000]);
    expect(values('AC is allowed when the indoor temperature is higher than 26 degrees \n\nCelsius. When sales rose, we hired more than 300 people.')).toEqual([300]);
  });

  it('is no figure as the subject a 当…时 condition supposes', () => {
    expect(values('当两种语言文本有差异时，请以中文版本内容为准。当1000万用户同时在线时，系统依然稳定。')).toEqual([]);
    // 相当 is no condition, and a count outside the clause stays one
    expect(values('面积相当两个足球场时，我们种下两棵树。')).toEqual([2, 2]);
  });
});

describe('the constant of a formula', () => {
  it('is no figure after a keyboard multiplication sign', () => {
    expect(values('工伤率 = (工伤人数 / 工作时数) *1,000,000。女性高管比例 = (女性高管人数 / 高管总人数) *100%。')).toEqual([]);
    expect(values('员工 *3,500 人')).toEqual([3500]);
  });

  it('is no figure after a Latin x, the definition wrapped to the next line at it', () => {
    // a mine's note: the rate's base is the formula's constant, not a number of hours the report claims
    expect(values('Note: TRIFR = recordable injuries / exposure hours\nx 1,000,000. We worked 4.2 million hours.')).toEqual([4.2e6]);
    expect(values('Note: TRIFR = recordable injuries / exposure hours x 1,000,000.')).toEqual([]);
    // a lone x with no definition before it, or a blank line between, keeps its number
    expect(values('Each site runs 2 boilers x 1,500 kW.')).toEqual([2, 1500]);
    expect(values('TRIFR = recordable injuries / exposure hours.\n\nx 1,000,000 hours were worked.')).toEqual([1e6]);
  });
});

describe('the top of a score’s scale', () => {
  it('is no figure after 满分', () => {
    expect(values('“90度打分”为88.66分（满分90分），“360度打分”为85.13分（满分 90 分）。考核满分为100分。')).toEqual([88.66, 85.13]);
    // a score itself stays one
    expect(values('满意度得分为 92 分')).toEqual([92]);
  });
});
