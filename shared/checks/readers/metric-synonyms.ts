// Words that name one quantity though they share no word or character pair, in one table the metric readers share:
// `we bought 43,200 m³ of wood` and a table's `Wood purchased` (one verb, read by `metricTokens` as the latter's stem);
// a transport company's `运送乘客`, `载客量`, `客运量`, `发送旅客`, `旅客发送量` (passengers carried, in person-times of one
// year one thing, read by consistency-passenger-bounds.ts). A synonym found in another report goes here, not into the
// rule that first needed it.

/** A group of words naming one quantity: its words, and (English) the stem metric tokens read each of them as. */
export interface MetricSynonyms {
  readonly words: readonly string[];
  readonly stem?: string;
}

export const METRIC_SYNONYMS = {
  /** `bought` is `purchased`: read as the stem of the latter. */
  purchased: { words: ['bought'], stem: 'purchas' },
  /** `made` and `manufactured` are `produced` (`We made over 7,200 thousand bearings`, the row `Bearings produced`), as a row's `output` is. */
  produced: { words: ['made', 'manufactured', 'output'], stem: 'produc' },
  /** A metric of passengers carried: `乘客`, `旅客`, `载客`, `客运`. */
  passengers: { words: ['乘客', '旅客', '载客', '載客', '客运', '客運'] },
} as const satisfies Record<string, MetricSynonyms>;

/** Each English word of a group with a stem, and the stem it is read as. */
export const SYNONYM_STEMS: ReadonlyMap<string, string> = new Map(
  Object.values(METRIC_SYNONYMS as Record<string, MetricSynonyms>).flatMap((g) => (g.stem === undefined ? [] : g.words.map((w) => [w, g.stem!] as const))),
);
