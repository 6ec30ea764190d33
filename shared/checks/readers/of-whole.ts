// The whole an English share is said to be of, in the words after it: `58.6% of revenue`, `Natural gas, 20.7% of our
// energy, fell 8.9%`, `a quarter of our electricity, against …`, and a total the words do not name, `(23.7% of the total)`.
// One reading of `of …` for the share rules; they differ only in where they look for it (`OF_WHOLE`, `OF_WHOLE_IN`).
// (The metric readers name a share `share of …` with every word up to the clause's punctuation, `metric-en.ts`' SHARE_OF:
// a metric, not a whole to find a row or a total by, and a layer below the checks.)

/** Words between `of` and the whole that name none of it (`of our total sales`, `of all its sites`). */
const DETERMINERS = String.raw`(?:(?:our|the|its|their|all|total)\s+)*`;
/** A word of a whole (`electricity`, `Group's`, `non-hazardous`). */
const WORD = String.raw`[A-Za-z][A-Za-z'’-]*`;
/** Where a whole's words end: the clause's end, a bracket, or a word opening more (`of our energy, against …`, `of revenue in 2023`, `of sales and …`). */
const WHOLE_ENDS = String.raw`(?=$|[,.;:()]|\s(?:against|and|while|but|as|was|were|is|are|came|from|in|at|for|up|down)\b)`;

/** Right after a share (`% of our total sales`, ` per cent of revenue`, ` of revenue`): its whole's words, in group 1, as many as the clause says. */
export const OF_WHOLE = new RegExp(String.raw`^\s*(?:%|per\s*cent|percent)?\s+of\s+${DETERMINERS}(${WORD}(?:\s+${WORD})*?)\s*${WHOLE_ENDS}`, 'i');

/**
 * Anywhere in a share's words (`a quarter of our electricity, against …`): its whole's words, in group 1, one to three: words
 * read away from the share name its whole only when they are few.
 */
export const OF_WHOLE_IN = new RegExp(String.raw`\bof\s+${DETERMINERS}(${WORD}(?:\s+${WORD}){0,2}?)\s*${WHOLE_ENDS}`, 'i');

/** After a share, a total the words do not name (`(23.7% of the total)`, `91.9% of total.`), not `of the total workforce`. */
export const OF_THE_TOTAL = /^\s*of\s+(?:the\s+)?total\b(?!\s+[a-z])/i;
