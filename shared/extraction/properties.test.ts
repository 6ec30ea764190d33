import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractFigures, parseFigureValue } from './index';
import { parseChinese } from './chinese-numerals';
import { parseEnglish } from './english-number-words';

// Formatters written independently of the parsers, for round trips.

const ZH_DIGITS = '零一二三四五六七八九';
const ZH_SMALL = ['', '十', '百', '千'];

function zhBelowWan(n: number, leadingZero: boolean): string {
  let out = '';
  let zero = leadingZero;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) {
      if (out || leadingZero) zero = true;
      continue;
    }
    if (zero && (out || leadingZero)) out += '零';
    zero = false;
    out += (d === 1 && p === 1 && !out && !leadingZero ? '' : ZH_DIGITS[d]!) + ZH_SMALL[p]!;
  }
  return out;
}

/** Standard Chinese numeral for 1 ≤ n < 1e16. */
export function formatChinese(n: number): string {
  const groups = [n % 1e4, Math.floor(n / 1e4) % 1e4, Math.floor(n / 1e8) % 1e4, Math.floor(n / 1e12)];
  const names = ['', '万', '亿', '万亿'];
  let out = '';
  for (let g = 3; g >= 0; g--) {
    const v = groups[g]!;
    if (v === 0) continue;
    const needZero = out !== '' && v < 1000;
    out += zhBelowWan(v, needZero) + names[g];
  }
  return out;
}

const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function enBelowThousand(n: number): string {
  const parts: string[] = [];
  if (n >= 100) parts.push(`${EN_UNITS[Math.floor(n / 100)]} hundred`);
  const r = n % 100;
  if (r >= 20) parts.push(EN_TENS[Math.floor(r / 10)]! + (r % 10 ? `-${EN_UNITS[r % 10]}` : ''));
  else if (r > 0) parts.push(EN_UNITS[r]!);
  return parts.join(' ');
}

/** English number words for 1 ≤ n < 1e12. */
export function formatEnglish(n: number): string {
  const scales: Array<[number, string]> = [
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ];
  const parts: string[] = [];
  let rest = n;
  for (const [v, name] of scales) {
    const q = Math.floor(rest / v);
    if (q) parts.push(`${enBelowThousand(q)} ${name}`);
    rest %= v;
  }
  if (rest) parts.push(enBelowThousand(rest));
  return parts.join(' ');
}

describe('number grammar round trips', () => {
  it('formats used by the properties are standard', () => {
    expect(formatChinese(105)).toBe('一百零五');
    expect(formatChinese(15)).toBe('十五');
    expect(formatChinese(10_005)).toBe('一万零五');
    expect(formatChinese(320_000_000)).toBe('三亿二千万');
    expect(formatEnglish(1_234_567)).toBe('one million two hundred thirty-four thousand five hundred sixty-seven');
  });

  it('Chinese numerals: format → parse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        const s = formatChinese(n);
        const z = parseChinese(s, 0);
        expect(z?.end).toBe(s.length);
        expect(z?.value).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('Chinese numerals with a measure word are extracted whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 99_999_999 }), (n) => {
        const text = `累计建设${formatChinese(n)}个站点。`;
        const figs = extractFigures(text);
        expect(figs).toHaveLength(1);
        expect(figs[0]!.value).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('English number words: format → parse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        const s = formatEnglish(n);
        const e = parseEnglish(s, 0);
        expect(e?.end).toBe(s.length);
        expect(e?.value).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('English number words with a counted noun are extracted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999_999_999 }), (n) => {
        const figs = extractFigures(`They planted ${formatEnglish(n)} trees.`);
        expect(figs.map((f) => f.value)).toEqual([n]);
      }),
      { numRuns: 500 },
    );
  });

  it('Arabic numbers with separators, scales and units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000, max: 999_999_999 }), fc.constantFrom('名', '吨', '元', ' users', '%'), (n, unit) => {
        const text = `共有 ${n.toLocaleString('en-US')}${unit}参与。`;
        expect(extractFigures(text).map((f) => f.value)).toEqual([n]);
        expect(parseFigureValue(`超过${n}万户`)).toEqual({ value: n * 1e4, unit: '户', qualifier: 'over' });
      }),
      { numRuns: 300 },
    );
  });
});

describe('extraction is total and well-formed', () => {
  const wellFormed = (text: string): void => {
    const figs = extractFigures(text);
    let last = 0;
    for (const f of figs) {
      expect(f.start).toBeGreaterThanOrEqual(last);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.text).toBe(text.slice(f.start, f.end));
      expect(Number.isFinite(f.value)).toBe(true);
      expect(f.sentence.start).toBeLessThanOrEqual(f.start);
      expect(f.sentence.end).toBeGreaterThanOrEqual(f.end);
      last = f.end;
    }
  };

  it('never throws on arbitrary Unicode; spans inside the text, in order, non-overlapping', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), wellFormed), { numRuns: 2000 });
  });

  it('holds on text made of the grammar’s own pieces', () => {
    const piece = fc.constantFrom(
      '1', '23', '4,500', '3.26', '０', '９', ' ', '\n', '\n\n', '**', '-', '–', '~', '至', '到', '/', ':', '.', ',', '%',
      '万', '亿', '千', '百', '十', '一', '两', '三', '数', '几', '半', '余', '多', '以上', '左右', '超过', '近', '约',
      '元', '吨', '个', '人', '年', '月', '日', '岁', '后', '前', '第', '分之', '成', '倍', '⼗', 'ﬁve',
      'one', 'two', 'hundred', 'thousand', 'million', 'hundreds of', 'a third', 'half', 'over', 'nearly', 'to', 'or',
      'RMB', 'US$', '$', '¥', 'yuan', 'tCO2e', 'kWh', 'years', 'users', 'SDG', 'GRI', 'No.', '<b>', '</b>', '&nbsp;',
      '<a href="x1">', '“', '”', '「', '」', '《', '》', 'http://a.b/1', 'thou-\nsand',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), wellFormed), { numRuns: 3000 });
  });
});
