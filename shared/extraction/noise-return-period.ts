import type { Candidate } from './candidate';
import type { NoiseRule } from './noise';
import { skipGap } from './gaps';

// A return period says how rare an event a design withstands (`场地高于百年一遇洪水位`, `按五十年
// 一遇标准设防`, `a 1 in 100 year flood`, `a 1-in-200-year storm`): a setting of the design, as a
// scenario's assumptions are (GUIDELINES.md, "scientific constants or scenario settings"), not a
// quantity the report claims to have reached.

/** How far past the figure the rule reads. */
const LOOK_AHEAD = 12;

/** `百年⏎一遇`, `50年一遇`: the figure's years (or the number alone) and then `一遇`. */
const ZH_RETURN = /^年?一遇/;
/** `1 in 100` read as a ratio, then `year` (`1 in 100 year flood`, `1-in-100-year`). */
const EN_ONE_IN = /^(?:1|one)[\s-]+in[\s-]+(?:a[\s-]+)?$/i;
const EN_YEAR = /^[\s-]*years?\b/i;

function returnPeriod(text: string, c: Candidate): boolean {
  // cheap first: ZH_RETURN opens with 年 or 一, EN_ONE_IN with 1 or one
  const g = skipGap(text, c.end, 1);
  const next = text.charCodeAt(g);
  if ((next === 0x5e74 || next === 0x4e00) && ZH_RETURN.test(text.slice(g, c.end + LOOK_AHEAD))) return true;
  const first = text.charCodeAt(c.numStart);
  if (first !== 0x31 && (first | 0x20) !== 0x6f) return false;
  const head = text.slice(c.numStart, c.end);
  const cut = head.search(/\d+\s*$/);
  return cut > 0 && EN_ONE_IN.test(head.slice(0, cut)) && EN_YEAR.test(text.slice(c.end, c.end + LOOK_AHEAD));
}

export const RETURN_PERIOD_NOISE_RULES: NoiseRule[] = [{ name: 'return-period', drop: returnPeriod }];
