import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a dairy co-operative's report: the letter rounds a share to a bound; the section gives the tonnes and the exact share after `or`
const report = (bound: string) =>
  [
    "Chair's letter",
    '',
    `Our members had a hard spring, yet this year we recycled ${bound} of our packaging waste into new packaging.`,
    '',
    '2.3 Packaging',
    '',
    'We generated 8,420 tonnes of packaging waste, of which 5,370 tonnes, or 63.8%, were recycled into new packaging (2023: 4,980',
    'tonnes of 8,160, or 61.0%).',
    '',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');

describe('a share appended to its amount after `or` (`5,370 tonnes, or 63.8%`) is that amount\'s, and a clause\'s `this year` names no part of it', () => {
  it('restates the letter\'s share: a bound on its wrong side is flagged (`more than 65%` against 63.8%)', () => {
    expect(mismatches(report('more than 65%'))).toMatchObject([{ figures: expect.arrayContaining([expect.objectContaining({ value: 65 }), expect.objectContaining({ value: 63.8 })]) }]);
  });

  it('flags nothing when the bound holds (`nearly 64%`)', () => {
    expect(mismatches(report('nearly 64%'))).toEqual([]);
  });
});
