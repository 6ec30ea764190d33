import { describe, expect, it } from 'vitest';
import { inPriorYearBracket, PRIOR_VALUE, saidAsPrior } from './markers';

// saidAsPrior and inPriorYearBracket skip their patterns on a character test: they must answer as the patterns do
const LEADS = ['', 'rose ', 'up 3% ', '同比', '总额', '(', '（', 'Revenue '];
const WORDS = ['', 'from', 'FROM', 'against', 'compared with', 'compared to', '较', '較', '相比', '相较', '由', '从', '從', '比', '较上年初', '较去年', '较2022年', '較 2022 年度', '比期初', '比年初', '较年末', '较上年同期', 'FY2022', '2022财年', 'by', 'to reach', 'of'];
const TAILS = ['', ' ', '的', '的 ', ' **', '** ', '\u3000', '\u00a0', '*', '***', ':', '2022: ', '2022/23: £', 'FY2022：', '2022 年：', '2021: up to ', '2022: restated, about HK$ ', '2022: restated, about HK$ ~ '];

const BRACKET = /[(（]\s*(?:FY\s?)?(?:19|20)\d{2}(?:[/-]\d{2,4})?\s*(?:财年|年度|年)?\s*[:：][^()（）]{0,24}$/i;

describe('the markers read before a figure', () => {
  it('say a figure is an earlier value exactly when PRIOR_VALUE matches the words before it', () => {
    for (const lead of LEADS)
      for (const word of WORDS)
        for (const tail of TAILS) {
          const text = `${lead}${word}${tail}42`;
          const f = { start: text.length - 2, end: text.length, sentence: { start: 0 } };
          expect(saidAsPrior(text, f), text).toBe(PRIOR_VALUE.test(text.slice(Math.max(0, f.start - 16), f.start)));
        }
  });

  it('say a figure is in a prior year bracket exactly when the bracket pattern matches the words before it', () => {
    for (const lead of LEADS)
      for (const word of WORDS)
        for (const tail of TAILS) {
          const text = `£7.4 million ${lead}${word}${tail}6.8`;
          const f = { start: text.length - 3, sentence: { start: 0 } };
          expect(inPriorYearBracket(text, f), text).toBe(BRACKET.test(text.slice(Math.max(0, f.start - 40), f.start)));
        }
  });
});

describe('a figure said after `从` (`从116家增加到138家`)', () => {
  it('is an earlier value, as after `由` or `from`', () => {
    const text = '我们的门店从116家增加到138家';
    expect(saidAsPrior(text, { start: text.indexOf('116'), end: text.indexOf('116') + 3, sentence: { start: 0 } })).toBe(true);
    expect(saidAsPrior(text, { start: text.indexOf('138'), end: text.indexOf('138') + 3, sentence: { start: 0 } })).toBe(false);
  });
});

describe('a level a figure is said above or below (`3.5% below the 24,860 tCO2e of 2023`)', () => {
  const at = (text: string, value: string) => ({ start: text.indexOf(value), end: text.indexOf(value) + value.length, sentence: { start: 0 } });
  it('is an earlier value when said as an earlier year`s', () => {
    for (const text of ['Emissions were 24,000 tCO2e, 3.5% below the 24,860 tCO2e of 2023.', 'Water use was 412 ML, 2.1% above the 403 ML a year earlier.', 'Sales were 18,420 units, 4.1% above the 17,695 in FY2023.'])
      expect(saidAsPrior(text, at(text, text.match(/the ([\d,]+)/)![1]!)), text).toBe(true);
  });

  it('is not when it is a threshold or a target', () => {
    for (const text of ['Our loan-to-asset ratio rose to 24.1%, still well below the 30% we consider prudent.', 'Turnover was 9.2%, below the 12% of our sector peers.'])
      expect(saidAsPrior(text, at(text, text.match(/the ([\d,]+)/)![1]!)), text).toBe(false);
  });
});
