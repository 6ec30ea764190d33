import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const read = (text: string) => extractFigures(text).map((f) => `${f.text}|${f.qualifier}`);

describe('a Chinese rate said of a noun after it, a comparison a few characters before', () => {
  it('is exact: two rates compared, no bound on this one (`增幅低于客流量12.4%的增幅`)', () => {
    expect(read('用电量同比增长3.1%，增幅低于客流量12.4%的增幅。')).toEqual(['3.1%|exact', '12.4%|exact']);
  });
  it('a comparison before a share\'s base still bounds it (`不少于年度净利润2%`)', () => {
    expect(read('公司承诺每年捐赠不少于年度净利润2%。')).toEqual(['2%|over']);
  });
});
