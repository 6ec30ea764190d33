// Thousands parted by spaces (`1 246 800`, `412 600 m³`, `€ 4 365.2 million`), as the ESRS and
// many European reports set them. A document keeps one convention, so a space between digit groups
// is a thousands separator only in a text that writes no thousands comma (or a stray few among many
// more spaced groups) and shows the spaced
// convention where nothing else could explain it: three groups or more, a no-break space inside, an
// amount of two groups before its scale word (`R4 862 million`), or a table row of two such numbers
// between column gaps (`6 842       7 316`), which no row of cells set one space apart would give.
// Elsewhere `120 135 150` stays three cells of a row set one space apart.

/** A thousands comma anywhere (`1,234`, `11，700`, `8,41,250`). */
const THOUSANDS_COMMA = /\d[,，]\d{3}(?!\d)/;
/** A number of three space-parted groups, not itself the tail of a longer run of digits and spaces. */
const THREE_GROUPS = /(?<![\d.,]|\d )\d{1,3}(?: \d{3}){2,}(?![\d.,]\d| \d)/;
/** Digit groups parted by a no-break, narrow no-break or thin space, which separate no cells. */
const FIXED_SPACE_GROUP = /\d[\u00a0\u202f\u2009]\d{3}(?!\d)/;

/** Two space-parted groups before a scale word: `4 862 million`, not after another number (`2023 1 200 million`). */
const SPACED_AMOUNT = /(?<![\d.,]|\d )\d{1,3} \d{3}(?:\.\d+)? ?(?:million|billion|thousand|mn|bn)\b/i;
/** Two numbers of two space-parted groups each, cells of one row between column gaps. */
const SPACED_CELLS = /(?:^|\t| {2})\d{1,3} \d{3}(?:\.\d+)?(?:\t| {2})[ \t]*\d{1,3} \d{3}(?:\.\d+)?(?![\d.,]| \d)/m;

/** Every thousands comma, and every pair of digit groups parted by a space of any width. */
const THOUSANDS_COMMAS = new RegExp(THOUSANDS_COMMA.source, 'g');
const SPACE_GROUPS = /(?<![\d.,])\d{1,3}[ \u00a0\u202f\u2009]\d{3}(?![\d,]|\.\d{3})/g;
/** A spaced text may let a few thousands commas slip in, each outweighed by more than four spaced groups. */
const STRAY_COMMAS = 5;
const SPACED_PER_COMMA = 4;

/** Whether `text` groups thousands with spaces (read once per text, before the scan). */
export function groupsThousandsWithSpaces(text: string): boolean {
  // commas counted only as far as the answer needs: a comma text may hold thousands of them
  let commas = 0;
  THOUSANDS_COMMAS.lastIndex = 0;
  while (THOUSANDS_COMMAS.exec(text)) if (++commas > STRAY_COMMAS) return false;
  if (commas > 0 && (text.match(SPACE_GROUPS)?.length ?? 0) <= SPACED_PER_COMMA * commas) return false;
  return FIXED_SPACE_GROUP.test(text) || THREE_GROUPS.test(text) || SPACED_AMOUNT.test(text) || SPACED_CELLS.test(text);
}
