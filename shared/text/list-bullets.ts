// The marks a report opens a list item's line with, for every reader of lists (the metrics' clause
// ends, the consistency check's `其中：` breakdowns).

/** A bullet or list dash, as a regular expression's character class: `•`, `·`, `●`, `▪`, `■`, `◆`, `◇`, `○`, `►`, `▶`, `‣`, `∙`, `*`, `–`, `—`, `-`. */
export const BULLET_CLASS = '[•·●▪■◆◇○►▶‣∙*–—-]';
