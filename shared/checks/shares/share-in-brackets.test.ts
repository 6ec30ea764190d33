import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a share in brackets after the figure it is of', () => {
  it('recomputes a response rate in full-width brackets as it does in ASCII ones (发放了 97,827 份问卷，回收了 96,078 份（98%）)', () => {
    const text = (rate: string) => `2022年，我们向员工发放了97,827份问卷，回收了96,078份（${rate}），“90度打分”为88.66分。`;
    expect(checksOf('ratio', text('98%'))).toMatchObject([{ holds: true, figures: [{ value: 96_078 }, { value: 97_827 }, { value: 98 }] }]);
  });

  it('reads ASCII brackets alike (1,050 of the 1,200 surveys sent were returned (87.5%))', () => {
    expect(checksOf('ratio', 'We sent 1,200 surveys to suppliers and 1,050 were returned (87.5%).')).toMatchObject([{ holds: true }]);
  });
});

describe('a share whose part is in brackets after it and whose whole is a count said before', () => {
  const text = (share: string) => `We employed 5,214 colleagues at 31 March 2024, of whom 1,846 are train drivers. Women are ${share} of our colleagues (1,178).`;

  it('is the bracketed count over the paragraph\'s count of what the share names (`22.6% of our colleagues (1,178)`)', () => {
    expect(checksOf('ratio', text('22.6%'))).toMatchObject([{ holds: true, rule: 'ratio.share-of-counted-whole', figures: [{ value: 1_178 }, { value: 5_214 }, { value: 22.6 }] }]);
    expect(checksOf('ratio', text('26.2%'))).toMatchObject([{ holds: false, rule: 'ratio.share-of-counted-whole' }]);
  });

  it('takes the people a company employs for its workforce, its employees or its staff (`We employed 24,860 people. … 45.4% of our workforce (11,284)`)', () => {
    const text = (verb: string, share: string) => `We ${verb} 24,860 people at the end of 2023, including 3,126 pilots. Women made up ${share} of our workforce (11,284).`;
    const counted = (verb: string, share: string) => checksOf('ratio', text(verb, share)).filter((c) => c.rule === 'ratio.share-of-counted-whole');
    expect(counted('employed', '45.4%')).toMatchObject([{ holds: true, figures: [{ value: 11_284 }, { value: 24_860 }, { value: 45.4 }] }]);
    expect(counted('employed', '54.4%')).toMatchObject([{ holds: false }]);
    expect(counted('served', '54.4%')).toEqual([]);
    // a count of some of the workforce is not the whole of it
    const some = 'Our workforce of 8,214 includes 5,932 union-represented employees. Veterans make up 11.6% of our workforce (953 employees).';
    expect(checksOf('ratio', some).filter((c) => c.rule === 'ratio.share-of-counted-whole')).toEqual([]);
  });

  it('finds the count the company employs sections before (`we employed 6,842 people` … `24.6% of our employees (1,684)`, `612, 8.9% of the workforce`)', () => {
    const filler = 'Our iron ore is shipped through our own port, and our nickel is sold to refiners in Asia and Europe. '.repeat(12);
    const text = (women: string, indigenous: string) =>
      `1. Our business\nAt 30 June 2023 we employed 6,842 people and engaged 3,910 contractors.\n\n${filler}\n\n4. Our people\nWomen made up ${women}% of our employees (1,684), and Aboriginal and Torres Strait Islander employees numbered 612, ${indigenous}% of the workforce.`;
    const shares = (women: string, indigenous: string) => checksOf('ratio', text(women, indigenous)).map((c) => [c.holds, c.figures.map((f) => f.value)]);
    expect(shares('24.6', '8.9')).toEqual([
      [true, [1_684, 6_842, 24.6]],
      [true, [612, 6_842, 8.9]],
    ]);
    expect(shares('26.4', '9.8')).toEqual([
      [false, [1_684, 6_842, 26.4]],
      [false, [612, 6_842, 9.8]],
    ]);
    // an age is no count of them
    const aged = text('24.6', '8.9').replace('Women made up 24.6% of our employees (1,684), and ', 'Colleagues under 25 make up 31.0% of our workforce, and ');
    expect(checksOf('ratio', aged).map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([[true, [612, 6_842, 8.9]]]);
    // people a company serves are no workforce
    expect(checksOf('ratio', text('24.6', '8.9').replace('we employed', 'we served'))).toEqual([]);
  });

  it('takes no count of another noun for the whole', () => {
    expect(checksOf('ratio', 'We run 5,214 trains a week. Women are 22.6% of our colleagues (1,178).')).toEqual([]);
  });
});

describe('a share whose whole is in brackets after its name', () => {
  const text = (share: string) => `Our airports handled 42.685 million passengers in 2023, up 118.6% (2022: 19.526 million) and ${share} of the 2019 level (44.096 million).`;

  it('is the part before it over the bracketed whole, passing over last year\'s amount in brackets', () => {
    expect(checksOf('ratio', text('96.8%'))).toMatchObject([{ holds: true, figures: [{ value: 42.685e6 }, { value: 44.096e6 }, { value: 96.8 }] }]);
    expect(checksOf('ratio', text('98.6%'))).toMatchObject([{ holds: false, figures: [{ value: 42.685e6 }, { value: 44.096e6 }, { value: 98.6 }] }]);
  });

  it('is that share\'s own whole, none of the paragraph\'s other shares\' (`4.862 million, 11.4% of the total`)', () => {
    const paragraph = `${text('96.8%')} International passengers numbered 4.862 million, 11.4% of the total. Binjiang Airport handled 33.126 million passengers, 77.6% of the Group.`;
    expect(checksOf('ratio', paragraph).map((c) => [c.holds, c.rule, c.figures[1]!.value])).toEqual([
      [true, 'ratio.share-of-whole-in-brackets', 44.096e6],
      [true, 'ratio.share-of-paragraph-whole', 42.685e6],
      [true, 'ratio.share-of-earlier-figure', 42.685e6],
    ]);
  });
});

