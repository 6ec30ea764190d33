import type { NoiseRule } from './noise';
import { isWhiteSpace } from './cell-lines';
import { isLetterCode } from './normalize';
import { textBeforeAcrossWrap } from './context';

// Numbers inside a definition are the criteria that make something count as a category, not
// results: a footnote's `“淘宝村”的认定标准主要包括：…年销售额达到1000万元；…活跃网店数量达到100家`,
// `“淘宝镇”是指一个乡镇的淘宝村大于或等于3个…超过3000万元`, or `an SME is defined as a firm with fewer
// than 250 employees` (GUIDELINES.md: thresholds and eligibility criteria are left out). Only a
// number a comparison introduces is one: `是指…` around a count that is stated plainly stays a figure.
// So is a limit a result is judged against (`within the regulatory allowance of 6.0%`), and a
// radius that bounds what is counted (`farms within 100 km of our factories`).

/** A comparison ending at most a few characters before the number, inside its clause (`达到当地家庭户数的10%`). */
const ZH_COMPARED = /(?:达到|大于|小于|等于|超过|高于|低于|多于|少于|不低于|不少于|不超过|不高于)[^，。；,;：:]{0,10}$/;
const EN_COMPARED = /\b(?:more|less|fewer|greater|higher|lower) than\s+(?:[A-Z]{1,3}\$?\s?)?$|\b(?:at least|at most|above|below|exceeding|over|under)\s+(?:[A-Z]{1,3}\$?\s?)?$/i;

/** Whether a last character of ZH_COMPARED's words (到, 于, 过) stands in `[from, to)` no more than its ten characters before `to`. */
function zhComparisonEndNear(text: string, from: number, to: number): boolean {
  for (let k = to - 1; k >= Math.max(from, to - 11); k--) {
    const c = text.charCodeAt(k);
    if (c === 0x5230 || c === 0x4e8e || c === 0x8fc7) return true;
  }
  return false;
}

/** The cue of a definition in the sentence before the number. */
const ZH_DEFINES = /认定标准|评定标准|界定标准|是指|指的是|定义为|界定为|认定为/;
const EN_DEFINES = /\b(?:is|are) defined as\b|\bdefined as\b|\brefers? to\b|\bcriteria\b/i;

const REACH = 240;

/** Where the number's sentence starts: after the last full stop or blank line within reach. */
function sentenceStart(text: string, start: number): number {
  const from = Math.max(0, start - REACH);
  for (let k = start - 1; k >= from; k--) {
    const ch = text.charCodeAt(k);
    if (ch === 0x3002 || ch === 0xff01 || ch === 0xff1f) return k + 1; // 。！？
    if (ch === 0x0a && text.charCodeAt(k - 1) === 0x0a) return k + 1;
    if (ch === 0x2e && (text.charCodeAt(k + 1) === 0x20 || text.charCodeAt(k + 1) === 0x0a) && !(text.charCodeAt(k - 1) >= 0x30 && text.charCodeAt(k - 1) <= 0x39)) return k + 1;
  }
  return from;
}

/** `for a member with a `, `each household with an `: one of a kind, then what it has, ending before the figure. */
const HOLDER_WITH = /\b(?:a|an|each|every|any)\s+[a-z][a-z-]+\s+with\s+an?\s+$/i;
/** A lower-case word right after the figure (`balance`, `income`): the noun the amount sizes. */
const NOUN_AFTER = /^ [a-z]{2}/;

/** `within the regulatory allowance of`, `below the consent limit of`: a limit a result is judged against. */
const LIMIT_JUDGED_AGAINST = /\b(?:within|below|under|inside|against)\s+(?:the|our|its|their|a|an)\s+(?:[a-z-]+\s+){0,2}(?:allowance|limit|threshold|cap)\s+of\s*$/i;

export const DEFINITION_NOISE_RULES: NoiseRule[] = [
  {
    name: 'definition-criterion',
    drop: (text, c) => {
      // cheap first: a comparison right before the number; the patterns only after a character
      // their ends need (an English comparison ends in a space, a letter or `$`)
      const from = Math.max(0, c.start - 16);
      const near = text.slice(from, c.start);
      const zh = c.form.script !== 'en' && zhComparisonEndNear(text, from, c.start) && ZH_COMPARED.test(near);
      const last = text.charCodeAt(c.start - 1);
      if (!zh && !((isWhiteSpace(last) || isLetterCode(last) || last === 0x24) && EN_COMPARED.test(near))) return false;
      const sentence = text.slice(sentenceStart(text, c.start), c.start);
      return (zh ? ZH_DEFINES : EN_DEFINES).test(sentence);
    },
  },
  {
    name: 'limit-judged-against',
    // `network losses were 5.6% …, within the regulatory allowance of 6.0%`: the allowance is the
    // criterion the result meets, no result of its own
    drop: (text, c, a) => a.prevWord?.word === 'of' && limitOfBefore(text, c.start) && LIMIT_JUDGED_AGAINST.test(text.slice(Math.max(0, c.start - 60), c.start)),
  },
  {
    name: 'limit-sized',
    // `within the 50% limit set by the Monetary Authority`, `below the 10 mg/L threshold`, `below the 0.5
    // lice per fish that the authorities allow`: the size of a limit a result is judged against names
    // the limit, no result of its own
    drop: (text, c, a) => {
      if (!LIMIT_DETERMINERS.has(a.prevWord?.word ?? '') || !JUDGED_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start))) return false;
      const after = text.slice(c.end, c.end + 80);
      return LIMIT_AFTER.test(after) || LIMIT_ALLOWED.test(after);
    },
  },
  {
    name: 'subset-criterion',
    // `31% of our stations with over 100,000 passengers a day`, `the share of households with more
    // than 2 cars`: the comparison after a share's `of … with` says which of a set are meant, no result
    drop: (text, c, a) => {
      // cheap first: the letter the comparison ends in (`over`, `than`, `least`, `above`, `below`)
      let g = c.start;
      while (g > 0 && isWhiteSpace(text.charCodeAt(g - 1))) g--;
      const last = text.charCodeAt(g - 1);
      if (last !== 0x72 && last !== 0x6e && last !== 0x74 && last !== 0x65 && last !== 0x77) return false;
      const w = a.prevWord;
      if (w === null || !SUBSET_COMPARISON_END.has(w.word)) return false;
      return SUBSET_OF_WITH.test(textBeforeAcrossWrap(text, c.start, 80));
    },
  },
  {
    name: 'size-of-a-class',
    // `an internal carbon price to investments of more than ¥1 billion`, `required for projects above
    // 10 MW`: a preposition's plural noun sized by a comparison names which are meant, a criterion;
    // `we made investments of more than ¥1 billion` (a verb's object) stays a figure
    drop: (text, c, a) => {
      const w = a.prevWord;
      if (w === null || !SUBSET_COMPARISON_END.has(w.word)) return false;
      return CLASS_SIZED.test(textBeforeAcrossWrap(text, c.start, 80));
    },
  },
  {
    name: 'example-holder',
    // `total fees for a member with a A$50,000 balance were A$412`: what a one-of-a-kind holder has names
    // the example a result is worked for, a setting; `the Fund ended with a A$2bn surplus` stays a figure
    drop: (text, c, a) => {
      const w = a.prevWord?.word;
      if ((w !== 'a' && w !== 'an') || !NOUN_AFTER.test(text.slice(c.end, c.end + 3))) return false;
      return HOLDER_WITH.test(textBeforeAcrossWrap(text, c.start, 40));
    },
  },
  {
    name: 'radius-of-a-count',
    // `Half of our dairy comes from farms within 100 km of our factories`: the distance says which
    // farms are counted, a criterion; `we laid 100 km of fibre` or `within 2 years` stay as they are
    drop: (text, c, a) => DISTANCES.has(c.unit) && a.prevWord?.word === 'within' && RADIUS_FROM.test(text.slice(c.end, c.end + 12)),
  },
];

/**
 * Whether `allowance`, `limit`, `threshold` or `cap`, then `of`, end the text before `i` (white space
 * between and after): how LIMIT_JUDGED_AGAINST ends, tested before its pattern is tried at every
 * position of the words before.
 */
function limitOfBefore(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && isWhiteSpace(text.charCodeAt(k - 1))) k--;
  if (k < 2 || (text.charCodeAt(k - 1) | 0x20) !== 0x66 || (text.charCodeAt(k - 2) | 0x20) !== 0x6f) return false;
  const of = k - 2;
  k = of;
  while (k > 0 && isWhiteSpace(text.charCodeAt(k - 1))) k--;
  if (k === of) return false;
  let s = k;
  while (s > 0 && isLetterCode(text.charCodeAt(s - 1))) s--;
  return LIMIT_WORDS.has(text.slice(s, k).toLowerCase());
}
const LIMIT_WORDS: ReadonlySet<string> = new Set(['allowance', 'limit', 'threshold', 'cap']);
const LIMIT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'its', 'their']);
/** A limit named after its size, two words between at most (`50% limit`, `10 mg/L discharge threshold`). */
const LIMIT_AFTER = /^\s+(?:[A-Za-z/-]+\s+){0,2}(?:limit|cap|ceiling|threshold|allowance)s?\b/i;
/** A size, then what is allowed to that size (`0.5 adult female lice per fish that the authorities allow`, `that the licence permits`; what we allow ourselves is a target). */
const LIMIT_ALLOWED = /^\s+(?:[A-Za-z/-]+\s+){0,6}(?:that|which)\s+(?!we\b)(?:(?:the|its|their)\s+)?(?:[A-Za-z-]+\s+){0,2}(?:allow|permit|stipulate|prescribe|mandate)s?\b/i;
/** A result's place against the limit, then its determiner: `within the`, `below our`, `exceeding the`. */
const JUDGED_BEFORE = /\b(?:within|below|under|inside|against|above|beyond|exceed(?:s|ed|ing)?|breach(?:es|ed|ing)?)\s+(?:the|our|its|their|a|an)\s*$/i;

/** The last word of a comparison before a number (`over`, `more than`, `at least`, `fewer than`). */
const SUBSET_COMPARISON_END: ReadonlySet<string> = new Set(['over', 'than', 'least', 'under', 'above', 'below']);
/**
 * `31% of our stations with over`, `the share of households with more than`: a share of a set, then the
 * criterion picking its members (`dozens of NGOs with more than 200 projects` counts the projects).
 */
const SUBSET_OF_WITH = /(?:%|\b(?:share|proportion|percentage|number|half|majority))\s+of\s+(?:our|the|its|their|all|those)?\s*(?:[a-z-]+\s+){0,2}[a-z-]+s\s+with\s+(?:over|more than|fewer than|less than|at least|under|above|below)\s*$/i;

/** `to investments of more than`, `for projects above`: a preposition, a plural noun (two words before it at most), its size compared. */
const CLASS_SIZED = /\b(?:to|for|on)\s+(?:all\s+|any\s+|new\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+s\s+(?:(?:of|worth|valued at)\s+)?(?:over|more than|at least|above)\s*$/i;

const DISTANCES: ReadonlySet<string> = new Set(['km', 'mi', 'm']);
/** What follows a radius: the place it is measured from (`of our factories`, `from a store`, `radius of`). */
const RADIUS_FROM = /^\s*(?:radius\s+)?(?:of|from|around)\s/i;
