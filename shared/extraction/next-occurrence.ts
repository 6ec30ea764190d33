// The scanner asks "where is the next X from here?" from positions that mostly move forwards. An
// answer found once holds for every later position up to it, so it is kept: without that, a text
// with many starts and no end (`<a<a<a…`, `<script>` without `</script>`) is searched to its end
// from each start, and extraction turns quadratic.

/** The first index at or after a position where `find` matches, reusing the last answer while it holds. */
export class NextOccurrence {
  private text: string | null = null;
  private from = 0;
  private found = -1;

  constructor(private readonly find: (text: string, from: number) => number) {}

  in(text: string, from: number): number {
    const stillHolds = text === this.text && from >= this.from && (this.found < 0 || from <= this.found);
    if (!stillHolds) {
      this.text = text;
      this.from = from;
      this.found = this.find(text, from);
    }
    return this.found;
  }
}

/** The next match of `re` (global: it keeps its own `lastIndex`) from a position, as a NextOccurrence. */
export function nextMatch(re: RegExp): NextOccurrence {
  return new NextOccurrence((text, from) => {
    re.lastIndex = from;
    return re.exec(text)?.index ?? -1;
  });
}
