import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const texts = (text: string) => extractFigures(text).map((f) => f.text);

describe('a party congress named by its number', () => {
  it('is a name after the party or before its spirit, report or the time since', () => {
    expect(texts('深入学习贯彻党的二十大精神。党的十九大以来，十九大报告提出的目标已经实现。')).toEqual([]);
  });
  it('leaves a count of what follows 大 a figure (二十大城市, 十五大行业, 四大产业)', () => {
    expect(texts('覆盖中国二十大城市、十五大行业和四大产业。')).toEqual(['二十大', '十五大', '四大']);
  });
});
