// Where a figure stands across the checks, as one key: its document's name and where it starts (`figureId`). The rules
// over checks key what they have read or found by it (a failing check's figures, a figure already said, a pair already
// reported), and lists of figures or checks per key are built with `pushTo`.

/** A figure's place across the checks: its document's name and where it starts, as one key. */
export type FigureId = `${string}\u0000${number}`;

/** The place of the figure starting at `start` in the document named `doc`. */
export const figureId = (doc: string, start: number): FigureId => `${doc}\u0000${start}`;

/** The document name and start a figure's place holds, read back. */
export function partsOf(id: FigureId): { doc: string; start: number } {
  const cut = id.lastIndexOf('\u0000');
  return { doc: id.slice(0, cut), start: Number(id.slice(cut + 1)) };
}

/** Adds a value to the list a map holds under a key. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
