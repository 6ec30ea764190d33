import { hasDecimal, hasSeparator, type Candidate } from './candidate';
import type { Around, NoiseRule } from './noise';
import { codeAt as code, isDigitCode, isLetterCode, isUpperCode } from './normalize';
import { charsAfter, gapBackAcrossWrap } from './context';
import type { Word } from './context';
import { skipGapBack } from './gaps';
import { afterNumberVerbCount, numberVerbBeforePart } from './number-verb';
import { EN_CODE_WORDS, PLACES, ZH_CODE_PREFIX, continuesCodeList, inIdiom } from './noise-words';
import { inBookTitle, inRankingOrDayName, inShortQuote, namedBySingular, namesBenefitPackage, opensEventName, opensQuotedSchemeName } from './names';

// Numbers that name or rank something rather than count it: a version (`Alipay 2.0`), an ordinal,
// a code after its word (`GRI 102`, `Top 10`, `Scope 1`), a number in the name of an event or a
// programme (`95公益周`, `99 Giving Day`, `10X1000科技普惠计划`), in a quoted name or a book title,
// and a set phrase written in digits (`24节气`, `世界500强`).

/** Whether a tab or a column's run of spaces stands between `from` and `to`: the number is in a cell of its own. */
const cellBoundary = (text: string, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x09 || (c === 0x20 && text.charCodeAt(k + 1) === 0x20)) return true;
  }
  return false;
};

/** A Chinese code word just before the number (`第`, `表`, `双11`), not one ending the cell before it (a unit column's `万双`). */
const prevZh = (text: string, c: Candidate): boolean | null => {
  const at = skipGapBack(text, c.start, 0);
  if (cellBoundary(text, at, c.start)) return null;
  const m = ZH_CODE_PREFIX.matchBackward(text, at);
  return m ? m.value : null;
};

/** How a version number is written: a whole part other than 0, one or two decimals. */
const VERSION_LIKE = /^[1-9]\d*\.\d{1,2}$/;
const ACRONYM = /^[A-Z]{2,}$/;

/** A decimal no version is written as (`1.247`, `0.21`) after an acronym is the acronym's measure (`PUE 1.247`, `LTIFR 0.21`), not a version (`TLS 1.2`). */
const measureAfterAcronym = (text: string, c: Candidate, w: Word): boolean =>
  hasDecimal(c) && (!VERSION_LIKE.test(text.slice(c.numStart, c.numEnd)) || PRIOR_PERIOD_AFTER.test(text.slice(c.end, c.end + 16))) && ACRONYM.test(text.slice(w.start, w.end));
/** `PUE 1.24（2023: 1.29）`: an earlier period's value in brackets after it; no version is compared so. */
const PRIOR_PERIOD_AFTER = /^ ?[(（](?:FY ?)?\d{2,4}(?:[/-]\d{2})?年? ?[:：]/;

/**
 * `on the Terminal 2 roof`, `from Building 3 last year`: one or two digits glued by a space to a
 * capitalised word in mid-sentence (a lower-case word before it; no acronym, no possessive) number
 * the terminal, building or plant the name is of; the word after them is no noun they count.
 */
function namedPlace(text: string, c: Candidate, a: Around): boolean {
  if (c.numEnd - c.numStart > 2 || code(text, c.start - 1) !== 0x20 || !isLetterCode(code(text, c.start - 2)) || !isDigitCode(code(text, c.numStart))) return false;
  if (c.reading.scaled || c.reading.currency || c.qualifier !== 'exact' || c.form.script !== 'arabic' || c.context.tableCell || c.form.separator) return false;
  const w = a.prevWord;
  if (w === null || !w.capitalized || c.start - w.end !== 1 || ACRONYM.test(text.slice(w.start, w.end))) return false;
  const before = code(text, w.start - 2);
  return code(text, w.start - 1) === 0x20 && before >= 0x61 && before <= 0x7a;
}

/**
 * A street's name after a house number (`18 Science Park Drive`, `1 Harbour Road`): capitalised
 * words, then the kind of street. The number is part of an address, no figure (GUIDELINES.md).
 */
const STREET_AFTER = /^ (?:[A-Z][a-z]+ ){1,3}(?:Road|Street|Drive|Avenue|Lane|Boulevard|Way|Place|Square|Crescent|Terrace|Close|Highway|Quay|Wharf|Parade|Rd|St|Ave)\b/;

const TIER_BEFORE = /tier-$/i;
const TIER_AFTER = /^-tier/i;

export const CODE_NOISE_RULES = {
  versionNumber: {
    name: 'version-number',
    kinds: ['none', 'noun'],
    drop: (text, c, a) => {
      // `1.0 Era of tool openness`, `3.0 Era`: a whole number written with `.0` before a capitalised word (not an acronym: `1.0 FTE`) names a stage
      if (c.kind === 'noun' && c.context.noun?.capitalized === true && !c.reading.scaled && /^\d+\.0$/.test(text.slice(c.numStart, c.numEnd)) && /^[A-Z][a-z]/.test(c.unit)) return true;
      if (c.kind !== 'none' || !hasDecimal(c) || c.reading.scaled || c.reading.currency) return false;
      const w = a.prevWord;
      if (w !== null && measureAfterAcronym(text, c, w)) return false;
      // a number a Markdown link sets off (`PUE [1.247](#)`) is a highlighted figure, no version of the word before it
      return w !== null && w.end === skipGapBack(text, c.start, 0) && w.capitalized && !cellBoundary(text, w.end, c.start) && !text.slice(w.end, c.start).includes('[');
    },
  },
  ordinal: { name: 'ordinal', kinds: ['ordinal', 'code'], drop: (_t, c) => c.kind === 'ordinal' || c.kind === 'code' },
  codeWordBefore: {
    name: 'code-word-before',
    drop: (text, c, a) => {
      // a code carries no scale word: `CASE 5 亿` is 500 million, `Top 10` is a rank; in Chinese
      // numerals 十, 百 and 千 are places of the number, not scale words (`前十大供应商` is a rank)
      const scaleWord = c.reading.scaled && c.end > c.numEnd && (c.form.script !== 'zh' || c.value >= 1e4);
      if (c.reading.currency || scaleWord) return false;
      const w = a.prevWord;
      // a code word in the cell before (`Employees\tnumber\t5,326`) labels the row; a code carries
      // no unit of measure (`We target 12 GW` is capacity, `Target 7` a code)
      const spaced = w !== null && !cellBoundary(text, w.end, c.start);
      if (w && spaced && c.kind !== 'measure' && EN_CODE_WORDS.has(w.word) && gapBackAcrossWrap(text, c.start) - w.end <= 1 && (w.word.length > 1 || code(text, w.end) === 0x2e)) {
        // "Top 10", "GRI 102", "No. 1" – but not "over 10" or a percentage after "Scope 1 emissions fell",
        // nor the verb `number` before a part of a whole ("directors now number 7 of our 12 board members")
        if (numberVerbBeforePart(text, c, w)) return false;
        return c.kind !== 'percent' || w.word === 'sdg';
      }
      // (`of Scope 1 and 2,358 tCO2e of Scope 2`: a measure written with a thousands separator continues no list of codes)
      return prevZh(text, c) === true || (continuesCodeList(text, c.start) && !afterNumberVerbCount(text, c.start) && !(c.kind === 'measure' && hasSeparator(c)));
    },
  },
  nameSuffix: {
    name: 'name-suffix',
    scripts: ['arabic'],
    kinds: ['noun'],
    drop: (text, c) => {
      // "95公益周", "10X1000科技普惠计划", "1688平台": a glued number naming an event, a programme or a platform
      if (c.form.script !== 'arabic' || c.reading.scaled || c.kind !== 'noun' || c.context.noun?.spaced === true) return false;
      const after = charsAfter(text, c.end, 5);
      // a place counted glued to the number (`在5国设立奖学金`) names a programme only with its suffix
      // right after it (`10城计划`)
      if (PLACES.test(after)) return PLACE_NAME.test(after);
      return /^(?:[\u4e00-\u9fff]{1,4}[周节日计划工程杯奖赛]|活动|大促|购物节|平台)/.test(after);
    },
  },
  // `99 Giving Day`: the English counterpart of `95公益周`
  eventName: { name: 'event-name', scripts: ['arabic'], kinds: ['noun'], drop: (text, c) => c.form.script === 'arabic' && !c.reading.scaled && c.kind === 'noun' && opensEventName(text, c.numEnd) },
  multiplierName: {
    name: 'multiplier-name',
    drop: (text, c) => {
      const next = code(text, c.numEnd);
      if (next === 0x58 || next === 0x78) return isDigitCode(code(text, c.numEnd + 1)); // 10X1000
      // the 1000 of `10×1000 Tech for Inclusion`: a second factor glued to the first names the programme
      // (one with a unit stays: `2×660MW 机组` states each unit's capacity)
      const before = code(text, c.numStart - 1);
      if ((before === 0xd7 || before === 0x58 || before === 0x78) && isDigitCode(code(text, c.numStart - 2))) return c.kind !== 'measure' && c.kind !== 'percent';
      // `1+N 碳账户体系`, `3+N 模式`: a number plus a letter standing for any count names a scheme
      if (next !== 0x2b) return false;
      return isUpperCode(code(text, c.numEnd + 1)) && !isLetterCode(code(text, c.numEnd + 2));
    },
  },
  streetAddress: {
    name: 'street-address',
    scripts: ['arabic'],
    kinds: ['noun'],
    drop: (text, c) => c.kind === 'noun' && !c.reading.scaled && !c.reading.currency && !hasDecimal(c) && c.numEnd - c.numStart <= 5 && STREET_AFTER.test(text.slice(c.numEnd, c.numEnd + 48)),
  },
  // `tier-four cities`, `a four-tier structure`: a tier is a category's name, as `third-tier` is
  tierLabel: {
    name: 'tier-label',
    scripts: ['en'],
    drop: (text, c) => c.form.script === 'en' && (TIER_BEFORE.test(text.slice(Math.max(0, c.start - 5), c.start)) || TIER_AFTER.test(text.slice(c.numEnd, c.numEnd + 5))),
  },
  quotedName: { name: 'quoted-name', scripts: ['arabic', 'zh'], drop: (text, c) => c.form.script !== 'en' && inShortQuote(text, c.start, c.end) },
  // `the “three hours of volunteer work per person per year” scheme`; `Five social insurances & one housing fund` (五险一金)
  schemeName: { name: 'scheme-name', drop: (text, c) => opensQuotedSchemeName(text, c.start, c.end) || namesBenefitPackage(text, c.numEnd) },
  // `Fortune 500 companies`, `FTSE 100`, `Double 11` (双11); `the 618 festival` (a count would say festivals)
  rankingOrDayName: {
    name: 'ranking-or-day-name',
    scripts: ['arabic', 'en'],
    drop: (text, c) =>
      c.form.script !== 'zh' && !c.reading.scaled && !c.reading.currency && c.kind !== 'percent' &&
      (inRankingOrDayName(text, c.start, c.value) || (c.kind === 'noun' && c.form.script === 'arabic' && namedBySingular(c.unit, c.value))),
  },
  bookTitle: { name: 'book-title', scripts: ['arabic', 'zh'], drop: (text, c) => c.form.script !== 'en' && inBookTitle(text, c.start) },
  // a set phrase written in digits too (`24节气`, `世界500强`)
  idiom: { name: 'idiom', drop: (text, c) => inIdiom(text, c.numStart) },
  capitalizedCode: {
    name: 'capitalized-code',
    scripts: ['arabic'],
    kinds: ['none', 'noun'],
    drop: (text, c, a) => {
      // "Alipay 2.0", "Windows 10": a capitalised word glued by one space to a bare number
      if (c.kind === 'noun' && namedPlace(text, c, a)) return true;
      if (c.kind !== 'none' || c.reading.scaled || c.reading.currency || c.qualifier !== 'exact' || c.form.script !== 'arabic' || c.context.tableCell) return false;
      // a cell after a tab (`Fatalities\t0`) is a value in its row, not a version
      const w = a.prevWord;
      if (w !== null && measureAfterAcronym(text, c, w)) return false;
      return w !== null && w.capitalized && c.start - w.end === 1 && code(text, w.end) !== 0x09 && isUpperCode(code(text, w.start)) && !c.form.separator;
    },
  },
} satisfies Record<string, NoiseRule>;

/** A place counted and a programme's suffix straight after it (`10城计划`, `5国联赛`): a name. */
const PLACE_NAME = /^.[周节日计划工程杯奖赛]/;
