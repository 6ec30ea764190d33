import type { TextRun } from './pdf-geometry';
import { NUMBERS_PER_ITEM, type PackedTextItems } from './pdf-text-packing';

/**
 * Ascent and descent as shares of the font size, for a box around the glyphs (the fixtures' fonts
 * give none). Measured against rendered ink: Latin glyphs sit in 0.8 above / 0.2 below the
 * baseline, CJK and full-width glyphs fill their em box higher, 0.88 / 0.12.
 */
const LATIN_EXTENT = { ascent: 0.8, descent: 0.2 };
const CJK_EXTENT = { ascent: 0.88, descent: 0.12 };
const CJK_OR_FULL_WIDTH = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * pdf.js text items as runs in page coordinates with the origin at the top left, through the page's
 * viewport transform at scale 1 (which also applies the crop box and the page's rotation).
 */
export function textRuns(parts: readonly PackedTextItems[], viewport: readonly number[]): TextRun[] {
  const [va, vb, vc, vd, ve, vf] = viewport as [number, number, number, number, number, number];
  const runs: TextRun[] = [];
  // A run per glyph on CJK pages (hundreds of thousands in a report): no arrays made per run.
  for (const { text, ends, numbers } of parts) {
    for (let item = 0; item < ends.length; item++) {
      const str = text.slice(item === 0 ? 0 : ends[item - 1], ends[item]);
      if (str.length === 0) continue;
      const at = item * NUMBERS_PER_ITEM;
      const a = numbers[at]!;
      const b = numbers[at + 1]!;
      const c = numbers[at + 2]!;
      const d = numbers[at + 3]!;
      const e = numbers[at + 4]!;
      const f = numbers[at + 5]!;
      const width = numbers[at + 6]!;
      const advance = Math.hypot(a, b) || 1;
      const size = Math.hypot(c, d) || advance;
      // Unit vectors along the baseline and up the glyphs.
      const ux = a / advance;
      const uy = b / advance;
      const upx = c / size;
      const upy = d / size;
      const { ascent, descent } = CJK_OR_FULL_WIDTH.test(str) ? CJK_EXTENT : LATIN_EXTENT;
      // The four corners of the run's box, through the viewport; the box is their bounding box.
      let x0 = Infinity;
      let x1 = -Infinity;
      let top = Infinity;
      let bottom = -Infinity;
      for (let end = 0; end < 2; end++) {
        const along = end === 0 ? 0 : width;
        for (let side = 0; side < 2; side++) {
          const up = side === 0 ? -descent * size : ascent * size;
          const x = e + ux * along + upx * up;
          const y = f + uy * along + upy * up;
          const px = va * x + vc * y + ve;
          const py = vb * x + vd * y + vf;
          x0 = Math.min(x0, px);
          x1 = Math.max(x1, px);
          top = Math.min(top, py);
          bottom = Math.max(bottom, py);
        }
      }
      runs.push({
        text: unifyLookAlikes(str),
        x0,
        x1,
        top,
        bottom,
        baseline: vb * e + vd * f + vf,
        size: size * Math.hypot(vc, vd),
      });
    }
  }
  return runs;
}

/**
 * Characters fonts give under a look-alike code point, as the characters the text means.
 * CJK fonts often map common ideographs to the look-alike Kangxi radicals (U+2F00–U+2FD5) or CJK
 * radical supplements (U+2E80–U+2EF3): `⼈` for `人`, `⻓` for `长`. Searching or extracting
 * figures needs the ideographs, so each is replaced by its ideograph (one UTF-16 unit for one).
 */
export function unifyLookAlikes(text: string): string {
  if (!LOOK_ALIKE.test(text)) return text;
  return text.replace(LOOK_ALIKES, (char) => DASHES.get(char) ?? RADICAL_SUPPLEMENT.get(char) ?? KANGXI_OVERRIDES.get(char) ?? char.normalize('NFKC'));
}

const LOOK_ALIKE = /[\u2e80-\u2fdf\u2012\u2e3a\u2e3b]/;
const LOOK_ALIKES = /[\u2e80-\u2fdf\u2012\u2e3a\u2e3b]/g;

/**
 * Dashes fonts give under another code point: the figure dash for the en dash of a range (`10‒15`),
 * the two- and three-em dashes for the two em dashes Chinese text writes (`——`).
 */
const DASHES = new Map([
  ['\u2012', '\u2013'],
  ['\u2e3a', '\u2014\u2014'],
  ['\u2e3b', '\u2014\u2014\u2014'],
]);

/** Where NFKC gives the traditional form but simplified-Chinese fonts draw the simplified one. */
const KANGXI_OVERRIDES = new Map([['\u2f3e', '户']]);

/** The simplified-Chinese radical supplements, which NFKC leaves alone (Unicode's EquivalentUnifiedIdeograph). */
const RADICAL_SUPPLEMENT = new Map(
  [
    '⺁厂', '⺄乙', '⺅亻', '⺆冂', '⺉刂', '⺊卜', '⺌小', '⺎兀', '⺐尢', '⺒巳', '⺓幺', '⺖忄', '⺗心', '⺘扌',
    '⺙攵', '⺛旡', '⺝月', '⺟母', '⺠民', '⺡氵', '⺢氺', '⺣灬', '⺤爫', '⺦丬', '⺧牛', '⺨犭', '⺩王', '⺪疋',
    '⺫目', '⺬示', '⺭礻', '⺮竹', '⺯糹', '⺰纟', '⺱罓', '⺲罒', '⺳网', '⺶羊', '⺹耂', '⺺肀', '⺻聿', '⺼肉',
    '⺽臼', '⺾艹', '⻁虎', '⻂衤', '⻃覀', '⻄西', '⻅见', '⻆角', '⻈讠', '⻉贝', '⻊足', '⻋车', '⻌辶', '⻏阝',
    '⻐钅', '⻑長', '⻒镸', '⻓长', '⻔门', '⻖阝', '⻗雨', '⻘青', '⻙韦', '⻚页', '⻛风', '⻜飞', '⻝食', '⻟飠',
    '⻠饣', '⻢马', '⻣骨', '⻤鬼', '⻥鱼', '⻦鸟', '⻧卤', '⻨麦', '⻩黄', '⻪黾', '⻫斉', '⻬齐', '⻭歯', '⻮齿',
    '⻯竜', '⻰龙', '⻱龜', '⻲亀', '⻳龟',
  ].map((pair) => [pair[0]!, pair[1]!] as const),
);
