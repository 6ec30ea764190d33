// The marks a report opens a list item's line with, for every reader of lists (the metrics' clause
// ends, the consistency check's `其中：` breakdowns, the checks' list items).

/** A bullet or list dash, as a regular expression's character class: `•`, `·`, `●`, `▪`, `■`, `◆`, `◇`, `○`, `►`, `▶`, `‣`, `∙`, `*`, `–`, `—`, `-`. */
export const BULLET_CLASS = '[•·●▪■◆◇○►▶‣∙*–—-]';

/** What opens a list item after its indent, as a pattern's source: a bullet or an item's number, then a space (`• `, `- `, `2. `, `3) `). */
export const LIST_ITEM_MARK = `(?:${BULLET_CLASS}|\\d{1,2}[.)])[ \\t]`;
