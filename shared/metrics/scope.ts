// The boundary a figure covers, where a report names it: GHG scopes (`范围1`, `Scope 1, 2 and 3`,
// `范围3+`). Scope 1 emissions and total emissions are different metrics even when their words
// overlap, so sums pair a total with its scoped parts and consistency never groups two scopes.

// Chinese reports number scopes in digits or numerals (`范围一`, `范围二`).
// (a scope's number is no thousands' first digit: `of Scope 1 and 2,358 tCO2e` names Scope 1 alone)
const SCOPE = /(?:范围|範圍|scope)\s*([1-3一二三](?!\d|\.\d|[,，]\d{3})(?:\s*\+)?(?:\s*(?:[,，、]|和|及|与|與|and|&)\s*(?:范围|範圍|scope)?\s*[1-3一二三](?!\d|\.\d|[,，]\d{3})(?:\s*\+)?)*)/gi;
const NUMERAL: Record<string, string> = { 一: '1', 二: '2', 三: '3' };

/** Scopes named in `text[from, to)`, each as `scope 1` or `scope 1,2,3`, with where they stand. */
export function scopesIn(text: string, from: number, to: number): { scope: string; start: number; end: number }[] {
  const out: { scope: string; start: number; end: number }[] = [];
  const slice = text.slice(from, to);
  if (!slice.includes('范围') && !slice.includes('範圍') && !/scope/i.test(slice)) return out;
  // (exec in a loop, not matchAll, which copies the pattern on every call: asked of every figure)
  SCOPE.lastIndex = 0;
  for (let m = SCOPE.exec(slice); m !== null; m = SCOPE.exec(slice)) {
    // one scope (`范围 1`, `Scope 2`) is the usual case: its number as it stands
    const numbers = m[1]!.length === 1 ? [NUMERAL[m[1]!] ?? m[1]!] : m[1]!.match(/[1-3一二三]\s*\+?/g)!.map((n) => n.replace(/\s+/g, '').replace(/[一二三]/, (c) => NUMERAL[c]!));
    out.push({ scope: `scope ${numbers.join(',')}`, start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

/** A scope expression cut short at a span's end: its word or a joining word with no number after it yet (`Scope`, `Total Scope 1 and`). */
const CUT_SHORT = /(?:范围|範圍|scope|[,，、]|和|及|与|與|\band|&)\s*$/i;
/** How far past a span's end a scope cut short is read on (`Scope⏐ 1`, a table row's label cut before its number). */
const CUT_REACH = 12;

/** The scope nearest the figure at `start` within `[from, to)`: before it first, then after. */
export function scopeOf(text: string, from: number, to: number, start: number): string | undefined {
  // a table label read as `Scope` or `Total Scope 1 and`: the number its scope ends with stands just after
  const end = CUT_SHORT.test(text.slice(Math.max(from, to - 8), to)) ? lineEnd(text, to, Math.min(text.length, to + CUT_REACH)) : to;
  const named = scopesIn(text, from, end);
  if (named.length === 0) return undefined;
  // of those starting before `to`: the last ending by `start`, else the first starting at or after it (asked of every figure: no lists)
  let lastBefore: string | undefined;
  let firstAfter: string | undefined;
  for (const s of named) {
    if (s.start >= to) continue;
    if (Math.min(s.end, to) <= start) lastBefore = s.scope;
    if (firstAfter === undefined && s.start >= start) firstAfter = s.scope;
  }
  return lastBefore ?? firstAfter;
}

const lineEnd = (text: string, from: number, to: number) => {
  const at = text.indexOf('\n', from);
  return at >= 0 && at < to ? at : to;
};

/** `5,962 tCO2e of Scope 1`: the scope named by `of` right after a figure, which is its own whatever the sentence named before; or undefined. */
export function scopeNamedAfter(text: string, end: number): string | undefined {
  const of = OF_SCOPE.exec(text.slice(end, end + 24));
  return of ? scopesIn(text, end + of[0].length, end + 24)[0]?.scope : undefined;
}
const OF_SCOPE = /^\s+(?:of|in|from)\s+(?:its\s+|our\s+|the\s+)?(?=scope\s*[1-3])/i;

/** The scope numbers of `scope 1,2,3`. */
export function scopeNumbers(scope: string | undefined): readonly string[] {
  if (!scope) return NO_NUMBERS;
  // asked of every figure a sum reads, of a few scopes written alike: each read once
  let numbers = numbersOf.get(scope);
  if (numbers === undefined) {
    if (numbersOf.size > 1_000) numbersOf.clear();
    numbersOf.set(scope, (numbers = Object.freeze(scope.replace(/^scope /, '').split(','))));
  }
  return numbers;
}

const NO_NUMBERS: readonly string[] = Object.freeze([]);
const numbersOf = new Map<string, readonly string[]>();
