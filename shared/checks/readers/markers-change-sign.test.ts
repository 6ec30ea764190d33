import { describe, expect, it } from 'vitest';
import { changeSign } from './markers';

describe('changeSign: the way words say a change went', () => {
  it('reads the verbs of a change, Chinese and English, up and down', () => {
    for (const words of ['，同比增长', '较上年提升了', '營收成長', 'revenue increased', 'sales climbed by', 'an increase of']) expect(changeSign(words), words).toBe(1);
    for (const words of ['，同比分别下降', '较2022年減少', '用水量降低', 'emissions fell', 'waste was reduced by', 'a decrease of']) expect(changeSign(words), words).toBe(-1);
  });

  it('reads a bare `up` or `down`, not a share\'s `made up`', () => {
    expect(changeSign(', up ')).toBe(1);
    expect(changeSign(', down by ')).toBe(-1);
    expect(changeSign('which made up ')).toBe(0);
  });

  it('reads the participles a list of rates says respectively (`rising`, `increasing`, `decreasing`, `falling`)', () => {
    expect(changeSign('rising')).toBe(1);
    expect(changeSign('increasing by')).toBe(1);
    expect(changeSign('decreasing')).toBe(-1);
    expect(changeSign('falling')).toBe(-1);
  });

  it('is 0 for words saying no way, or both', () => {
    expect(changeSign(', or ')).toBe(0);
    expect(changeSign('revenue rose while costs fell')).toBe(0);
  });

  it('reads a comparison\'s `more`, `above`, `fewer`, `below` only when asked (`than`)', () => {
    expect(changeSign('more than in 2023/24', { than: true })).toBe(1);
    expect(changeSign(' above FY2021', { than: true })).toBe(1);
    expect(changeSign('fewer than the year before', { than: true })).toBe(-1);
    expect(changeSign('below FY2021', { than: true })).toBe(-1);
    // words round a figure: `5.4% more` after a bracket of the year before is no verb of a change
    expect(changeSign('(2023: 35.60 million m³), 5.4% more.')).toBe(0);
  });
});
