import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// `186 lost-time injuries in 72.4 million hours worked`: the hours an injury rate is reckoned over are a
// figure (its denominator), not a stretch of time that frames the count as `in 48 hours` does.

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

describe('hours worked after `in`', () => {
  it('are a figure when scaled or said to be worked', () => {
    expect(figures('The smelter recorded 14 recordable injuries in 9.8 million hours worked.')).toEqual([
      ['14', 14, 'recordable injuries'],
      ['9.8 million hours', 9_800_000, 'hours'],
    ]);
    expect(figures('Contractors had 3 lost-time injuries in 1,460,000 hours worked on site.')).toEqual([
      ['3', 3, 'lost-time injuries'],
      ['1,460,000 hours', 1_460_000, 'hours'],
    ]);
  });

  it('while a stretch of time after `in` or `within` still frames its claim', () => {
    expect(figures('Every spill is to be reported within 24 hours and cleaned up in 72 hours.')).toEqual([]);
  });
});

describe('a time counted in 万 after 近', () => {
  // `近3年` frames a claim (the last three years); `近3.6万小时` is nearly 36,000 hours, a figure in itself
  it('is a figure, no stretch of time framing its claim', () => {
    expect(figures('全年员工志愿服务时长近3.6万小时，服务社区长者2,400余人。')).toEqual([
      ['3.6万小时', 36_000, '小时'],
      ['2,400余人', 2_400, '人'],
    ]);
  });

  it('while an unscaled one still frames it', () => {
    expect(figures('近3年，员工志愿服务持续开展。')).toEqual([]);
  });
});
