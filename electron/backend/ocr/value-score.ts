/**
 * How well the figures read from a document match a gold list, as values: each gold value is
 * matched at most once by an equal value read (relative difference under a millionth).
 * Recall is the share of gold values found, precision the share of values read that are gold.
 * For measuring OCR against the gold of the passage a scan was made from.
 */
export interface ValueScore {
  gold: number;
  read: number;
  matched: number;
  recall: number;
  precision: number;
  /** Gold values not read, and values read that are not gold. */
  missed: number[];
  extra: number[];
}

export function scoreValues(gold: readonly number[], read: readonly number[]): ValueScore {
  const unmatched = [...gold];
  const extra: number[] = [];
  for (const value of read) {
    const at = unmatched.findIndex((candidate) => Math.abs(candidate - value) <= 1e-6 * Math.max(1, Math.abs(candidate)));
    if (at >= 0) unmatched.splice(at, 1);
    else extra.push(value);
  }
  const matched = gold.length - unmatched.length;
  return {
    gold: gold.length,
    read: read.length,
    matched,
    recall: gold.length === 0 ? 1 : matched / gold.length,
    precision: read.length === 0 ? 1 : matched / read.length,
    missed: unmatched,
    extra,
  };
}

/** The values of a gold file's lines (JSON lines with a `value`). */
export function goldValues(jsonl: string): number[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { value: number }).value);
}
