import { cellEntries, figureEntry, prepareDocument, type Entry, type PreparedDocument } from './entries';
import { lowerBound } from '../text/lower-bound';
import type { EvidenceDocument } from './types';

// Evidence is indexed once and ranked many times: every entry (entries.ts) of every document, in
// the order of its value, so that a claim looks up only the values that could support it; and
// every word as a number with its weight (rarer words say more), so that comparing the words
// around two figures is a merge of two short sorted arrays.

/** An entry whose words are numbers into the index's vocabulary, sorted and without repeats. */
export interface IndexedEntry extends Omit<Entry, 'context' | 'metric' | 'neighbours'> {
  context: Int32Array;
  metric: Int32Array;
  neighbours: Float64Array;
}

export interface EvidenceIndex {
  documents: PreparedDocument[];
  entries: IndexedEntry[];
  /** Entry values in ascending order, and the entry each is. */
  values: Float64Array;
  order: Int32Array;
  vocabulary: Map<string, number>;
  /** Each word's weight: log(1 + entries / entries whose context has it). */
  weights: Float64Array;
}

export function buildEvidenceIndex(sources: readonly EvidenceDocument[]): EvidenceIndex {
  const documents = sources.map(prepareDocument);
  const raw: Entry[] = [];
  documents.forEach((prepared, doc) => {
    const { cells, figures, text } = prepared.source;
    const numberCells = (cells ?? []).filter((cell) => cell.value !== undefined);
    const cellStarts = Int32Array.from(numberCells, (cell) => cell.start);
    const inNumberCell = (start: number) => {
      const cell = numberCells[lowerBound(cellStarts, start + 1) - 1];
      return cell !== undefined && start < cell.end;
    };
    for (const figure of figures) if (cells === undefined || !inNumberCell(figure.start)) raw.push(figureEntry(doc, prepared, figure));
    if (cells !== undefined) raw.push(...cellEntries(doc, cells, text));
  });

  const vocabulary = new Map<string, number>();
  const counts: number[] = [];
  const ids = (words: readonly string[], count: boolean) => {
    const unique = new Set<number>();
    for (const word of words) {
      let id = vocabulary.get(word);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(word, id);
        counts.push(0);
      }
      unique.add(id);
    }
    if (count) for (const id of unique) counts[id]!++;
    return Int32Array.from(unique).sort();
  };
  const entries = raw.map((entry): IndexedEntry => ({
    ...entry,
    context: ids(entry.context, true),
    metric: ids(entry.metric, false),
    neighbours: Float64Array.from(new Set(entry.neighbours)).sort(),
  }));
  const weights = Float64Array.from(counts, (count) => Math.log(1 + entries.length / Math.max(1, count)));
  const order = Int32Array.from(entries.keys()).sort((a, b) => entries[a]!.stated.value - entries[b]!.stated.value);
  const values = Float64Array.from(order, (i) => entries[i]!.stated.value);
  return { documents, entries, values, order, vocabulary, weights };
}

/** Words as the index's numbers, sorted; words the index never saw cannot match and are left out. */
export function knownWords(index: EvidenceIndex, words: readonly string[]): Int32Array {
  const unique = new Set<number>();
  for (const word of words) {
    const id = index.vocabulary.get(word);
    if (id !== undefined) unique.add(id);
  }
  return Int32Array.from(unique).sort();
}
