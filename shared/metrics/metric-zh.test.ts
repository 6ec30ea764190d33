import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';

describe('a Chinese highlight whose label stands on the line above its figure', () => {
  const tiles = '2023年社会贡献亮点\n员工志愿服务时长\n超过12.6万小时\n“乡村教师”培训计划受益教师\n2,480名\n\n';
  const metricOf = (text: string, figureText: string) => describeFigures(text, extractFigures(text)).find((f) => f.text.includes(figureText))?.metric;
  it('takes the label as its metric (`员工志愿服务时长⏎超过12.6万小时`, `“乡村教师”培训计划受益教师⏎2,480名`)', () => {
    expect(metricOf(tiles, '12.6')).toContain('员工志愿服务时长');
    expect(metricOf(tiles, '2,480')).toBe('乡村教师培训计划受益教师');
  });

  it('or the last clause of a line of prose wrapped before it, without its verb (`…，全年累计服务时长达到了⏎12.6万小时`)', () => {
    const prose = '2023年，本公司组织员工参与志愿服务，全年累计服务时长达到了\n12.6万小时，同比增长8.2%。';
    expect(metricOf(prose, '12.6')).toContain('服务时长');
    expect(metricOf(prose, '12.6')).not.toContain('达到了');
  });
});

describe('a Chinese metric before a bound of two characters', () => {
  const metricOf = (text: string, figureText: string) => describeFigures(text, extractFigures(text)).find((f) => f.text.includes(figureText))?.metric;
  it('loses the whole bound, not its last character (`将近`, `接近`, `突破`, `不足`)', () => {
    expect(metricOf('全年服务客户将近3,600户，回访满意度98.2%。', '3,600')).toBe('服务客户');
    expect(metricOf('全年累计发放贷款接近12亿元。', '12亿')).toBe('发放贷款');
    expect(metricOf('全年门店数量突破1,200家。', '1,200')).toBe('门店数量');
    expect(metricOf('单台设备能耗不足0.8千瓦时。', '0.8')).toBe('单台设备能耗');
  });
});

describe('a Chinese metric before any bound the extraction reads', () => {
  const metricOf = (text: string, figureText: string) => describeFigures(text, extractFigures(text)).find((f) => f.text.includes(figureText))?.metric;
  it('loses a cap and a traditional report’s bound whole (`不超过`, `最高可达`, `不少於`, `約合`)', () => {
    expect(metricOf('单次检修停机时间不超过48小时。', '48')?.split(' ')[0]).toBe('单次检修停机时间');
    expect(metricOf('储能电站日放电量最高可达1,200兆瓦时。', '1,200')).toBe('储能电站日放电量');
    expect(metricOf('本年度參與義工活動的員工不少於3,000名。', '3,000')).toBe('員工');
    expect(metricOf('項目總投資約合1.2億美元。', '1.2')).toBe('項目總投資');
  });
});
