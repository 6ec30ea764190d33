import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { collect } from './consistency-statements';

// a dairy's revenue section: one product line's share after an amount named only `收入`, another's after its own name
const text = ['液态奶仍是第一大品类，收入52,680万元，占营业收入的27.4%，同比增长6.1%。', '', '出口收入26,510万元，占营业收入的21.6%，主要销往东南亚。'].join('\n');

const statementOf = (value: number) => collect([checkDoc('dairy.txt', text)]).find((s) => s.figure.value === value);

describe('a Chinese share after an amount named only by a word of its whole (`收入52,680万元，占营业收入的27.4%`)', () => {
  it('states no metric another share of the whole could restate', () => {
    expect(statementOf(27.4)).toBeUndefined();
  });

  it('a share after an amount named by its own words is that amount\'s', () => {
    expect(statementOf(21.6)?.tokens).toContain('出口');
  });
});
