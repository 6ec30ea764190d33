// An English report names a metric once in full with its abbreviation in brackets (`Oil extraction
// rate (OER), %`, `fresh fruit bunches (FFB)`) and then by the abbreviation alone (`CPO production:
// 1,156,420 tonnes; OER 21.6%`). A figure whose metric is such an abbreviation is the same metric as
// one said in full, so consistency reads the abbreviation as the words it stands for.

import type { CheckDocument } from '../types';

/** An abbreviation as a metric: capitals alone. */
const ABBREVIATION = /^[A-Z]{2,6}$/;
/** Words followed by a bracketed abbreviation (`Oil extraction rate (OER)`). */
const DEFINED = /((?:[A-Za-z][A-Za-z-]*\s+){1,5}[A-Za-z][A-Za-z-]*)\s*\(([A-Z]{2,6})\)/g;

const read = new WeakMap<CheckDocument, Map<string, string>>();

/** The words a metric that is a defined abbreviation stands for, else the metric as given. */
export function spelledOut(doc: CheckDocument, metric: string | undefined): string | undefined {
  const bare = metric?.trim();
  if (bare === undefined || !ABBREVIATION.test(bare)) return metric;
  return definitions(doc).get(bare) ?? metric;
}

/** Each abbreviation the document defines, by the words whose initials spell it (read once per document). */
function definitions(doc: CheckDocument): Map<string, string> {
  let defined = read.get(doc);
  if (defined) return defined;
  defined = new Map();
  for (const [, words, abbreviation] of doc.text.matchAll(DEFINED)) {
    // the last words whose initials spell it: `our oil extraction rate` is `oil extraction rate`
    const list = words!.split(/\s+/);
    const full = list.slice(-abbreviation!.length);
    if (full.length === abbreviation!.length && full.every((w, i) => w[0]!.toUpperCase() === abbreviation![i]) && !defined.has(abbreviation!)) defined.set(abbreviation!, full.join(' '));
    else if (!defined.has(abbreviation!)) {
      const hyphenated = spelledWithHyphens(list, abbreviation!);
      if (hyphenated !== undefined) defined.set(abbreviation!, hyphenated);
    }
  }
  read.set(doc, defined);
  return defined;
}

/**
 * The last words whose initials spell an abbreviation when a hyphenated word gives one of each of its parts (`lost-time
 * incident rate` for LTIR, `Lost-Time Injury Frequency Rate` for LTIFR), one hyphenated word among them at least.
 */
function spelledWithHyphens(list: readonly string[], abbreviation: string): string | undefined {
  for (let n = 1; n <= list.length && n < abbreviation.length; n++) {
    const words = list.slice(-n);
    const initials = words.flatMap((w) => w.split('-').filter(Boolean).map((part) => part[0]!.toUpperCase())).join('');
    if (initials === abbreviation) return words.join(' ');
    if (initials.length > abbreviation.length) return undefined;
  }
  return undefined;
}
