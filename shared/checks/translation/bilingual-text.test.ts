import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';
import { isBilingualText } from './bilingual-text';

// a short page of a bilingual report: two figures in each language, each paragraph beside its
// translation, and one of the two slipped (so only one translated pair is left to align them)
const page = (hours: string) =>
  [
    '2016 年间，员工共累计公益活动时间逾 1.4 万小时，有超过 6,700 名员工参加。',
    `In 2016, more than 6,700 employees took part in community services, accumulating more than ${hours} hours in total.`,
    '蚂蚁金服鼓励每一名员工积极参与公益，倡导人人公益三小时志愿精神。',
    'Ant Financial encourages every employee to actively participate in community activities.',
  ].join('\n\n');

describe('a file bilingual by its own text', () => {
  it('is told by paragraphs in both languages', () => {
    expect(isBilingualText(page('14,000'))).toBe(true);
  });

  it('is not a Chinese report with English headings, nor an English one', () => {
    const chinese = ['DECARBONIZATION-FRIENDLY ACTIONS', '我们已经禁止超过 3 万种野生动植物在平台上销售，涵盖多个名录中的物种，并通过人工智能算法等前沿技术进行监测。'.repeat(8)].join('\n\n');
    expect(isBilingualText(chinese)).toBe(false);
    expect(isBilingualText('Alipay opened over 3,000 capability interfaces.\n\nOver 1,000 people have applied to participate.')).toBe(false);
  });

  it('needs one translated pair to compare its languages (a scale slip beside the one pair left)', () => {
    const slips = (hours: string) => checksOf('consistency', ['voices.txt', page(hours)]).filter((c) => !c.holds);
    expect(slips('14,000')).toEqual([]);
    expect(slips('140,000')).toMatchObject([{ rule: 'consistency.translation-scale', figures: [{ value: 14_000 }, { value: 140_000 }] }]);
  });
});
