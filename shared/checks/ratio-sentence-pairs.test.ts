import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('ratio', text).filter((c) => !c.holds).map((c) => c.message);

describe('a share and the pair of figures said before it in its sentence', () => {
  it('takes a share the sentence then aims for as a target, no quotient of the pair', () => {
    const text = (clause: string) => `Engineers now number 2,150 of our 16,480 staff (13.0%), and ${clause}.`;
    expect(mismatches(text('we aim for 15% by 2028'))).toEqual([]);
    expect(mismatches(text('we reached 15% at head office'))).toEqual(['✗ 2,150 / 16,480 = 13.0 %, stated 15 %']);
  });
});
