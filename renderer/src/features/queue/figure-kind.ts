/**
 * What kind of quantity a figure is, so an auditor can take the money, the percentages or the
 * emissions first and set aside the counts (`三个`, `两种`, `六大`, `550 million users`). Read from
 * the unit the extractor recorded and, for words it keeps in the text, the figure's own text.
 */

export const FIGURE_KINDS = ['money', 'percentage', 'physical', 'count'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

const PERCENT = /^(%|‰|percent|per ?cent|个?百分点|pp|bps?)$/i;
const MONEY = /(^|[^a-z])(cny|rmb|usd|hkd|eur|gbp|jpy|us\$|hk\$|\$|¥|￥|€|£|yuan|dollars?|euros?)([^a-z]|$)|元|圆|美元|港币|港元|欧元|英镑|日元/i;
/** Mass, energy, volume, area, distance, power and their CO2-equivalents, in either language. */
const PHYSICAL =
  /co2|co₂|碳|^(k|m|g)?t(onnes?|ons?)?$|^(kg|g|mg|lbs?)$|^[kmgt]?wh$|^[kmgt]?w$|^[kmgtp]?j$|^(m³|m3|m²|m2|km²?|km2|ha|hectares?|l|litres?|liters?|ml|km|m|cm|mm|miles?|gallons?|barrels?)$|吨|千克|公斤|克|瓦|焦|度电|立方|平方|公顷|亩|公里|千米|米|升|标煤/i;

export function figureKind(figure: { unit: string; text: string }): FigureKind {
  const unit = figure.unit.trim();
  if (PERCENT.test(unit) || /[%‰]|百分之/.test(figure.text)) return 'percentage';
  if (MONEY.test(unit) || MONEY.test(figure.text)) return 'money';
  if (unit && PHYSICAL.test(unit)) return 'physical';
  return 'count';
}
