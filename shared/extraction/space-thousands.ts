// Thousands parted by spaces (`1 246 800`, `412 600 m³`, `€ 4 365.2 million`), as the ESRS and
// many European reports set them. A document keeps one convention, so a space between digit groups
// is a thousands separator only in a text that writes no thousands comma and shows the spaced
// convention where nothing else could explain it: three groups or more, or a no-break space inside.
// Elsewhere `120 135 150` stays three cells of a row set one space apart.

/** A thousands comma anywhere (`1,234`, `11，700`, `8,41,250`). */
const THOUSANDS_COMMA = /\d[,，]\d{3}(?!\d)/;
/** A number of three space-parted groups, not itself the tail of a longer run of digits and spaces. */
const THREE_GROUPS = /(?<![\d.,]|\d )\d{1,3}(?: \d{3}){2,}(?![\d.,]\d| \d)/;
/** Digit groups parted by a no-break, narrow no-break or thin space, which separate no cells. */
const FIXED_SPACE_GROUP = /\d[\u00a0\u202f\u2009]\d{3}(?!\d)/;

/** Whether `text` groups thousands with spaces (read once per text, before the scan). */
export function groupsThousandsWithSpaces(text: string): boolean {
  return !THOUSANDS_COMMA.test(text) && (FIXED_SPACE_GROUP.test(text) || THREE_GROUPS.test(text));
}
