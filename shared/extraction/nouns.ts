import { NORM, isCjkCode, isDigitCode, isLetterCode, isNewlineCode, isSpaceCode, isUpperCode } from './normalize';

// The counted noun of a count: the `unit` an auditor reads beside `20 million` or `30.5万`.
//
// The convention, read off every unit of the dev gold (../shared/eval/dev/gold/*.jsonl):
//
// Chinese
// - A measure word, when there is one, is the unit (`150 个国家` → 个, `3.6 万名` → 名,
//   `65,000人次` → 人次); that is the unit table's job (units.ts), tried before this module.
// - Otherwise the noun phrase right after the number or scale, as written, modifiers included
//   (`30.5万视障用户` → 视障用户, `900 万活跃商户` → 活跃商户, `千万中小微企业创业者`,
//   `11 万乡村主播`, `六大安全能力` → 安全能力), ending before a function character, punctuation
//   or a verb (`…视障用户提供了服务` → 视障用户, `…活跃商户通过…` → 活跃商户,
//   `…安全能力获得…` → 安全能力). Verbs are a table of common two-character verbs, not a
//   dictionary of nouns.
// - A descriptive modifier joined by 的 is left out: the head follows 的
//   (`数十亿实际有效的SKU` → SKU).
//
// English
// - The counted noun phrase as written, adjectives and noun modifiers included (`mobile Internet
//   users`, `online payment users`, `third party mini programs`, `life and government services`,
//   `medical practitioners`, `chain stores`, `dishonest debtors`), up to a verb, a preposition,
//   an adverb or punctuation (`398 million Internet users ordered …` → Internet users).
//   A participle or gerund after a plural noun ends it (`users ordered`, `users using`); an
//   adverb anywhere (`directly`).
// - The plural head closes the phrase (`users worldwide` → users, `people travel` → people);
//   `and` joins modifiers before it (`life and government services`), never heads
//   (`users and merchants` → users).
// - A phrasal compound adjective (`brick-and-mortar businesses`) is left out: businesses.
// - Measure nouns stay (`several hundred pairs of shoes` → pairs, `three sets of property` →
//   sets, `60 pieces` → pieces), but an empty classifier before `of` is skipped
//   (`tens of thousand pieces of messages` → messages).
// - After a vague plural, the noun follows `of` (`Hundreds of medical practitioners`,
//   `millions of people`, `hundreds of thousands of overseas Chinese`); after any number, a
//   partitive with a possessive (`100 of our employees` → employees), never a pronoun
//   (`7,000 of them`).
// - Letter-spaced PDF text is read as words (`d i s h o n e st  d e b t o r s` → dishonest debtors)
//   when a double space still separates them; otherwise an empty unit rather than a wrong one.
// - A title-case caption (`20 Million User`, a line of its own) is lower-cased and, for a count
//   other than one, put in the plural (→ users), as in running text.

const code = (text: string, i: number): number => (i >= 0 && i < text.length ? NORM[text.charCodeAt(i)]! : -1);

// ------------------------------------------------------------------ Chinese

/** Characters that never belong to a counted noun: particles, conjunctions, prepositions, adverbs. */
const ZH_STOP_CHARS = new Set(
  Array.from('的和与及或、，。；：！？在是为了以于从到至对将被把让使由也都就还而且并等内外上下前后里间着已均每即仍又再才这那此之', (c) => c.charCodeAt(0)),
);

const pair = (a: number, b: number): number => (a << 16) | b;
const pairsOf = (words: string): Set<number> => new Set(words.split(' ').map((w) => pair(w.charCodeAt(0), w.charCodeAt(1))));

/** Common two-character verbs (and adverbs) that end a counted noun (`视障用户提供了服务`). */
const ZH_VERB_WORDS = pairsOf(
  '通过 提供 获得 获取 参与 参加 实现 进行 使用 利用 享受 享有 受益 获益 受到 得到 加入 完成 开展 覆盖 带动 创造 ' +
    '接受 注册 入驻 来自 分布 遍布 购买 捐赠 捐款 产生 减少 节约 节省 帮助 支持 成为 拥有 包括 包含 涵盖 累计 共计 ' +
    '总计 合计 达到 超过 已经 正在 借助 依托 选择 开通 开设 发布 上线 主动 积极 共同 一起 同时 纷纷 持续 接入 加盟 ' +
    '签约 报名 访问 学习 培训 解决 得以 可以 能够 需要 表示 认为 发现 进入 走出 走进 来到 回到 参观 体验 感受 申请 ' +
    '领取 收到 贡献 种下 种植 种了 捐出 募集 募得 筹集 投入 投资 建立 建成 建设 打造 推出 推动 推进 提升 提高 增加 ' +
    '增长 下降 降低 保障 保护 服从 位于 分别 均为 约为 占比 相当 共有 还有 仍有 已有 都有 完成 落地 在线 首次 通常 ' +
    '直接 间接 因此 从而 进而 以及 其中 当中 之中 左右 以上 以下 以内 不等 介绍 捐助 资助 帮扶 助力 全面 找到 遇到 看到 ' +
    '听到 想到 用于 用来 属于 来源 位列 排名 入选 进一 同比 环比',
);

/** A verb followed by 者 is an agent noun (`参与者`, `使用者`, `获得者`), not a verb. */
const ZHE = '者'.charCodeAt(0);

/** Descriptive words that, before 的, make a modifier rather than the counted noun (`实际有效的SKU`). */
const ZH_MODIFIER_WORDS = pairsOf(
  '实际 真实 有效 优质 不同 各类 各种 多种 丰富 全新 独特 稳定 良好 免费 正版 合格 可靠 多样 高效 安全 健康 绿色 ' +
    '新型 新增 优秀 专业 完整 可用 可信 真正 活跃 潜在 广泛 重要 主要 相关 具体 特定 全部 所有 大量 众多 无数',
);

const DE = '的'.charCodeAt(0);
const JI = '计'.charCodeAt(0);

/** Places counted with no measure word (`30国`, `12省`), and the characters that make them a longer noun (`国家`, `省份`). */
const ZH_PLACE_COUNTERS = new Map(
  (
    [
      ['国', '家际内外企有营货民产'],
      ['省', '份级市区内外'],
    ] as const
  ).map(([c, rest]) => [c.charCodeAt(0), new Set(Array.from(rest, (r) => r.charCodeAt(0)))]),
);

/** Single characters that are verbs, never a counted noun on their own. */
const ZH_VERB_CHARS = new Set(Array.from('计达获让给向帮带用做使令', (c) => c.charCodeAt(0)));

/** Verbs that, first in the noun, qualify it (`200 万注册用户`, `签约商户`, `入驻商家`). */
const ZH_ATTRIBUTIVE_VERBS = pairsOf('注册 签约 入驻 加盟 认证 参保 合作 接入 开通 受益 参与 新增');

function zhRun(text: string, i: number, max: number): number {
  let k = i;
  while (k < text.length && k - i < max) {
    const c = code(text, k);
    if (!isCjkCode(c)) break;
    const w = pair(c, code(text, k + 1));
    if (ZH_VERB_WORDS.has(w)) {
      if (code(text, k + 2) === ZHE) k += 3; // 参与者
      else if (k === i && ZH_ATTRIBUTIVE_VERBS.has(w)) k += 2; // 注册用户
      else break;
      continue;
    }
    if (ZH_STOP_CHARS.has(c)) break;
    k++;
  }
  return Math.min(k, text.length);
}

/**
 * The counted noun (Chinese) starting at `i`, at most `max` characters: the run of CJK characters
 * up to a function character or a verb; after a descriptive modifier and 的, the noun after 的.
 */
export function zhCountedNoun(text: string, i: number, max = 8): string {
  const first = code(text, i);
  // 数以亿计的消费者: `以…计` says how the count runs; the noun comes after 的
  if (first === JI && code(text, i + 1) === DE) return zhRun(text, i + 2, max) > i + 2 ? text.slice(i + 2, zhRun(text, i + 2, max)) : '';
  // 30国客户, 12省市民: a count of countries or provinces, not of what follows them
  const compounds = ZH_PLACE_COUNTERS.get(first);
  if (compounds !== undefined && !compounds.has(code(text, i + 1))) return text.slice(i, i + 1);
  const e = zhRun(text, i, max);
  // a verb alone is no noun (`计`, `达`): the noun the run should have been is not there
  if (e === i + 1 && ZH_VERB_CHARS.has(first)) return '';
  if (code(text, e) === DE && e - i >= 2 && ZH_MODIFIER_WORDS.has(pair(code(text, i), code(text, i + 1)))) {
    let h = e + 1;
    while (code(text, h) === 0x20) h++;
    const c = code(text, h);
    if (isCjkCode(c)) {
      const he = zhRun(text, h, max);
      if (he > h) return text.slice(h, he);
    } else if (isLetterCode(c)) {
      let he = h;
      while (he - h < 16 && (isLetterCode(code(text, he)) || isDigitCode(code(text, he)))) he++;
      if (!isLetterCode(code(text, he))) return text.slice(h, he);
    }
  }
  return text.slice(i, e);
}

// ------------------------------------------------------------------ English

/** Words that end a counted noun phrase: function words, auxiliaries, common verbs, time words. */
export const EN_NOUN_STOP = new Set([
  // articles, conjunctions, prepositions, pronouns
  'a', 'an', 'the', 'and', 'or', 'nor', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'into', 'onto',
  'over', 'under', 'between', 'after', 'before', 'during', 'through', 'throughout', 'across', 'among', 'amongst', 'via',
  'within', 'without', 'above', 'below', 'around', 'about', 'against', 'along', 'towards', 'toward', 'upon', 'per', 'than',
  'like', 'unlike', 'including', 'excluding', 'compared', 'according', 'vs', 'versus', 'and/or', 'etc', 'plus', 'minus',
  'that', 'which', 'who', 'whom', 'whose', 'what', 'this', 'these', 'those', 'it', 'its', 'we', 'our', 'us', 'they',
  'their', 'them', 'he', 'she', 'his', 'her', 'i', 'you', 'your', 'my', 'me', 'there', 'here', 'if', 'but', 'yet', 'so',
  'while', 'when', 'where', 'whereas', 'since', 'until', 'because', 'although', 'though', 'then', 'thus',
  // auxiliaries and common verbs in the present or irregular past
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'get', 'got', 'make', 'made', 'take', 'took', 'taken',
  'pay', 'paid', 'buy', 'bought', 'spend', 'spent', 'see', 'saw', 'seen', 'become', 'became', 'give', 'gave', 'given',
  'come', 'came', 'go', 'went', 'gone', 'grow', 'grew', 'grown', 'rise', 'rose', 'fall', 'fell', 'hold', 'held', 'keep',
  'kept', 'win', 'won', 'leave', 'left', 'find', 'found', 'bring', 'brought', 'send', 'sent', 'set', 'put', 'run', 'ran',
  'use', 'join', 'receive', 'benefit', 'enjoy', 'rely', 'live', 'choose', 'chose', 'chosen', 'said', 'says', 'say',
  'reach', 'include', 'includes', 'represent', 'represents', 'participate', 'register', 'apply', 'helps', 'want',
  // adverbs and quantifiers
  'not', 'no', 'also', 'only', 'just', 'even', 'still', 'already', 'now', 'up', 'out', 'off', 'down', 'such', 'all',
  'both', 'each', 'every', 'other', 'another', 'more', 'less', 'most', 'least', 'very', 'too', 'again', 'respectively',
  'nearly', 'almost', 'approximately', 'roughly', 'some', 'many', 'much', 'few', 'several',
  // relative time: "10 million last year", "100 a day"
  'last', 'next', 'ago', 'later', 'earlier', 'today', 'yesterday', 'tomorrow', 'annually', 'pm',
]);

/** Classifiers that count nothing of their own before `of` (`pieces of messages` → messages). */
const EN_EMPTY_CLASSIFIERS = new Set(['piece', 'pieces', 'item', 'items', 'pcs']);

/** Determiners skipped after a partitive `of` (`100 of our employees`). */
const EN_POSSESSIVE = new Set(['our', 'their', 'its', 'his', 'her', 'your', 'my']);
const EN_PARTITIVE_DETERMINER = new Set(['the', 'these', 'those', ...EN_POSSESSIVE]);

/** Plurals without -s, and words that stay as they are in a caption. */
const EN_IRREGULAR_PLURAL = new Set(['people', 'children', 'men', 'women', 'staff', 'personnel', 'police', 'cattle', 'sheep', 'fish', 'deer', 'equipment', 'chinese', 'japanese']);

interface Token {
  start: number;
  end: number;
  /** As written; letter-spaced text is joined (`d i s h o n e st` → dishonest). */
  word: string;
  lower: string;
}

/**
 * Where the next word starts after `e`: one run of spaces (no line break) or one line break. A tab
 * ends a table's cell, and the noun with it.
 */
function nextWordStart(text: string, e: number, spaced: boolean): number {
  let k = e;
  let spaces = 0;
  let newlines = 0;
  while (k < text.length) {
    const c = code(text, k);
    if (c === 0x09) return -1;
    if (isSpaceCode(c)) spaces++;
    else if (isNewlineCode(c)) {
      if (c === 0x0a) newlines++;
    } else break;
    k++;
  }
  if (k === e || newlines > 1 || !isLetterCode(code(text, k))) return -1;
  // in letter-spaced text a single space separates letters, not words
  if (spaced && spaces === 1 && newlines === 0) return -1;
  return k;
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isNewlineCode(code(text, k))) return true;
  return false;
}

function plainWordEnd(text: string, p: number): number {
  let e = p;
  while (isLetterCode(code(text, e)) || (code(text, e) === 0x2d && isLetterCode(code(text, e + 1)))) e++;
  return e;
}

/** Whether letter-spaced text starts at `p`: single letters (or pairs, `st`) separated by single spaces. */
export function letterSpacedAt(text: string, p: number): boolean {
  let k = p;
  for (let n = 0; n < 4; n++) {
    const e = plainWordEnd(text, k);
    if (e === k || e - k > 2) return false;
    if (n === 3) return true;
    if (code(text, e) !== 0x20 || !isLetterCode(code(text, e + 1))) return false;
    k = e + 1;
  }
  return false;
}

/**
 * After a word ending at `e`, the start of its continuation when a PDF line break hyphenated it
 * (`barri-\ner-free`, `pay- ment`): '-', a line break or one space, a lower-case letter; else -1.
 */
function softHyphenContinuation(text: string, e: number): number {
  if (code(text, e) !== 0x2d) return -1;
  let k = e + 1;
  if (code(text, k) === 0x0d) k++;
  if (code(text, k) === 0x0a || code(text, k) === 0x20) k++;
  else return -1;
  const c = code(text, k);
  if (!(c >= 0x61 && c <= 0x7a)) return -1;
  const we = plainWordEnd(text, k);
  return EN_NOUN_STOP.has(text.slice(k, we).toLowerCase()) ? -1 : k;
}

function readToken(text: string, p: number, spaced: boolean): Token | null {
  if (!spaced) {
    let e = plainWordEnd(text, p);
    if (e === p) return null;
    let word = text.slice(p, e);
    for (let k = softHyphenContinuation(text, e); k >= 0 && word.length < 40; k = softHyphenContinuation(text, e)) {
      e = plainWordEnd(text, k);
      word += text.slice(k, e);
    }
    return { start: p, end: e, word, lower: word.toLowerCase() };
  }
  let word = '';
  let k = p;
  let e = p;
  for (;;) {
    const we = plainWordEnd(text, k);
    if (we === k) break;
    word += text.slice(k, we);
    e = we;
    if (code(text, we) === 0x20 && isLetterCode(code(text, we + 1)) && code(text, we + 1) !== 0x20) k = we + 1;
    else break;
    if (word.length > 30) break;
  }
  if (!word) return null;
  // the word is known to end only at a double space or punctuation; at a line break it may go on
  // (`t i m e s l o w e r` is `times lower` or one word): unreadable
  const after = code(text, e);
  if (after < 0 || isNewlineCode(after) || (after === 0x20 && isNewlineCode(code(text, e + 1)))) return { start: p, end: e, word: '', lower: '' };
  return { start: p, end: e, word, lower: word.toLowerCase() };
}


/** Words in -s that modify a following noun (`overseas Chinese`, `sales staff`): not a plural head. */
const EN_S_MODIFIERS = new Set(['overseas', 'news', 'sales', 'sports', 'savings', 'goods', 'arts', 'series', 'species', 'means', 'various', 'whereas', 'always', 'perhaps']);

/** A plural-looking word (`users`, `businesses`), not `-ss`/`-us`/`-is`/`-ics` (`business`, `campus`, `logistics`). */
export const looksPlural = (lower: string): boolean =>
  EN_IRREGULAR_PLURAL.has(lower) ||
  (lower.length > 2 && lower.endsWith('s') && !/(?:ss|us|is|ous|ics|'s)$/.test(lower) && !EN_S_MODIFIERS.has(lower));

/** A participle or gerund (`ordered`, `using`): after a plural noun, a verb rather than a modifier. */
const participle = (lower: string): boolean =>
  lower.length > 4 && !lower.includes('-') && /(?:[^e]ed|ing)$/.test(lower) && !/^(?:thing|spring|string|king|ring|wing)$/.test(lower);

/** An adverb (`directly`, `respectively`, `online`-free): never part of the noun. */
const adverb = (lower: string): boolean => lower.length > 5 && /(?:ally|fully|ively|ously|ently|antly|ably|ibly|ely|ctly|edly|ingly|arly)$/.test(lower);

/** After `prev`, whether `lower` ends the noun phrase as a verb: a past participle after any noun, a gerund after a plural. */
const verbLike = (lower: string, prev: Token | undefined): boolean =>
  prev !== undefined && prev.lower !== 'and' && participle(lower) && (looksPlural(prev.lower) || /[^e]ed$/.test(lower));

/** A phrasal compound adjective (`brick-and-mortar`, `state-of-the-art`): hyphens around a function word. */
const phrasalCompound = (lower: string): boolean => {
  if (!lower.includes('-')) return false;
  const parts = lower.split('-');
  return parts.length >= 3 && parts.some((part) => part === 'and' || part === 'of' || part === 'the' || part === 'to' || part === 'or');
};

/** A noun is there but cannot be read (letter-spaced words run together): a count without its unit. */
const unreadable = (i: number): EnNoun => ({ text: '', capitalized: false, titleCase: false, end: i });

export interface EnNoun {
  text: string;
  /** The first word as written starts with a capital. */
  capitalized: boolean;
  /** Every word is in title case (`Million User`), none all capitals. */
  titleCase: boolean;
  end: number;
}

/**
 * The counted noun phrase (English) starting at `i`: up to four words, none a stop word, a
 * verb form after the first word, or a number word (`isNumberWord`).
 */
export function enCountedNoun(text: string, i: number, isNumberWord: (p: number) => boolean): EnNoun | null {
  const spaced = letterSpacedAt(text, i);
  let p = i;
  let words: Token[] = [];
  let firstCapitalized = false;
  let guard = 0;
  while (words.length < 4 && guard++ < 8) {
    const t = readToken(text, p, spaced);
    if (!t) break;
    if (!t.word) return unreadable(i); // letter-spaced text with its word breaks lost
    const lw = t.lower;
    if (words.length === 0) {
      firstCapitalized = isUpperCode(code(text, t.start));
      if (lw === 'of') {
        // never a noun here; the caller handles partitives
        break;
      }
      // `three more sites`, `5 fewer incidents`: the comparison word stands before the noun
      if (lw === 'more' || lw === 'fewer' || lw === 'further') {
        const q = nextWordStart(text, t.end, spaced);
        const head = q >= 0 ? readToken(text, q, spaced) : null;
        if (head?.word && looksPlural(head.lower) && !EN_NOUN_STOP.has(head.lower)) {
          p = q;
          continue;
        }
      }
    }
    let stop = EN_NOUN_STOP.has(lw) || isNumberWord(t.start);
    if (lw === 'and' && words.length > 0 && !looksPlural(words[words.length - 1]!.lower)) {
      // "life and government services": `and` between modifiers
      const q = nextWordStart(text, t.end, spaced);
      const after = q >= 0 ? readToken(text, q, spaced) : null;
      // `4.6m TEU and emitted`: a verb in the past tense after `and` begins the next clause
      stop = after === null || EN_NOUN_STOP.has(after.lower) || adverb(after.lower) || /^[a-z]{4,}ed$/.test(after.lower);
    }
    if (stop) break;
    if (adverb(lw) || verbLike(lw, words[words.length - 1])) break;
    // letter-spaced words run together when the double space between them is lost: unreadable
    if (spaced && t.word.length > 14) return unreadable(i);
    words.push(t);
    // the plural head closes a count's noun phrase (`Internet users ordered`, `people travel`);
    // a capitalised one may be a name (`Scots pines`)
    if (looksPlural(lw) && !EN_EMPTY_CLASSIFIERS.has(lw) && !(isUpperCode(code(text, t.start)) && !isUpperCode(code(text, t.start + 1)))) break;
    const q = nextWordStart(text, t.end, spaced);
    if (q < 0) break;
    // a line break inside letter-spaced text may split a word (`d i s h\no n e st`): unreadable
    if (spaced && lineBreakBetween(text, t.end, q)) return unreadable(i);
    // pieces of messages → messages
    if (EN_EMPTY_CLASSIFIERS.has(lw) && words.length === 1) {
      const of = readToken(text, q, spaced);
      const q2 = of && of.lower === 'of' ? nextWordStart(text, of.end, spaced) : -1;
      if (q2 >= 0) {
        const next = readToken(text, q2, spaced);
        if (next && !EN_NOUN_STOP.has(next.lower) && !isNumberWord(q2)) {
          words = [];
          p = q2;
          continue;
        }
      }
    }
    p = q;
  }
  // leave out a phrasal compound adjective before the head
  while (words.length > 1 && phrasalCompound(words[0]!.lower)) words.shift();
  // a trailing `and` never ends a phrase
  while (words.length > 0 && words[words.length - 1]!.lower === 'and') words.pop();
  if (words.length === 0) return null;
  const textOut = words.map((t) => t.word).join(' ');
  if (textOut.length < 2) return null; // a lone letter is no noun (`d` of letter-spaced `d i s …`)
  const titleCase = words.every((t) => isUpperCode(code(text, t.start)) && t.word.length > 1 && t.word.slice(1) === t.word.slice(1).toLowerCase());
  return { text: textOut, capitalized: firstCapitalized, titleCase, end: words[words.length - 1]!.end };
}

/**
 * After a number, `of` + noun: after a vague plural (`Hundreds of medical practitioners`) any
 * noun; otherwise only after a possessive (`100 of our employees`). `i` is at `of`.
 */
export function enPartitiveNoun(text: string, i: number, vague: boolean, isNumberWord: (p: number) => boolean): EnNoun | null {
  const of = readToken(text, i, false);
  if (!of || of.lower !== 'of') return null;
  let q = nextWordStart(text, of.end, false);
  if (q < 0) return null;
  const det = readToken(text, q, false);
  if (det && EN_PARTITIVE_DETERMINER.has(det.lower)) {
    if (!vague && !EN_POSSESSIVE.has(det.lower)) return null;
    q = nextWordStart(text, det.end, false);
    if (q < 0) return null;
  } else if (!vague) return null;
  return enCountedNoun(text, q, isNumberWord);
}

/** A caption's title-case noun in running-text form: lower case, plural for a count other than one. */
export function captionNoun(noun: string, value: number): string {
  const words = noun.split(' ').map((w) => (w.length > 1 && w.slice(1) === w.slice(1).toLowerCase() ? w.toLowerCase() : w));
  const last = words[words.length - 1]!;
  if (value !== 1 && !looksPlural(last.toLowerCase()) && /^[a-z]+$/.test(last)) {
    words[words.length - 1] = /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}ies` : /(?:s|x|z|ch|sh)$/.test(last) ? `${last}es` : `${last}s`;
  }
  return words.join(' ');
}
