import { NORM, isCjkCode, isDigitCode, isLetterCode } from './normalize';

// The counted noun of a count: the `unit` an auditor reads beside `20 million` or `30.5万`.
//
// The convention, read off every unit of the dev gold (../shared/eval/dev/gold/*.jsonl):
//
// Chinese (English counted nouns are en-nouns.ts's)
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

const code = (text: string, i: number): number => (i >= 0 && i < text.length ? NORM[text.charCodeAt(i)]! : -1);

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
    '听到 想到 用于 用来 属于 来源 位列 排名 入选 进一 同比 环比 线上 线下',
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
const JI_LEVEL = '级'.charCodeAt(0);
/** Scale characters a 级 may follow as a magnitude (`千万级`), not a grade (`3级`). */
const SCALE_CHARS = new Set(Array.from('十百千万亿', (c) => c.charCodeAt(0)));

/** Places counted with no measure word (`30国`, `12省`), and the characters that make them a longer noun (`国家`, `省份`). */
const ZH_PLACE_COUNTERS = new Map(
  (
    [
      ['国', '家际内外企有营货民产'],
      ['省', '份级市区内外'],
    ] as const
  ).map(([c, rest]) => [c.charCodeAt(0), new Set(Array.from(rest, (r) => r.charCodeAt(0)))]),
);

/**
 * Nouns a counted place may stand before whose first character would otherwise make the place a
 * longer word: `18国企业` is firms of 18 countries (国 + 企业), not 国企 (state firms) + 业.
 */
const PLACE_THEN_NOUN = pairsOf('企业 民众 产品 货币');

/** Single characters that are verbs, never a counted noun on their own. */
const ZH_VERB_CHARS = new Set(Array.from('计达获让给向帮带用做使令', (c) => c.charCodeAt(0)));

/** Verbs that, first in the noun, qualify it (`200 万注册用户`, `签约商户`, `入驻商家`). */
const ZH_ATTRIBUTIVE_VERBS = pairsOf('注册 签约 入驻 加盟 认证 参保 合作 接入 开通 受益 参与 新增 线上 线下');

/** Words that open a counted noun with a character that elsewhere ends one (`1.06亿在校学生`, `6,000 万就业机会`, `上市公司`, `外卖骑手`). */
const ZH_NOUN_OPENERS = pairsOf('在校 在职 在岗 在读 在编 在册 在建 在营 就业 上市 外卖 外籍 外资 内容 下沉 后勤');

/** Words whose first character elsewhere ends a noun, kept inside one before another noun (`就业机会`, `从业人员`). */
const ZH_COMPOUND_WORDS = pairsOf('就业 从业');

function zhRun(text: string, i: number, max: number): number {
  let k = i;
  while (k < text.length && k - i < max) {
    const c = code(text, k);
    if (!isCjkCode(c)) break;
    const w = pair(c, code(text, k + 1));
    if (k === i && ZH_NOUN_OPENERS.has(w)) {
      k += 2;
      continue;
    }
    // inside a compound too when a noun follows (`餐饮业就业机会`, `快递从业人员`): never an adverb there
    if (k > i && ZH_COMPOUND_WORDS.has(w) && isCjkCode(code(text, k + 2)) && !ZH_STOP_CHARS.has(code(text, k + 2))) {
      k += 2;
      continue;
    }
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
  // 上千万级的活跃零售商户: 级 (-level) makes the scale a modifier too
  if ((first === JI || (first === JI_LEVEL && SCALE_CHARS.has(code(text, i - 1)))) && code(text, i + 1) === DE) return zhRun(text, i + 2, max) > i + 2 ? text.slice(i + 2, zhRun(text, i + 2, max)) : '';
  // 30国客户, 12省市民: a count of countries or provinces, not of what follows them
  const compounds = ZH_PLACE_COUNTERS.get(first);
  if (compounds !== undefined && (!compounds.has(code(text, i + 1)) || PLACE_THEN_NOUN.has(pair(code(text, i + 1), code(text, i + 2))))) return text.slice(i, i + 1);
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

/** What a scaled amount before 的 may be of instead of a count (`销售额达 300 万的企业`: the firms' sales). */
const AMOUNT_NAMED_BEFORE = /(?:金额|[额值]|收入|营收|资金|投入|规模|销售|成交|产值|市值|资产)[^\u3002\uff0c\uff1b，。；]{0,6}$/;

/**
 * The counted noun after 的 that a number with a scale word leaves (`超过 1.5 亿的用户`, `超过十亿的消费者`,
 * `1.6 亿的⏎⏎农村消费者` across a wrap): the count is of it. `i` is at 的; '' when none, or when an
 * amount is named before the number (`销售额达 300 万的企业`).
 */
export function zhNounAfterDe(text: string, i: number, numStart: number): string {
  if (code(text, i) !== DE || AMOUNT_NAMED_BEFORE.test(text.slice(Math.max(0, numStart - 12), numStart))) return '';
  let h = i + 1;
  for (let breaks = 0; breaks < 2 && code(text, h) === 0x0a; breaks++) h++;
  if (!isCjkCode(code(text, h))) return '';
  const noun = zhCountedNoun(text, h);
  // an opener alone is an activity, not what is counted (`超过百万的就业`)
  const opener = noun.length === 2 && ZH_NOUN_OPENERS.has(pair(noun.charCodeAt(0), noun.charCodeAt(1)));
  return noun.length >= 2 && !opener && !MAGNITUDE_NOUN.test(noun) && !noun.includes('额') ? noun : '';
}

/** A magnitude reached, not what is counted (`达 5 亿的规模`, `突破百万的大关`); an amount (`几十万的大额转出`) is none either. */
const MAGNITUDE_NOUN = /^(?:规模|水平|量级|体量|数量|总量|目标|记录|成绩|大关|关口|高度)/;
