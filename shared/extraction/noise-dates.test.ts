import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const texts = (text: string) => extractFigures(text).map((f) => f.text);

describe('a count of centuries', () => {
  it('places a life among calendar centuries, no figure', () => {
    expect(texts('持续发展102年意味着我们将跨越三个世纪，恰好跨过三个世纪。A company that spans three centuries.跨越 2 个世纪。')).toEqual([]);
    // a count before a word that only opens with 世 stays one
    expect(texts('建成三个世界级实验室。')).toEqual(['三个']);
  });
});

describe('a duration after in', () => {
  it('is the claim when it tells how long something done took', () => {
    expect(texts('the hotline was re-activated in 15\nminutes and delivered supplies')).toEqual(['15\nminutes']);
    expect(texts('Loans are approved in 3 minutes.')).toEqual(['3 minutes']);
    expect(texts('Our BEV charges from 10 to 80% in 22 minutes.')).toEqual(['80%', '22 minutes']);
  });
  it('frames another claim otherwise', () => {
    expect(texts('We aim to be net zero in 10 years. In 5 years we grew sales to 300 stores.')).toEqual(['300']);
    expect(texts('Sales grew 30% in 2 years.')).toEqual(['30%']);
  });
});

describe('a duration that describes rather than claims', () => {
  it('is no figure as how often something is done', () => {
    expect(texts('“三四个月收一次羊，与农户都是现金交易。”每两年举办一次。累计培训 5 天。')).toEqual(['5 天']);
  });
  it('is no figure as the length of each lesson or clip', () => {
    expect(texts('通过5天课堂学习加半天线上学习。制作了 1,000 多节 3 分钟短视频课。')).toEqual(['1,000 多节']);
  });
});

describe('how long something went on', () => {
  it('is the claim when told as done', () => {
    expect(texts('我们已经与阿里巴巴成功合作了 6 年，并使用其平台。')).toEqual(['6 年']);
  });
  it('is advice, no figure, after a modal', () => {
    expect(texts('很多事情要坚持8-10年，你才能看到有一些根长下去。')).toEqual([]);
  });
});
