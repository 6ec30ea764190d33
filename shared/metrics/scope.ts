// The boundary a figure covers, where a report names it: GHG scopes (`范围1`, `Scope 1, 2 and 3`,
// `范围3+`). Scope 1 emissions and total emissions are different metrics even when their words
// overlap, so sums pair a total with its scoped parts and consistency never groups two scopes.

// Chinese reports number scopes in digits or numerals (`范围一`, `范围二`).
const SCOPE = /(?:范围|範圍|scope)\s*([1-3一二三](?:\s*\+)?(?:\s*(?:[,，、]|和|及|与|與|and|&)\s*(?:范围|範圍|scope)?\s*[1-3一二三](?:\s*\+)?)*)/gi;
const NUMERAL: Record<string, string> = { 一: '1', 二: '2', 三: '3' };

/** Scopes named in `text[from, to)`, each as `scope 1` or `scope 1,2,3`, with where they stand. */
export function scopesIn(text: string, from: number, to: number): { scope: string; start: number; end: number }[] {
  const out: { scope: string; start: number; end: number }[] = [];
  const slice = text.slice(from, to);
  if (!slice.includes('范围') && !slice.includes('範圍') && !/scope/i.test(slice)) return out;
  for (const m of slice.matchAll(SCOPE)) {
    const numbers = m[1]!.match(/[1-3一二三]\s*\+?/g)!.map((n) => n.replace(/\s+/g, '').replace(/[一二三]/, (c) => NUMERAL[c]!));
    out.push({ scope: `scope ${numbers.join(',')}`, start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

/** The scope nearest the figure at `start` within `[from, to)`: before it first, then after. */
export function scopeOf(text: string, from: number, to: number, start: number): string | undefined {
  const scopes = scopesIn(text, from, to);
  const before = scopes.filter((s) => s.end <= start);
  return (before.at(-1) ?? scopes.find((s) => s.start >= start))?.scope;
}

/** The scope numbers of `scope 1,2,3`. */
export function scopeNumbers(scope: string | undefined): string[] {
  return scope ? scope.replace(/^scope /, '').split(',') : [];
}
