import { codeAt as code, isCjkCode } from './normalize';
import { ZH_UNIT_TABLE } from './units';
import type { Unit } from './units';

// A PDF wraps running text wherever the line is full, so a line break may fall between a number
// and its unit, or inside the unit (`约7,800⏎吨`, `6,320万千瓦⏎时`), as it falls between a
// qualifier and its number (`nearly⏎60%`, read in tail.ts). A table row's line break is no wrap.

/** Longest unit looked for across the break. */
const MAX_UNIT = 8;

/**
 * Whether the qualifier at `qualStart` ends a line of running text that wraps before the number
 * (`Currently, nearly⏎60%`, `reaching almost⏎1.2 million`, `活动超过⏎300场`): other words before it
 * on its line, no tab. A cell of a table row (`Aged 60 and over\t⏎`) is not.
 */
export function wrappedProseBreak(text: string, qualStart: number, lineEnd: number): boolean {
  const ls = text.lastIndexOf('\n', qualStart - 1) + 1;
  let words = 0;
  let ideographs = 0;
  for (let k = ls; k < lineEnd; k++) {
    const c = code(text, k);
    if (c === 0x09) return false;
    if (k < qualStart && c === 0x20 && k > ls && code(text, k - 1) !== 0x20) words++;
    else if (k < qualStart && isCjkCode(c)) ideographs++;
  }
  return words >= 1 || ideographs >= 2;
}

/**
 * `约7,800⏎吨`, `6,320万千瓦⏎时`: the unit of the number at `numberStart` read across the line break
 * at `p` in wrapped Chinese prose, when it is longer than the unit read before the break (from
 * `unitStart`); null otherwise.
 */
export function unitAcrossWrap(text: string, numberStart: number, unitStart: number, p: number): { unit: Unit; end: number } | null {
  if (code(text, p) !== 0x0a || !isCjkCode(code(text, p + 1)) || unitStart > p || p - unitStart > MAX_UNIT) return null;
  const ls = text.lastIndexOf('\n', numberStart - 1) + 1;
  if (/\t| {2}|\u3000/.test(text.slice(ls, numberStart)) || !wrappedProseBreak(text, numberStart, p)) return null;
  const head = text.slice(unitStart, p);
  const m = ZH_UNIT_TABLE.matchForward(head + text.slice(p + 1, p + 1 + MAX_UNIT), 0);
  if (!m || m.end <= head.length || (m.value.kind !== 'measure' && m.value.kind !== 'currency')) return null;
  return { unit: m.value, end: p + 1 + (m.end - head.length) };
}
