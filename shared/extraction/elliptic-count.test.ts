import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const read = (text: string) => extractFigures(text).map((f) => `${f.text}|${f.unit}`);

describe('a number whose noun English leaves out', () => {
  it('counts the noun the clause before counted, after and and a verb', () => {
    expect(read('We opened 27 stores and closed 14, ending the year with 612 stores.')).toEqual(['27|stores', '14|stores', '612|stores']);
  });
  it('takes it past a bound\'s words and an adverb, after a count in words (`opened nine shops and now run more than 150`)', () => {
    expect(read('In 2024 we opened six clinics and now run more than 80, most of them in market towns.')).toEqual(['six|clinics', '80|clinics']);
    expect(read('We closed 12 depots but still operate nearly 40.')).toEqual(['12|depots', '40|depots']);
  });
  it('is still a bare number elsewhere', () => {
    expect(read('Revenue rose 5% and fell 3. We planted 200 trees in 2021 and 2022. We opened 27 stores and closed 14 offices.')).toEqual(['5%|%', '200|trees', '27|stores', '14|offices']);
  });
});

describe('a count whose verb English leaves out (`Drivers numbered 412, and mechanics 96, …`)', () => {
  it('is a count as the clause before is, when it ends its clause', () => {
    expect(read('Drivers numbered 412, and bus mechanics 96, 14.2% of the workforce.')).toEqual(['412|', '96|', '14.2%|%']);
    expect(read('Our depots totalled 18, and\ncharging hubs 7.')).toEqual(['18|', '7|']);
  });
  it('is no count without a verb of counting before, or when a word follows it', () => {
    expect(read('Drivers earned more, and bus mechanics 96 hours of training.')).toEqual(['96 hours|hours']);
    expect(read('We hired 412 drivers, and route 96, the longest, reopened.')).toEqual(['412|drivers']);
  });
});

describe('a count after a verb of counting whose plural subject ends in no s (`Women numbered 41`)', () => {
  it('is a count as after `Drivers numbered`', () => {
    expect(read('Women numbered 41, or 8.9% of the workforce. Our crew totalled 118.')).toEqual(['41|', '8.9%|%', '118|']);
  });
  it('after a singular subject it says no count (`Gate numbered 41`)', () => {
    expect(read('Gate numbered 41, then turn left.')).toEqual([]);
  });
});
