import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { runChecks } from '../index';

const mismatches = (text: string) => runChecks([checkDoc('report.txt', text)]).filter((c) => c.kind === 'change' && !c.holds);
const at = (text: string, said: string): number => text.indexOf(said);
/** Whether some figure of the check starts at, or just before (its currency), `place`. */
const names = (c: ReturnType<typeof mismatches>[number], place: number) => c.figures.some((f) => f.start <= place && place - f.start < 5);

// a software house's report: the letter's growth slips, its section says last year's revenue in a sentence of this year
const SOFTWARE = [
  "Chief Executive's letter",
  '',
  'Subscriptions carried us through a hard year. Net sales rose 5.2% to EUR 48.2 million.',
  '',
  '1. Results',
  '',
  'Net sales were EUR 48,200 thousand in 2024, up 6.2% from EUR 45,400 thousand. Subscriptions made up most of them.',
  '',
  'Table 1: Net sales by line (EUR thousand)',
  '',
  'Line                 2024        2023      Change (%)',
  'Subscriptions      31,300      28,900          +8.3',
  'Services           16,900      16,500          +2.4',
  'Total              48,200      45,400          +6.2',
  '',
].join('\n');

describe("a change's old value said in a sentence of the new value's year", () => {
  it("is named beside a check over the table's cell of the year before (`up 6.2% from EUR 45,400 thousand`)", () => {
    const letter = mismatches(SOFTWARE).filter((c) => c.stated === 5.2);
    expect(letter.length).toBeGreaterThan(0);
    // (the sentence's `in 2024` is the new value's year, not the old value's)
    expect(letter.some((c) => names(c, at(SOFTWARE, 'EUR 45,400 thousand')))).toBe(true);
  });
});

// a dairy's report: the letter and the section say one growth alike, the table's year before slips
const DAIRY = [
  '董事长致辞',
  '',
  '2024年，公司实现营业收入12.40亿元，同比增长6.9%，低温鲜奶销量再创新高。',
  '',
  '一、经营情况',
  '',
  '2024年，公司实现营业收入124,000万元，较上年的116,000万元增长6.9%。',
  '',
  '表1：营业收入按产品划分（单位：万元）',
  '',
  '产品                 2024年      2023年      同比（%）',
  '低温鲜奶             70,400      64,900        +8.5',
  '常温奶               53,600      51,700        +3.7',
  '合计                124,000     116,600        +6.9',
  '',
].join('\n');

describe('a change that does not hold over a slipped cell, its result said twice alike', () => {
  it("names the section's `增长6.9%` beside the check of the letter's, over the table's 116,600", () => {
    const slipped = mismatches(DAIRY).filter((c) => c.figures.some((f) => f.value === 116_600e4 && f.role === 'old'));
    expect(slipped.length).toBeGreaterThan(0);
    expect(slipped.some((c) => names(c, at(DAIRY, '6.9%，') ) && names(c, at(DAIRY, '6.9%。')))).toBe(true);
  });
});
