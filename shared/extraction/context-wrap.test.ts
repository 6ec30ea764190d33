import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { Wraps, gapBackAcrossWrap, textBeforeAcrossWrap, wordBeforeAcrossWrap, wrapsOf } from './context';

const strip = (t: string) => extractFigures(t).map((f) => [f.value, f.unit, f.qualifier]);
/** The same sentence on one line. */
const flowing = (t: string) => t.replace(/ ?\n+/g, ' ');

describe('the words before a number across a PDF wrap of prose (context.ts)', () => {
  it('reads the last word of the line above where prose wrapped, a blank line between when the sentence goes on', () => {
    const word = (t: string) => wordBeforeAcrossWrap(t, t.search(/\d/))?.word ?? null;
    expect(word('and the top\n5 sectors')).toBe('top');
    expect(word('Nie Yusheng is nurturing the No.\n\n1 land parcel')).toBe('no');
    expect(word('Please state the gross global Scope\n\n2 emissions in tonnes')).toBe('scope');
  });
  it('reads no word across a break that is no wrap', () => {
    const word = (t: string) => wordBeforeAcrossWrap(t, t.search(/\d/))?.word ?? null;
    expect(word('Top\n5 sectors')).toBeNull(); // a heading: one word
    expect(word('Rank\tTop\n5 sectors')).toBeNull(); // a table row
    expect(word('We are among the leaders.\n5 sectors joined')).toBeNull(); // a sentence's end
    expect(word('and the top\n\n\n5 sectors')).toBeNull(); // two blank lines
    expect(word('Colleagues gave well over\n\n12,500\nvolunteering hours')).toBeNull(); // a figure alone under a blank line
    expect(word(`${'a long paragraph of a text file '.repeat(8)}top\n5 sectors`)).toBeNull(); // longer than a PDF's line
  });
  it("reads the same with a text's Wraps kept across its numbers, asked in any order, as afresh", () => {
    const t = 'and the top\n5 sectors\n\n7 more\n会员人数已达上\n\n百万会员 are 3 sites\nthen\n8 in all. Colleagues gave well over\n\n12,500\nhours';
    const at = [...t.matchAll(/\d|百/g)].map((m) => m.index);
    const fresh = at.map((i) => [gapBackAcrossWrap(t, i, new Wraps(t)), textBeforeAcrossWrap(t, i, 12, new Wraps(t)), wordBeforeAcrossWrap(t, i, new Wraps(t))]);
    for (const order of [at, [...at].reverse(), [...at, ...at]]) {
      const wraps = new Wraps(t);
      for (const i of order) {
        const k = at.indexOf(i);
        expect([gapBackAcrossWrap(t, i, wraps), textBeforeAcrossWrap(t, i, 12, wraps), wordBeforeAcrossWrap(t, i, wraps)]).toEqual(fresh[k]);
        // and the text's own, kept between the readers' calls
        expect([gapBackAcrossWrap(t, i), textBeforeAcrossWrap(t, i, 12), wordBeforeAcrossWrap(t, i)]).toEqual(fresh[k]);
      }
    }
    expect(wrapsOf(t)).toBe(wrapsOf(t));
    expect(fresh.filter(([g], k) => g !== gapBackAcrossWrap(t, at[k]!, new Wraps(''.padEnd(t.length))))).not.toEqual([]);
  });
  it('joins the line above to the text before the number', () => {
    const t = 'starting from RMB 2 yuan and maximum total\namount of RMB 100,000';
    expect(textBeforeAcrossWrap(t, t.indexOf('100'), 80)).toBe('starting from RMB 2 yuan and maximum total amount of RMB ');
    expect(textBeforeAcrossWrap('会员人数已达上\n\n百万会员', 9, 10)).toBe('会员人数已达上');
  });
});

describe('a rule reading the words before a number reads them across a PDF wrap, as on one line', () => {
  for (const wrapped of [
    // when-clause: a comparison in a when clause sets a condition
    'Cooling is allowed when the indoor temperature is higher than\n26 degrees.',
    'Cooling is allowed when the indoor temperature is higher\nthan 26 degrees.',
    // elliptic-count: `closed 14` counts the stores just counted
    'Sales rose 4%, up 3pp. We opened 27 stores and closed\n14, ending the year with 612 stores.',
    // relative-or-framing-duration: the time something took after a participle and in is the claim
    'The Gems Emergency Hotline was re-activated in\n15 minutes.',
    // section-number: a number opening a line of the same sentence is no heading
    'The total recordable injury frequency rate improved to\n\n3.42 per million hours worked, and the lost time rate fell.',
    // code-word-before across a blank line inside the sentence
    "Please state your organization's gross global Scope\n\n2 emissions in metric tons CO2e for the year.",
    'Far away, Nie Yusheng is nurturing the No.\n\n1 land parcel in the village.',
    // noise-phrases' statedBare: an earlier period's value after its colon, a change's start after from
    'The Board held 180 site visits during the year (2022:\n150) with every region covered.',
    'an improvement of 12.5%. Lost-time injuries fell to 19 from\n24, and our lost-time injury frequency rate was 0.49.',
  ]) {
    it(JSON.stringify(wrapped), () => expect(strip(wrapped)).toEqual(strip(flowing(wrapped))));
  }
  it('a number under a heading, a table row or a sentence ended stays as it was', () => {
    expect(strip('Headcount\t120\nTop\n10 banks joined')).toEqual([[120, '', 'exact'], [10, 'banks', 'exact']]);
    expect(strip('We are among the leaders.\n10 banks joined us this year.')).toEqual([[10, 'banks', 'exact']]);
    expect(strip('Cooling rules\n26 degrees.')).toEqual([[26, 'degrees', 'exact']]);
  });
});
