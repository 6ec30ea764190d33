import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const values = (text: string): number[] => extractFigures(text).map((f) => f.value);

describe('the verb `number` before a part of a whole', () => {
  it('states the part as a figure (`directors now number 7 of our 12 board members`)', () => {
    expect(values('independent directors now number 7 of our 12 board members, more than 50%.')).toEqual([7, 12, 50]);
    expect(values('Women directors number 3 of the 12 seats on the board.')).toEqual([3, 12]);
  });
  it('states a count ending its clause, and the share after it (`colleagues number 1,946, 26.1% of the total`)', () => {
    expect(values('Part-time colleagues number 1,946, 26.1% of the total.')).toEqual([1946, 26.1]);
    expect(values('Our employees number 5,326.')).toEqual([5326]);
  });
  it('leaves a code after the noun `number` a code', () => {
    expect(values('See the number 7, 8 and 9.')).toEqual([]);
    expect(values('It is its number 1 priority, this number 7.')).toEqual([]);
    expect(values('See Number 7 of the 12 principles.')).toEqual([12]);
    expect(values('Call the phone number 7 of the 12 lines.')).toEqual([12]);
    expect(values('The number 7 of the 12 is lucky.')).not.toContain(7);
    expect(values('independent directors now number 7 on the board')).not.toContain(7);
  });
});
