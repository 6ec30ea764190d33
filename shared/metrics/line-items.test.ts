import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';
import { newItemBreak } from './line-items';

const metricOf = (text: string, figureText: string): string | undefined => {
  const figure = describeFigures(text, extractFigures(text)).find((f) => f.text.includes(figureText));
  if (!figure) throw new Error(`no figure ${figureText} in ${text}`);
  return figure.metric;
};

describe('an English metric ends where the next line begins a new item', () => {
  it('at a bullet: each bullet of a fact list is its own metric', () => {
    const text = 'AT A GLANCE\n•  2.4 million electric customers and 1.1 million natural gas customers\n•  8,214 employees\n•  $3.9 billion capital investment in 2023\n';
    expect(metricOf(text, '1.1 million')).toBe('natural gas customers');
    expect(metricOf(text, '8,214')).toBe('employees');
    expect(metricOf(text, '$3.9 billion')).toBe('capital investment in 2023');
    expect(metricOf('Highlights\n- 23.8% of our employees are women\n- TRIFR of 3.2\n', '3.2')).toBe('TRIFR');
  });

  it('at a capitalised line after a short one: a heading runs into no sentence', () => {
    const text = "Empowered by technology, serving 1.2 billion users\nworldwide\nThrough Alipay's technology empowerment, Alipay and its local e-wallet partners have\nserved for over 1.2 billion users worldwide, as of June 2019.";
    expect(metricOf(text, '1.2 billion')).toBe('users worldwide');
  });

  it('not at a lower-case line, a line that leads on, or a unit on the next line', () => {
    expect(metricOf('In the first half of the year, the number of mobile\npayment users reached 765 million, accounting for 85.3% of mobile Internet users.', '765')).toBe(
      'mobile payment users',
    );
    expect(metricOf('Of all Internet users, 398 million\nInternet users ordered takeout online, accounting for 44.0% of the total.', '398')).toBe(
      'Internet users ordered takeout online',
    );
    expect(metricOf('As of March 2020, the number of\nInternet users in China had reached 904 million.', '904')).toBe('Internet users in China');
  });

  it('not at a capitalised word that goes on a wrapped line of a paragraph', () => {
    const text =
      'By the end of 2016, there were 20,000 registered \ndevelopers and more than \n15,000 service providers on Ant Financial \nOpen Platform.';
    expect(metricOf(text, '15,000')).toBe('service providers on Ant Financial Open Platform');
  });

  it('gives the same metric whatever the line breaks (a DOCX paragraph, a wrapped PDF line)', () => {
    const flowing = 'At the end of 2023 we had 5,940 people, 1,188 of them women, across our sites.';
    const wrapped = 'At the end of 2023 we had 5,940\npeople, 1,188 of them women, across our sites.';
    expect(metricOf(flowing, '5,940')).toBe(metricOf(wrapped, '5,940'));
  });

  it('reads a table row (its last cell a number) as ending its line', () => {
    expect(newItemBreak('Revenue 186,412 172,305\nProfit 12,806 11,437', 23)).toBe(true);
    expect(newItemBreak('the number of\nInternet users', 13)).toBe(false);
    expect(newItemBreak('served 398 million\nusers online', 18)).toBe(false);
  });
});

describe('an English metric stops before another figure and another clause', () => {
  it('after the counted noun (`5,940 people, 1,188 of them women`, `20,000 volunteer hours with 2,436 participations`)', () => {
    expect(metricOf('We employed 6,842 people, 1,627 of them women.', '6,842')).toBe('people');
    expect(metricOf('Staff gave 20,000 volunteer hours with 2,436 participations.', '20,000')).toBe('volunteer hours');
  });
  it('at an -ing clause, its thousands separator no comma (`220 million users, contributing … 5,000 tons per day`)', () => {
    expect(metricOf('Ant Forest had over 220 million users, contributing carbon emission reduction of 5,000 tons per day.', '220 million')).toBe('users');
    expect(metricOf('We hired 18,900 new employees, including 4,410 fresh graduates, and our voluntary turnover rate fell.', '18,900')).toBe('new employees');
  });
  it('keeps a code or a year after it (`5G`, `A4 paper`, `in 2020`)', () => {
    expect(metricOf('We run 28,500 radio sites supporting 5G networks.', '28,500')).toBe('radio sites supporting 5G networks');
    expect(metricOf('It saved 300 million pieces of A4 paper.', '300 million')).toBe('pieces A4 paper');
  });
});
