import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('ratio', text).filter((c) => !c.holds).map((c) => c.message);

describe('a share and the pair of figures said before it in its sentence', () => {
  it('takes a share the sentence then aims for as a target, no quotient of the pair', () => {
    const text = (clause: string) => `Engineers now number 2,150 of our 16,480 staff, and ${clause}.`;
    expect(mismatches(text('we aim for 15% by 2028'))).toEqual([]);
    expect(mismatches(text('we reached 15% at head office'))).toEqual(['✗ 2,150 / 16,480 = 13.0 %, stated 15 %']);
    // (a pair its own share follows is that share's: `2,150 of our 16,480 staff (13.0%)` is no pair of a share said after it)
    expect(mismatches(`Engineers now number 2,150 of our 16,480 staff (13.0%), and we reached 15% at head office.`)).toEqual([]);
  });

  it('reads two parts a `其中` sentence lists as siblings, neither the other\'s whole', () => {
    const text = (opening: string) => `截至2023年末，公司在岗职工合计52,480人。${opening}男性36,720人、女性15,760人，女性职工占比30.0%。`;
    expect(mismatches(text('其中'))).toEqual([]);
    expect(mismatches(text('此外'))).toEqual(['✗ 15,760 / 36,720 = 42.9 %, stated 30.0 %']);
  });
});
