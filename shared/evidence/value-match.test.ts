import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { statedStep, valueReason, type StatedValue } from './value-match';

/** The claim the extractor reads in `text` (its first figure), as ranking states it. */
function stated(text: string): StatedValue {
  const [figure] = extractFigures(text);
  if (figure === undefined) throw new Error(`no figure in ${text}`);
  return { value: figure.value, step: statedStep(figure.text, figure.value), qualifier: figure.qualifier };
}
const plain = (value: number, shown = String(value)): StatedValue => ({ value, step: statedStep(shown, value), qualifier: 'exact' });

describe('a claimed value meets the evidence that supports it', () => {
  it('meets the same value in another language and as a full number', () => {
    expect(valueReason(stated('研发投入188亿元'), stated('R&D spending of 18.8 billion yuan'))).toBe('exact');
    expect(valueReason(stated('研发投入188亿元'), plain(18_800_000_000, '18,800,000,000'))).toBe('exact');
  });

  it('meets a more precise value that rounds to it, and not one that does not', () => {
    expect(valueReason(stated('排放总量为1324.9万吨'), plain(13_249_137, '13,249,137'))).toBe('rounded');
    expect(valueReason(stated('排放总量为1324.9万吨'), plain(13_251_000, '13,251,000'))).toBeUndefined();
  });

  it('lets "over" reach above the number, but not below it', () => {
    expect(valueReason(stated('研发投入超188亿元'), plain(18_812_000_000, '18,812,000,000'))).toBe('rounded');
    expect(valueReason(stated('研发投入超188亿元'), plain(18_912_000_000, '18,912,000,000'))).toBe('within qualifier');
    expect(valueReason(stated('研发投入188亿元'), plain(18_912_000_000, '18,912,000,000'))).toBeUndefined();
    expect(valueReason(stated('研发投入超188亿元'), plain(21_000_000_000, '21,000,000,000'))).toBeUndefined();
    expect(valueReason(stated('研发投入超188亿元'), plain(18_790_000_000, '18,790,000,000'))).toBeUndefined();
  });

  it('lets "nearly" reach below the number, never above it', () => {
    expect(valueReason(stated('营收近60亿元'), stated('营收62亿元'))).toBeUndefined();
    expect(valueReason(stated('营收近60亿元'), stated('营收58亿元'))).toBe('within qualifier');
  });

  it('takes a percentage at the precision it is written', () => {
    expect(valueReason(stated('女性员工占49.5%'), plain(49.5000804, '49.5%'))).toBe('rounded');
    expect(valueReason(stated('女性员工占49.5%'), plain(49.62, '49.6%'))).toBeUndefined();
    expect(valueReason(stated('accounting for 99.3% of the total'), plain(99.2256, '99.2%'))).toBeUndefined();
  });

  it('reads the step of the last written digit, final zeros of a plain number excepted', () => {
    expect(statedStep('5.3 万', 53_000)).toBe(1_000);
    expect(statedStep('18,800,000,000', 18_800_000_000)).toBe(100_000_000);
    expect(statedStep('90%', 90)).toBe(1);
    expect(statedStep('2000 万', 20_000_000)).toBe(10_000);
    expect(statedStep('两天', 2)).toBe(1);
  });
});
