import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const values = (text: string): number[] => extractFigures(text).map((f) => f.value);

describe('the verb `number` before a part of a whole', () => {
  it('states the part as a figure (`directors now number 7 of our 12 board members`)', () => {
    expect(values('independent directors now number 7 of our 12 board members, more than 50%.')).toEqual([7, 12, 50]);
    expect(values('Women directors number 3 of the 12 seats on the board.')).toEqual([3, 12]);
  });
  it('leaves a code after the noun `number` a code', () => {
    expect(values('See Number 7 of the 12 principles.')).toEqual([12]);
    expect(values('Call the phone number 7 of the 12 lines.')).toEqual([12]);
    expect(values('The number 7 of the 12 is lucky.')).not.toContain(7);
    expect(values('independent directors now number 7 on the board')).not.toContain(7);
  });
});
