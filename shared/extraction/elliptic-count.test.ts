import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const read = (text: string) => extractFigures(text).map((f) => `${f.text}|${f.unit}`);

describe('a number whose noun English leaves out', () => {
  it('counts the noun the clause before counted, after and and a verb', () => {
    expect(read('We opened 27 stores and closed 14, ending the year with 612 stores.')).toEqual(['27|stores', '14|stores', '612|stores']);
  });
  it('is still a bare number elsewhere', () => {
    expect(read('Revenue rose 5% and fell 3. We planted 200 trees in 2021 and 2022. We opened 27 stores and closed 14 offices.')).toEqual(['5%|%', '200|trees', '27|stores', '14|offices']);
  });
});
