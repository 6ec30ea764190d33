// A figure and its translation qualified differently. Each language has its conventional words for
// a bound: 超过 / 超 / 逾 / 至少 / 多 / 余 / 以上 render `over`, `more than`, `at least`, `surpassed`,
// `40,000+`; 近 / 将近 / 接近 / 不到 / 不足 render `nearly`, `almost`, `close to`, `less than`,
// `smaller than`; 约 renders `about`, `around`, `an estimated`. A translation that says the bound in
// its own convention says the same, even where extraction reads the number bare (`no higher than
// 1.3`, `超⏎过` broken over a line, `至少比以前好 20%`) or reads it the wrong way (`no fewer than 30`).
// What disagrees is a bound against a bare number — the qualifier dropped or added in translation —
// or bounds pointing opposite ways (`近 5 万` against `over 50,000`).

import { direction } from './agreement';
import { inBase, type Placed } from './translated-pair';

type Said = 'up' | 'down' | 'about' | 'none';

/** Before an English number, words that bound it (negated comparatives first: `no fewer than` is at least). */
const EN_BEFORE: Array<[RegExp, Said]> = [
  [/\bno\s+(?:fewer|less|lower|smaller)\s+than\s+$|\bnot\s+less\s+than\s+$/i, 'up'],
  [/\bno\s+(?:more|higher|larger|greater|bigger)\s+than\s+$|\bnot\s+(?:more\s+than|exceeding)\s+$/i, 'down'],
  [/\b(?:over|more\s+than|above|in\s+excess\s+of|upwards\s+of|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|topp(?:ed|ing)|tops|at\s+least|beyond|(?:larger|greater|higher|bigger|longer)\s+than)\s+(?:the\s+|a\s+total\s+of\s+)?$/i, 'up'],
  [/\b(?:nearly|almost|close\s+to|approaching|just\s+(?:under|below|short\s+of)|under|below|(?:less|fewer|smaller|lower|shorter)\s+than|up\s+to)\s+(?:the\s+)?$/i, 'down'],
  [/\b(?:about|around|approximately|roughly|some|an?\s+estimated|estimated|est-\s*imated|estimat-\s*ed)\s+$/i, 'about'],
];
/** After an English number: `40,000+`, `10,000 or more`. */
const EN_AFTER = /^(?:\+|\s+(?:plus|or\s+more|and\s+(?:more|above|over))\b)/i;
/**
 * Before a Chinese number (spaces and line breaks left out): a word of two characters or more may
 * stand a few characters before it (`至少比以前好 20%`); 近, 超, 逾 only right before it (`近年来` is no bound).
 */
const ZH_BEFORE: Array<[RegExp, Said]> = [
  [/(?:不超过|不超過|不高于|不高於|不多于|不多於|不到|不足|少于|少於|低于|低於|将近|將近|接近)[^\d，。；、,;]{0,6}$|近$/, 'down'],
  [/(?:超过|超過|超出|多于|多於|高于|高於|不少于|不少於|不低于|不低於|至少)[^\d，。；、,;]{0,6}$|[超逾]$/, 'up'],
  [/(?:约|約|大约|大約|约为|約為)$/, 'about'],
];
const ZH_AFTER: Array<[RegExp, Said]> = [
  [/^(?:多|余|餘|以上|有余|有餘)/, 'up'],
  [/^(?:以下|以内|以內|不到)/, 'down'],
  [/^左右/, 'about'],
];

/** How far around a figure its qualifying words are looked for. */
const REACH = 24;
/** How far apart a bare figure and the same amount said with a bound stand to be one statement (a headline and its sentence). */
const RESTATED = 300;

/** The way a figure's words bound it in its language's convention, if they do. */
function wordsSay(p: Placed): Said | undefined {
  const { figure, doc } = p.at;
  const before = doc.text.slice(Math.max(figure.sentence.start, figure.start - REACH), figure.start);
  const after = doc.text.slice(figure.end, Math.min(figure.sentence.end, figure.end + REACH));
  if (/[\u3400-\u9fff]/.test(`${before.slice(-4)}${after.slice(0, 4)}`)) {
    const b = before.replace(/\s+/g, '');
    const a = after.replace(/\s+/g, '');
    return ZH_BEFORE.find(([words]) => words.test(b))?.[1] ?? ZH_AFTER.find(([words]) => words.test(a))?.[1];
  }
  return EN_BEFORE.find(([words]) => words.test(before))?.[1] ?? (EN_AFTER.test(after) ? 'up' : undefined);
}

/** The way a figure is bound: as its words say it, else as extraction reads its qualifier. */
function said(p: Placed): Said {
  const q = p.at.figure.qualifier;
  return wordsSay(p) ?? (q === 'about' ? 'about' : direction(q));
}

/**
 * How a figure and its translation (the same amount) disagree in their qualifiers: bounds pointing
 * opposite ways, `nearly` in one language only, or another bound (over, under) in one language only;
 * undefined when they agree. A bound in one language only is one extraction reads (over, nearly,
 * under: `高达`, `up to` are emphasis as often as bounds) against a number bare in its words too, and
 * not beside the same amount said with that bound in its own language (`不超过 10 秒` then a heading
 * `10 秒钟`: the bound's translation is the sentence's). `about` points nowhere and is held against neither.
 */
export function qualifierDisagreement(z: Placed, e: Placed, zh: readonly Placed[], en: readonly Placed[]): 'opposite' | 'nearly' | 'bound' | undefined {
  const [sz, se] = [said(z), said(e)];
  const bounds = (s: Said) => s === 'up' || s === 'down';
  if (bounds(sz) && bounds(se)) return sz !== se ? 'opposite' : undefined;
  if (sz !== 'none' && se !== 'none') return undefined;
  const [bound, bare, bareSide] = bounds(sz) ? [z, e, en] : bounds(se) ? [e, z, zh] : [];
  if (!bound || !bare || !bareSide) return undefined;
  const q = bound.at.figure.qualifier;
  if (q !== 'over' && q !== 'nearly' && q !== 'under') return undefined;
  const way = said(bound);
  const restated = bareSide.some((o) => o !== bare && o.at.doc === bare.at.doc && Math.abs(o.at.figure.start - bare.at.figure.start) <= RESTATED && inBase(o) === inBase(bare) && said(o) === way);
  if (restated) return undefined;
  return q === 'nearly' ? 'nearly' : 'bound';
}
