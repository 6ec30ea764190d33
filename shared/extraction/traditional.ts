// Traditional Chinese, as Hong Kong and Taiwan reports write it (`約1,250萬港元`, `超過1,600名`,
// `噸二氧化碳當量`), reads as the simplified text the grammars, units and qualifiers are written
// in. Only characters that simplified text never uses, each mapping to one character, so the
// normalisation stays length-preserving (normalize.ts) and a simplified text reads as before.

/** Pairs of traditional and simplified characters: qualifiers, numerals, units and measure words first. */
const PAIRS = [
  '約约過过將将餘余幾几兩两數数與与為为達达滿满較较減减歷历來来後后連连續续積积',
  '噸吨當当標标準准時时電电點点項项戶户間间場场筆笔條条張张臺台輛辆種种類类組组號号歲岁週周',
  '個个隻只顆颗雙双層层處处棟栋輪轮節节課课盞盏塊块網网級级線线長长門门鋪铺車车機机構构隊队樹树',
  '頃顷畝亩熱热鐘钟',
  '員员們们區区廠厂營营業业環环廢废氣气總总計计額额資资產产費费經经濟济發发應应對对實实現现參参務务關关',
  '單单劃划書书學学習习師师醫医療疗護护險险貸贷銀银債债價价潤润淨净稅税東东佔占僱雇義义會会動动導导',
  '國国際际內内統统傳传億亿萬万',
  // code words before a number (`範圍1`, `圖3`, `附錄2`)
  '範范圍围錄录圖图',
  // currencies (`新臺幣`)
  '幣币',
  // a method's constants (`排碳係數`, `轉換`)
  '係系轉转換换',
].join('');

/** Traditional code unit → simplified code unit. */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<number, number> = new Map(
  Array.from({ length: PAIRS.length / 2 }, (_, k) => [PAIRS.charCodeAt(2 * k), PAIRS.charCodeAt(2 * k + 1)] as const).filter(([t, s]) => t !== s),
);
