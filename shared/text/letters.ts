// Letter tests, each written once as a module constant: esbuild (tsx, and a node20 target) rewrites a `\p{…}`
// regex literal to `new RegExp(…)`, built again on every call of the function that holds it.

/** A letter anywhere. */
export const HAS_LETTER = /\p{L}/u;
/** Two letters in a row: words that name something. */
export const TWO_LETTERS = /\p{L}{2,}/u;
/** A letter first. */
export const OPENS_WITH_LETTER = /^\p{L}/u;
/** A lower-case letter first: words that go on from the line before. */
export const OPENS_LOWER = /^\p{Ll}/u;
