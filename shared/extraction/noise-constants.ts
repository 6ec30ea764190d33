import type { NoiseRule } from './noise';
import { wordAfter } from './context';
import { isWhiteSpace } from './cell-lines';
import { codeAt, normSlice } from './normalize';

// The constants a report's method applies are no claims of its own (GUIDELINES.md: "scientific
// constants or scenario settings"): a grid's emission factor (`全国电网平均排放因子0.5703吨二氧化碳/
// 兆瓦时`, `an emission factor of 0.233 kgCO2e/kWh`), a conversion coefficient (`折标系数1.229`), a
// gas's global warming potential (`a GWP of 28`). The number follows the constant's name. Nor is
// a typographic size (`set in 2 pt font`), whose `pt` is no percentage point.

const LOOK_BACK = 30;

const ZH_CONSTANT = /(?:排放|排碳|碳排|折算|折标|换算|转换)(?:因子|系数)(?:为|取|是|按)?\s*[:：]?\s*$|因子\s*[:：]?\s*$/;
const EN_CONSTANT = /\b(?:(?:emissions?|conversion|grid)\s+factors?|GWP|global warming potentials?)(?:\s+(?:of|is|was|=))?\s*[:=]?\s*$/i;

/** The last characters ZH_CONSTANT and EN_CONSTANT can end in before their trailing white space. */
const CONSTANT_END = new Set(Array.from('子数为取是按:：=rRsSpPlLfF', (ch) => ch.charCodeAt(0)));

export const CONSTANT_NOISE_RULES: NoiseRule[] = [
  {
    name: 'method-constant',
    drop: (text, c) => {
      const from = Math.max(0, c.start - LOOK_BACK);
      // cheap first: what the patterns end in, white space aside (a name's last letter, a verb, `:` or `=`)
      let k = c.start - 1;
      while (k >= from && isWhiteSpace(text.charCodeAt(k))) k--;
      if (k < from || !CONSTANT_END.has(codeAt(text, k))) return false;
      // read in simplified characters (`電力排碳係數0.495公斤CO2e/度`)
      const before = normSlice(text, from, c.start);
      return ZH_CONSTANT.test(before) || EN_CONSTANT.test(before);
    },
  },
  // a line's or a substation's voltage (`500千伏变电站`, `±800千伏特高压`) names its grade, as a
  // setting of the grid's design, not an amount a report claims
  { name: 'voltage-grade', kinds: ['measure'], drop: (_t, c) => c.unit === 'kV' },
  {
    name: 'typographic-size',
    drop: (text, c) => {
      if (c.unit !== 'pp' || !/(?:pt|point)$/i.test(text.slice(c.numEnd, c.end))) return false;
      const next = wordAfter(text, c.end);
      return (next !== null && TYPE_WORDS.has(next.word)) || /\b(?:font|type|point)\s+size\s+(?:of\s+)?$/i.test(text.slice(Math.max(0, c.start - LOOK_BACK), c.start));
    },
  },
];
const TYPE_WORDS = new Set(['font', 'fonts', 'type', 'typeface', 'rule', 'stroke', 'border', 'leading', 'bold', 'italic', 'serif', 'sans', 'thick']);
