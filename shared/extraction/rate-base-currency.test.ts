import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const read = (text: string) => extractFigures(text).map((f) => f.text);

describe('a Chinese rate over a currency, a verb after it', () => {
  it('ends at the currency: `升` of `上升` is no litre of a thing `元上` (`立方米/万元上升9.0%`)', () => {
    expect(read('单位产值水耗1.32立方米/万元，较上年的1.45立方米/万元上升9.0%。')).toEqual(['1.32立方米/万元', '1.45立方米/万元', '9.0%']);
  });
  it('a measure of a thing after a scale still reads whole (`升/百车公里`)', () => {
    expect(read('百公里油耗为26.4升/百车公里。')).toEqual(['26.4升/百车公里']);
  });
});
