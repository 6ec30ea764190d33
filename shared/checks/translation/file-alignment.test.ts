import { describe, expect, it } from 'vitest';
import { checkDoc, checksOf } from '../__fixtures__/check-docs';
import { dimensionOf, unitFactor } from '../readers/dimension';
import { landmarks } from './file-alignment';
import type { Placed } from './translated-pair';

const placed = (name: string, text: string): Placed[] => {
  const doc = checkDoc(name, text);
  return doc.figures.map((figure, index) => ({ at: { doc, figure, index }, dimension: dimensionOf(figure), factor: unitFactor(figure), pos: figure.start }));
};

describe('landmarks of a translation file', () => {
  it('are amounts written in digits, never numbers in words (两人 / two years)', () => {
    const zh = placed('zh.txt', '然后两人一起记录领了多少钱。一天站 10 个小时，被罚了 300 元。');
    const en = placed('en.txt', 'In more than two years of cooperation it served hospitals. Standing 10 hours a day, I was fined 300 yuan.');
    expect(landmarks(zh, en).map(([z, e]) => [z.at.figure.text, e.at.figure.text])).toEqual([
      ['10 个小时', '10 hours'],
      ['300 元', '300 yuan'],
    ]);
  });
});

describe('a short passage and its translation in two files', () => {
  // five figures in each language; with three slipped, two anchors are left (600 万 / 6 million, 15%)
  const zh = (registered: string, impaired: string, share: string) =>
    `深圳交警城市服务平台已经拥有约 ${registered}注册用户。在我国，目前约有 ${impaired}视障人士，保守估计至少有 600 万人在使用智能手机，其中 ${share} 需要完全借助读屏软件，只有不到 15% 的人觉得信息无障碍水平足够好。`;
  const en =
    'The Shenzhen traffic police platform has around two million registered users. In China, there are around 13 million people who are visually impaired, of which an estimated 6 million use smartphones. 83% of these users depend on screen readers, and fewer than 15% of them are satisfied with the current level of accessibility.';
  const slips = (registered: string, impaired: string, share: string) => checksOf('consistency', ['r-zh.txt', zh(registered, impaired, share)], ['r-en.txt', en]).filter((c) => !c.holds);

  it('says nothing where the translation agrees', () => {
    expect(slips('200 万', '1300 万', '83%')).toEqual([]);
  });

  it('is compared with two anchors left, a scale slip against a number in words found (约 20 万 / around two million)', () => {
    expect(slips('20 万', '130 万', '73%')).toMatchObject([
      { rule: 'consistency.translation-scale', figures: [{ value: 200_000 }, { value: 2_000_000 }] },
      { rule: 'consistency.translation-scale', figures: [{ value: 1_300_000 }, { value: 13_000_000 }] },
      { rule: 'consistency.translation-value', figures: [{ value: 73 }, { value: 83 }] },
    ]);
  });
});
