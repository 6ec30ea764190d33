import { describe, expect, it } from 'vitest';
import { findText, indexText, normaliseQuery } from './text-index';

const find = (text: string, query: string) => findText([indexText('d', text)], query);
const spans = (text: string, query: string) => find(text, query).hits.map((hit) => text.slice(hit.start, hit.end));

describe('find in report text', () => {
  it('finds a Chinese word broken across a line or spaced out by a PDF', () => {
    const text = '公司2021年研发\n投入超188亿元，研 发 投 入持续增长。';
    expect(spans(text, '研发投入')).toEqual(['研发\n投入', '研 发 投 入']);
  });

  it('finds English words whatever the case and the whitespace between them', () => {
    const text = 'Mobile   payment\nUSERS grew; mobile payment users abroad too.';
    expect(spans(text, 'mobile payment users')).toEqual(['Mobile   payment\nUSERS', 'mobile payment users']);
  });

  it('keeps English words apart: a space is not dropped between Latin letters', () => {
    expect(find('in come', 'income').total).toBe(0);
    expect(find('income', 'in come').total).toBe(0);
  });

  it('folds full-width digits and letters and ignores thousands separators', () => {
    const text = '用户达到５５０万，营收 1,234,567 元，ＥＳＧ报告';
    expect(spans(text, '550万')).toEqual(['５５０万']);
    expect(spans(text, '1234567')).toEqual(['1,234,567']);
    expect(spans(text, 'esg')).toEqual(['ＥＳＧ']);
  });

  it('matches a Chinese query typed with spaces in it', () => {
    expect(spans('绿色金融产品', '绿色 金融')).toEqual(['绿色金融']);
  });

  it('gives each hit its context on one line', () => {
    const [hit] = find('第一段。\n碳排放总量下降了12%。第三句', '下降').hits;
    expect(hit).toMatchObject({ documentId: 'd', match: '下降', after: '了12%。第三句' });
    expect(hit!.before).toBe('第一段。 碳排放总量');
  });

  it('lists hits document by document and counts beyond the hits it describes', () => {
    const a = indexText('a', 'x ab ab ab');
    const b = indexText('b', 'ab');
    const result = findText([a, b], 'ab', { limit: 2 });
    expect(result.total).toBe(4);
    expect(result.hits.map((hit) => [hit.documentId, hit.start])).toEqual([
      ['a', 2],
      ['a', 5],
    ]);
    expect(findText([a, b], 'ab', { countLimit: 3 })).toMatchObject({ total: 3, more: true });
  });

  it('finds nothing for an empty or blank query', () => {
    expect(find('text', '   ').total).toBe(0);
    expect(normaliseQuery('  ')).toBe('');
  });

  it('maps hits after astral characters back to the right offsets', () => {
    const text = '𠀀𠀁 目标 达成';
    expect(spans(text, '目标达成')).toEqual(['目标 达成']);
  });
});
