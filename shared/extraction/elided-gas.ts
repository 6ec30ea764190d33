import type { Candidate } from './candidate';

// A comparison says the gas once: `1.17 kg CO2e, from 1.74 kg`, `由1.74千克二氧化碳当量/千克降至1.71千克`,
// `人均排放3.51吨二氧化碳当量，较上年下降0.31吨`; so does a list of scopes (`ZH_LISTED`). The second value's bare mass is
// a mass of the gas the figure before it in the clause was stated in.

/** How far before the value the figure of the gas may end. */
const REACH = 40;

/** What introduces the value compared, right before it: `from`, `to`, `against`, `(2022:`, `降至`, `下降`. */
const EN_COMPARED = /(?:\b(?:from|to|against|versus|vs\.?|by)|\(\s*(?:19|20)\d\d\s*:)\s*$/i;
const ZH_COMPARED = /(?:降至|升至|增至|减至|降低至|减少至|增加至|上升至|下降至|下降了?|上升了?|减少了?|增加了?|降低了?|提高了?|由|从|为|较上年的?|较去年的?)\s*$/;

/**
 * A list of emissions says the gas once too: `范围一温室气体排放3,420吨二氧化碳当量，范围二排放13,860吨，合计17,280吨`: the next
 * clause names another scope's emissions or their total.
 */
const ZH_LISTED = /[，、]\s*(?:范围[一二三123](?:温室气体)?排放(?:量)?|合计|合計|总计|總計|共计|共計)\s*(?:[约約为為达達]\s*)?$/;

/** What ends a sentence between the two: the value then is the next sentence's. */
const SENTENCE_END = /[。！？；;]|\.\s/;

/**
 * Give `cand`, a bare mass (`kg`, `t`), the gas of `prev` (`kgCO2e`, `tCO2e`) when `prev` is that mass of a
 * gas, ends at most REACH characters before it in its sentence, and a comparison's word introduces it.
 */
export function takeElidedGas(text: string, cand: Candidate, prev: Candidate | undefined): void {
  if (!prev || cand.kind !== 'measure' || prev.kind !== 'measure' || prev.end > cand.start || cand.start - prev.end > REACH) return;
  if (prev.unit !== `${cand.unit}CO2e` && prev.unit !== `${cand.unit}CO2`) return;
  const between = text.slice(prev.end, cand.start);
  if (SENTENCE_END.test(between)) return;
  const zh = cand.form.script === 'zh' || /[\u3400-\u9fff]$/.test(between);
  if (!(zh ? ZH_COMPARED.test(between) || ZH_LISTED.test(between) : EN_COMPARED.test(between))) return;
  cand.unit = prev.unit;
}

/**
 * The substance a Chinese sentence names right before its bare mass (`年节约标准煤约58万吨`, `外购电力折标12,486吨`,
 * `二氧化碳排放总量约3.92亿吨`, `减排温室气体12万吨`): a mass of standard coal, of CO2, of CO2 equivalent.
 */
const SUBSTANCE_BEFORE: ReadonlyArray<readonly [RegExp, string]> = [
  // (`天然气消耗折标3,864吨`: `折标`, converted to standard coal)
  [/(?:标准煤|標準煤|标煤|標煤|折标|折標)(?:[约約近逾超达達为為共计計]|合计|合計){0,2}$/, 'tce'],
  [/(?:二氧化碳当量|二氧化碳當量|温室气体|溫室氣體)(?:排放)?(?:总量|總量|量)?(?:[约約近逾超达達为為共计計]|合计|合計){0,2}$/, 'tCO2e'],
  [/(?:二氧化碳|CO2|CO₂)(?:排放)?(?:总量|總量|量)?(?:[约約近逾超达達为為共计計]|合计|合計){0,2}$/, 'tCO2'],
];
/** How far before the mass the substance may stand. */
const SUBSTANCE_REACH = 16;
const LINE_WRAP = /\s*\n\s*/g;

/** The mass unit of the substance a Chinese row label names at its end (`节约标准煤` tce, `减排二氧化碳当量` tCO2e), or null. */
export function substanceOfLabel(label: string): string | null {
  for (const [pattern, unit] of SUBSTANCE_BEFORE) if (pattern.test(label)) return unit;
  return null;
}

/** Give `cand`, a bare mass in tonnes in Chinese, the substance named right before it. */
export function takeNamedSubstance(text: string, cand: Candidate): void {
  if (cand.kind !== 'measure' || cand.unit !== 't' || cand.form.script === 'en') return;
  // cheap first: a Chinese character or a `2` right before the number, a wrap of the line between at most
  let k = cand.start;
  while (k > 0 && (text.charCodeAt(k - 1) === 0x0a || text.charCodeAt(k - 1) === 0x20)) k--;
  const before = text.charCodeAt(k - 1);
  if (!(before >= 0x3400 && before <= 0x9fff) && before !== 0x32 && before !== 0x2082) return;
  const near = text.slice(Math.max(0, k - SUBSTANCE_REACH), k).replace(LINE_WRAP, '');
  for (const [pattern, unit] of SUBSTANCE_BEFORE) {
    if (pattern.test(near)) {
      cand.unit = unit;
      return;
    }
  }
}
