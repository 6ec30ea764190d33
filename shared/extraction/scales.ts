import { NORM, isDigitCode, isLetterCode } from './normalize';
import { PhraseTable } from './trie';
import { skipGap } from './gaps';
import { ZH_UNIT_TABLE } from './units';

// Scale words: what multiplies the number before them. Chinese scale characters compose
// (`千万` = 1e7, `万亿` = 1e12); English scale words follow the number after whitespace, even a
// line break (`6.5\nmillion`).

export const ZH_SCALE: ReadonlyMap<number, number> = new Map(
  (
    [
      ['十', 10],
      ['百', 100],
      ['千', 1e3],
      ['万', 1e4],
      ['萬', 1e4],
      ['亿', 1e8],
      ['億', 1e8],
    ] as const
  ).map(([ch, v]) => [ch.charCodeAt(0), v]),
);

/** English scale words spelled out, each also in its plural. */
const spelled = (words: ReadonlyArray<readonly [string, number]>): Array<readonly [string, number]> => words.flatMap(([word, factor]) => [[word, factor], [`${word}s`, factor]] as const);

/** English scale words after a number; `plural` ones are vague on their own (`millions of`). */
export const EN_SCALE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ...spelled([
    ['thousand', 1e3],
    ['million', 1e6],
    ['billion', 1e9],
    ['trillion', 1e12],
  ]),
  ['mn', 1e6],
  ['mln', 1e6],
  ['bn', 1e9],
  ['tn', 1e12],
  // South Asian scales: a lakh is a hundred thousand, a crore ten million (`₹ 186.4 crore`)
  ...spelled([
    ['lakh', 1e5],
    ['crore', 1e7],
  ]),
  // 万 and 亿 put into English word for word (`RMB126,000 ten thousand`, `12.6 hundred million yuan`)
  ['ten thousand', 1e4],
  ['ten-thousand', 1e4],
  ['hundred million', 1e8],
];

/**
 * A scale word in a figure's text (`48.6 million`, `1.2万`, `3.4億`): English ones spelled out (not `mn` or `bn`, letters
 * of other words), Chinese ones of ten thousand and more (a `千` or `百` may begin a unit: `千瓦时`, `百分点`).
 */
export const SCALE_WORD_IN_TEXT = new RegExp(
  [...EN_SCALE_WORDS.filter(([word]) => word.length > 3 /* no abbreviation: `mn`, `mln`, `bn` */).map(([word]) => word), ...[...ZH_SCALE].filter(([, factor]) => factor >= 1e4).map(([code]) => String.fromCharCode(code))].join('|'),
  'i',
);

/** Abbreviations that only scale when written against the number (`10k`, `$5m`, `$2b`). */
export const EN_SCALE_ATTACHED: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['b', 1e9],
]);

const EN_SCALES = new PhraseTable(EN_SCALE_WORDS);

export interface ScaleMatch {
  end: number;
  factor: number;
}

/** Chinese scale characters starting at `i` (no gap), multiplied together. */
export function zhScaleAt(text: string, i: number): ScaleMatch | null {
  let factor = 1;
  let j = i;
  while (j < text.length) {
    const f = ZH_SCALE.get(NORM[text.charCodeAt(j)]!);
    if (f === undefined) break;
    factor *= f;
    j++;
  }
  return j > i ? { end: j, factor } : null;
}

/** Chinese scale characters at `i`, stopping before one that begins a unit (`亿千瓦时`: 亿, then kWh). */
export function zhScaleBeforeUnit(text: string, i: number): ScaleMatch | null {
  const zs = zhScaleAt(text, i);
  if (!zs) return null;
  let factor = 1;
  for (let j = i; j < zs.end; j++) {
    const unit = j > i ? ZH_UNIT_TABLE.matchForward(text, j) : null;
    if (unit && unit.end - j >= 2 && unit.value.kind !== 'count') return { end: j, factor };
    factor *= ZH_SCALE.get(NORM[text.charCodeAt(j)]!)!;
  }
  return zs;
}

/** An English scale word at `i` (after a gap of at most two line breaks has been skipped by the caller). */
export function enScaleAt(text: string, i: number): ScaleMatch | null {
  const m = EN_SCALES.matchForward(text, i);
  return m ? { end: m.end, factor: m.value } : hyphenatedScaleAt(text, i);
}

/**
 * A scale word a narrow column hyphenated at the line's end (`220 mil-⏎lion`), read whole, also
 * where a PDF reflowed the break into a space (`967 mil- lion RMB`).
 */
const HYPHENATED_SCALE = /^(mil|bil|tril|thou)-(?:[ \t]*\r?\n[ \t]*| )(lion|sand)s?(?![A-Za-z])/i;
const HYPHENATED_FACTOR: Readonly<Record<string, number>> = { milli: 1e6, billi: 1e9, trilli: 1e12, thousa: 1e3 };

function hyphenatedScaleAt(text: string, i: number): ScaleMatch | null {
  // cheap first: the hyphen stands three or four letters on
  if (text.charCodeAt(i + 3) !== 0x2d && text.charCodeAt(i + 4) !== 0x2d) return null;
  const m = HYPHENATED_SCALE.exec(text.slice(i, i + 24));
  const factor = m ? HYPHENATED_FACTOR[(m[1]! + m[2]!.slice(0, 2)).toLowerCase()] : undefined;
  return m && factor ? { end: i + m[0].length, factor } : null;
}

/**
 * An abbreviation glued to the number (`10k`, `5m`): returns its factor if the letters at `i`
 * are exactly that abbreviation. `m` and `b` count only after a currency (else metres, bytes).
 */
export function attachedScaleAt(text: string, i: number, afterCurrency: boolean): ScaleMatch | null {
  const c = NORM[text.charCodeAt(i)]! | 0x20;
  if (isLetterCode(NORM[text.charCodeAt(i + 1)] ?? 0)) return null;
  const f = EN_SCALE_ATTACHED.get(String.fromCharCode(c));
  if (f === undefined) return null;
  if (c !== 0x6b && !afterCurrency && !capitalMillions(text, i)) return null;
  return { end: i + 1, factor: f };
}

/**
 * `2.1M+ SMEs`, `1.5M users`: a capital M glued after a decimal number, or before a plus, is millions
 * on a highlights page (metres are written small; `3M` alone may be a name).
 */
function capitalMillions(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x4d) return false;
  if (text.charCodeAt(i + 1) === 0x2b) return true;
  let k = i - 1;
  while (k >= 0 && isDigitCode(NORM[text.charCodeAt(k)]!)) k--;
  return k < i - 1 && text.charCodeAt(k) === 0x2e && isDigitCode(NORM[text.charCodeAt(k - 1)] ?? 0);
}

/** French notation's scale letters before the currency sign (`620 M€`, `2 Md€`, `k€ 2,400`). */
const SIGN_SCALES: ReadonlyMap<string, number> = new Map([['k', 1e3], ['K', 1e3], ['M', 1e6], ['Md', 1e9], ['Mds', 1e9], ['Mrd', 1e9], ['Mrds', 1e9]]);
const SCALE_BEFORE_SIGN = /^(k|K|M|Mds?|Mrds?)(?=[€$£])/;

/** The scale letters at `i` when a currency sign follows them (`M€`); the match ends before the sign. */
export function scaleBeforeCurrencySign(text: string, i: number): ScaleMatch | null {
  if (isLetterCode(NORM[text.charCodeAt(i - 1)] ?? 0)) return null;
  const m = SCALE_BEFORE_SIGN.exec(text.slice(i, i + 5));
  return m ? { end: i + m[1]!.length, factor: SIGN_SCALES.get(m[1]!)! } : null;
}

/** The scale letters ending just before a currency sign at `sign` (`k€ 2,400`), or null. */
export function scaleEndingAt(text: string, sign: number): ScaleMatch & { start: number } | null {
  for (let s = Math.max(0, sign - 4); s < sign; s++) {
    const m = scaleBeforeCurrencySign(text, s);
    if (m && m.end === sign) return { ...m, start: s };
  }
  return null;
}

/** `₹ 482 cr`, `Rs 12.5 cr`: after an amount in rupees, `cr` abbreviates a crore (ten million). */
export function croreAfterRupees(text: string, numStart: number, p: number): ScaleMatch | null {
  const g = skipGap(text, p, 0);
  if (g === p || ((NORM[text.charCodeAt(g)] ?? 0) | 0x20) !== 0x63 || ((NORM[text.charCodeAt(g + 1)] ?? 0) | 0x20) !== 0x72) return null;
  if (isLetterCode(NORM[text.charCodeAt(g + 2)] ?? 0)) return null;
  return RUPEES_BEFORE.test(text.slice(Math.max(0, numStart - 6), numStart)) ? { end: g + 2, factor: 1e7 } : null;
}
const RUPEES_BEFORE = /(?:₹|\bRs\.?|\bINR)\s?$/;

/** Skip the gap after a number and look for an English scale word; at most two line breaks. */
export function enScaleAfter(text: string, i: number): ScaleMatch | null {
  const g = skipGap(text, i, 2);
  if (g === i && i < text.length && isLetterCode(NORM[text.charCodeAt(i)]!)) {
    // glued: "10million" is rare but harmless
    return enScaleAt(text, i);
  }
  return enScaleAt(text, g);
}
