import type { NoiseRule } from './noise';

// The bounds of groups a table or a sentence sorts people or things into (`< 35`, `35-49`, `≥ 50`
// years; `<30 岁 … 30-50 岁 … >50 岁`) are category labels, not claims (GUIDELINES.md): the claim is
// the share or count given for each group. One group alone could be a claim (`< 5%` of waste to
// landfill); a run of them is known by its bounds meeting: an open group below `A` beside a range
// from `A`, or a range to `B` beside an open group from `B` or `B + 1`. Read alike from a table's
// tab-separated cells and from the paragraph a PDF flattens them into.

/** How far apart two neighbouring groups' bounds may stand. */
const REACH = 24;
const BELOW = /[<≤‹]\s?$/;
const ABOVE = /[>≥›]\s?$/;

/** A group's bounds in digits: `A-B` / `A–B` / `A~B`. */
const RANGE = String.raw`(\d+)\s?[-–~]\s?(\d+)`;
/** A range at the start of `s`. */
const RANGE_AT = new RegExp(`^${RANGE}`);
/** A label that is one group's bounds and nothing else: `< 36`, `≥ 50`, `36 - 50` (list-rows.ts reads such labels). */
export const GROUP_LABEL = new RegExp(`^[<>≤≥‹›]\\s?\\d+$|^${RANGE}$`);

const isWhole = (v: number | undefined): v is number => v !== undefined && Number.isInteger(v);

/** Whether an open group bounded at `from` (`< A` below it, `≥ B` above it) stands in `window`. */
function openGroupIn(window: string, sign: RegExp, bounds: readonly number[]): boolean {
  for (const m of window.matchAll(/(\d+)/g)) {
    if (sign.test(window.slice(0, m.index)) && bounds.includes(Number(m[1]))) return true;
  }
  return false;
}

/** Whether a range `A-B` with `A` among `starts` or `B` among `ends` stands in `window`. */
function rangeIn(window: string, starts: readonly number[], ends: readonly number[]): boolean {
  for (let i = 0; i < window.length; i++) {
    const c = window.charCodeAt(i);
    if (c < 0x30 || c > 0x39 || (i > 0 && /\d/.test(window[i - 1]!))) continue;
    const m = RANGE_AT.exec(window.slice(i));
    if (m && (starts.includes(Number(m[1])) || ends.includes(Number(m[2])))) return true;
  }
  return false;
}

export const BUCKET_NOISE_RULES: NoiseRule[] = [
  {
    name: 'group-bound',
    scripts: ['arabic'],
    drop: (text, c) => {
      if (c.form.script !== 'arabic' || !isWhole(c.value)) return false;
      const before = text.slice(Math.max(0, c.numStart - REACH), c.numStart);
      const after = text.slice(c.numEnd, c.numEnd + REACH);
      if (isWhole(c.valueMax)) {
        // a range between two open groups: `< A` before it, `≥ B`/`> B` or `≥ B + 1` after it
        return openGroupIn(before, BELOW, [c.value]) || openGroupIn(after, ABOVE, [c.valueMax, c.valueMax + 1]);
      }
      if (BELOW.test(before)) return rangeIn(after, [c.value], []);
      if (ABOVE.test(before)) return rangeIn(before, [], [c.value, c.value - 1]);
      return false;
    },
  },
];
