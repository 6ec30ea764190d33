import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { specIn } from './unit-spec-in';

// A table's statement of scale and currency is a currency part and a scale part, in either order,
// glued or spaced, framed many ways. Every combination must parse, not only the forms seen so far:
// this generates the cross product and checks the cell below takes value × scale and the currency.

const CURRENCIES: ReadonlyArray<readonly [string, string, 'sign' | 'code' | 'word' | 'zh']> = [
  ['$', 'USD', 'sign'], ['US$', 'USD', 'sign'], ['HK$', 'HKD', 'sign'], ['£', 'GBP', 'sign'], ['€', 'EUR', 'sign'],
  ['RMB', 'CNY', 'code'], ['EUR', 'EUR', 'code'], ['CHF', 'CHF', 'code'], ['AED', 'AED', 'code'], ['USD', 'USD', 'code'], ['HKD', 'HKD', 'code'], ['RM', 'MYR', 'code'],
  ['NZ$', 'NZD', 'sign'], ['S$', 'SGD', 'sign'],
  ['人民币', 'CNY', 'zh'], ['港元', 'HKD', 'zh'], ['美元', 'USD', 'zh'], ['日元', 'JPY', 'zh'], ['欧元', 'EUR', 'zh'], ['港幣', 'HKD', 'zh'], ['元', 'CNY', 'zh'],
];

const SCALES: ReadonlyArray<readonly [string, number, 'abbr' | 'digits' | 'word' | 'zh']> = [
  ['k', 1e3, 'abbr'], ['m', 1e6, 'abbr'], ['mn', 1e6, 'abbr'], ['M', 1e6, 'abbr'], ['bn', 1e9, 'abbr'], ['B', 1e9, 'abbr'], ['Md', 1e9, 'abbr'], ['mln', 1e6, 'abbr'], ['MM', 1e6, 'abbr'], ['Mio.', 1e6, 'abbr'], ['Tsd.', 1e3, 'abbr'],
  ["'000", 1e3, 'digits'],
  ['thousand', 1e3, 'word'], ['thousands', 1e3, 'word'], ['million', 1e6, 'word'], ['millions', 1e6, 'word'], ['billion', 1e9, 'word'], ['billions', 1e9, 'word'],
  ['千', 1e3, 'zh'], ['万', 1e4, 'zh'], ['百万', 1e6, 'zh'], ['千万', 1e7, 'zh'], ['亿', 1e8, 'zh'], ['百萬', 1e6, 'zh'], ['千萬', 1e7, 'zh'],
];

const AMBIGUOUS = new Set(['RMB', 'MdS$']);

/** The ways a report writes the pair: each order, glued where a script allows it, else spaced. */
function pairs(cur: string, curKind: string, scale: string, scaleKind: string): string[] {
  if (curKind === 'zh' && scaleKind === 'zh') {
    // the scale before the currency (`百万港元`), or 人民币 before a scale of 元 (`人民币百万元`)
    return cur === '人民币' ? [`${scale}${cur}`, `${cur}${scale}元`] : [`${scale}${cur}`];
  }
  // a sign or a code before a Chinese scale (`RMB 百万元`, `HK$千`, `US$ 百万`), or a Chinese scale before it (`百万 HK$`)
  if (scaleKind === 'zh') return [`${cur}${scale}`, `${cur} ${scale}`, `${scale} ${cur}`, ...(cur === 'RMB' ? [`RMB ${scale}元`] : [])];
  // a Chinese currency with an English scale word, either order (`港元 million`, `million 港元`)
  if (curKind === 'zh') return scaleKind === 'word' && cur !== '元' ? [`${cur} ${scale}`, `${scale} ${cur}`] : [];
  // a single letter or digits glue to a sign or a code (`£m`, `EURm`, `M€`, `RMB'000`); words stand apart
  const out = [`${cur} ${scale}`, `${scale} ${cur}`];
  if (scaleKind !== 'word') out.push(`${cur}${scale}`);
  if (scaleKind === 'abbr' && curKind === 'sign') out.push(`${scale}${cur}`);
  // glued, these read another way first: `RMB` is the renminbi, `MdS$` the Mds of the dollar
  return out.filter((pair) => !AMBIGUOUS.has(pair));
}

const FRAMINGS: ReadonlyArray<(s: string) => string> = [
  (s) => s, (s) => `(${s})`, (s) => `（${s}）`, (s) => `in ${s}`, (s) => `(in ${s})`, (s) => `${s} unless stated`,
  (s) => `(${s} unless otherwise stated)`, (s) => `单位：${s}`, (s) => `（金额单位：${s}）`, (s) => `Unit: ${s}`,
];

interface Case {
  statement: string;
  currency: string;
  factor: number;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const [cur, iso, ck] of CURRENCIES)
    for (const [scale, factor, sk] of SCALES)
      for (const pair of pairs(cur, ck, scale, sk))
        for (const frame of FRAMINGS) out.push({ statement: frame(pair), currency: iso, factor });
  return out;
}

const read = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

const LAYOUTS = 3;

/** Each case laid out as a caption above a table, as the one-row header of a column, and in a row's unit column. */
function failures(): string[] {
  const failed: string[] = [];
  for (const c of cases()) {
    const want = 12.5 * c.factor;
    const caption = `${c.statement}\nItem\t2023\nRevenue\t12.5`;
    const header = `Item\tRevenue ${c.statement.startsWith('(') || c.statement.startsWith('（') ? c.statement : `(${c.statement})`}\nGroup\t12.5`;
    const unitColumn = `Item\tUnit\t2023\nRevenue\t${c.statement}\t12.5`;
    for (const text of [caption, header, unitColumn]) {
      const got = read(text);
      const ok = got.length === 1 && got[0]![0] === '12.5' && Math.abs((got[0]![1] as number) / want - 1) < 1e-9 && got[0]![2] === c.currency;
      if (!ok) failed.push(`${JSON.stringify(text)} -> ${JSON.stringify(got)}`);
    }
  }
  return failed;
}

describe('a statement of scale and currency composes its parts', () => {
  it('reads every currency × scale × framing, over a table, in a column header and in a unit column', () => {
    const total = cases().length * LAYOUTS;
    const failed = failures();
    expect(total).toBeGreaterThan(2000);
    expect(failed.slice(0, 40), `${failed.length} of ${total} combinations fail`).toEqual([]);
  });
  it('reads an abbreviation as a scale only against a currency, not as metres, a kilo- or a mark', () => {
    for (const s of ['(Mt)', '(m3)', '(km)', '(kt)', '(R)', '(MW)', '(m)', '(k)', '(mm)', '(Eurom)', '(mRs)', '(Mio.)']) expect(specIn(s)?.unit?.kind, s).not.toBe('currency');
    expect(specIn('(m3)')).toEqual({ factor: 1, unit: { unit: 'm3', kind: 'measure' } });
  });
  it('keeps a lone figure with a currency in its cell, and drops a caption line that only states the scale', () => {
    expect(read('十元')).toEqual([['十元', 10, 'CNY']]);
    expect(read('$ millions\nItem\t2023\nRevenue\t7')).toEqual([['7', 7e6, 'USD']]);
  });
  it('reads every scale × measure unit the same way (million tonnes CO2-e, tCO2e (\'000), 万吨, 万 tCO2e)', () => {
    const units: ReadonlyArray<readonly [string, string]> = [
      ['tCO2e', 'tCO2e'], ['tonnes CO2-e', 'tCO2e'], ['tonnes', 't'], ['MWh', 'MWh'], ['GJ', 'GJ'], ['m3', 'm3'], ['kWh', 'kWh'],
      ['吨', 't'], ['千瓦时', 'kWh'], ['吨二氧化碳当量', 'tCO2e'], ['立方米', 'm3'],
    ];
    const failed: string[] = [];
    let total = 0;
    for (const [unit, want] of units)
      for (const [scale, factor, kind] of SCALES) {
        if (kind === 'abbr') continue;
        const zhUnit = /\p{Script=Han}/u.test(unit);
        // English writes the scale before the unit or after it in brackets; Chinese glues its scale on, either unit's script
        const forms = kind === 'zh' ? [`${scale}${unit}`, ...(zhUnit ? [] : [`${scale} ${unit}`])] : zhUnit ? [] : [`${scale} ${unit}`, `${unit} (${scale})`, `${unit} in ${scale}`];
        for (const form of forms)
          for (const frame of FRAMINGS.slice(0, 8)) {
            const statement = frame(form);
            // brackets in brackets are no report's; the unit column's row label ends in a digit (`Scope 1`), which is the label's
            if (/[(（].*[(（]/.test(statement)) continue;
            for (const text of [`${statement}\nItem\t2023\nEmissions\t12.5`, `Item\tUnit\t2023\nScope 1\t${statement}\t12.5`]) {
              total++;
              const got = read(text);
              const ok = got.length === 1 && Math.abs((got[0]![1] as number) / (12.5 * factor) - 1) < 1e-9 && got[0]![2] === want;
              if (!ok) failed.push(`${JSON.stringify(text)} -> ${JSON.stringify(got)}`);
            }
          }
      }
    expect(total).toBeGreaterThan(1000);
    expect(failed.slice(0, 30), `${failed.length} of ${total} combinations fail`).toEqual([]);
  });
});
