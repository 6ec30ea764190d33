import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const spends = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.spend-per-visit').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a spend per visit over the revenue and the visits its paragraph states', () => {
  it('reads `人均消费` over `万人次` and `营业收入` (Chinese)', () => {
    const text = (visits: string) => `2024年，集团旗下滑雪度假区全年接待游客${visits}万人次，同比增长8.2%；实现营业收入21.60亿元，同比增长12.4%；游客人均消费625.4元。`;
    expect(spends(text('345.4'))).toEqual([[true, [2_160_000_000, 3_454_000, 625.4]]]);
    expect(spends(text('319.2'))).toEqual([[false, [2_160_000_000, 3_192_000, 625.4]]]);
  });

  it('reads `spend per visitor` over visits and revenue (English)', () => {
    const text = (spend: string) => `The aquarium welcomed 2.46 million visits in 2024. Revenue of $118.2 million was 6.1% higher, and spend per visitor of $${spend} rose again.`;
    expect(spends(text('48.05'))).toEqual([[true, [118_200_000, 2_460_000, 48.05]]]);
    expect(spends(text('52.40'))).toEqual([[false, [118_200_000, 2_460_000, 52.4]]]);
  });

  it('leaves a spend per visitor of another amount its sentence states before it (`… took $14.88 million, or $12.00 per visitor`)', () => {
    const text = (spend: string) =>
      `Revenue was $96.4 million in 2024, 5.2% more than in 2023. The park welcomed 1,240,000 visitors, whose food and retail purchases came to $14.88 million, or $${spend} per visitor.`;
    expect(spends(text('12.00'))).toEqual([]);
    expect(spends(text('77.74'))).toEqual([]);
  });

  it('leaves an average per head of people to the head-count rules', () => {
    expect(spends('2024年，公司员工1,206人，实现营业收入5.90亿元，人均创收48.9万元。')).toEqual([]);
  });
});
