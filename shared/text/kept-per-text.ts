/**
 * `read` of a whole text, kept for the last `count` texts asked: a document's figures are asked about one
 * after another, and checks across an engagement ask of its documents in turn (restatements, agreement,
 * bilingual), so one text kept would be read again on each turn. Kept by the text itself, newest first;
 * what `read` gives may be filled in later by its caller (a map of what was looked up), as it belongs to
 * that text alone.
 */
export function keptPerText<T>(read: (text: string) => T, count = 8): (text: string) => T {
  const kept: Array<{ text: string; value: T }> = [];
  return (text) => {
    for (const entry of kept) if (entry.text === text) return entry.value;
    if (kept.length === count) kept.pop();
    const value = read(text);
    kept.unshift({ text, value });
    return value;
  };
}
