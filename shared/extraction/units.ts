import { PhraseTable } from './trie';

// Units after a number and currencies before it, normalised: currencies to ISO codes, measures
// to a short symbol, Chinese measure words kept as written.
//
// Time, as the dev gold writes it: a duration of an hour or more is a count of days, hours…
// and keeps its word (`49小时` → 小时, `两天` → 天, `two days` → days, `years`); minutes and
// seconds take their symbols (`52.7 分 钟` → min), since 分 and 秒 alone are also points,
// cents and arc units and PDFs often split 分钟. `kind` tells the noise filters and
// the assembler what the unit means (a date is not a figure, an age is not a claim, …).

export type UnitKind =
  | 'currency'
  | 'percent'
  | 'pp' // percentage points
  | 'measure' // physical quantity
  | 'count' // Chinese measure word or counted noun
  | 'times' // multiplier
  | 'tenth' // 成: tenths, reported as %
  | 'duration' // hours, days, weeks, months: a claim unless it frames another one
  | 'year' // 年 / years: usually frames another claim, or is a date
  | 'date' // 月, 日, 号, 财年, FY: never a figure
  | 'decade' // 1990s, 90年代
  | 'age' // 岁, years old
  | 'generation' // 90后
  | 'temperature'
  | 'ordinal' // 1st, 2nd
  | 'big'; // 大 in 六大安全能力: the counted noun follows

export interface Unit {
  unit: string;
  kind: UnitKind;
}

const u = (unit: string, kind: UnitKind): Unit => ({ unit, kind });

const CNY = u('CNY', 'currency');
const USD = u('USD', 'currency');
const HKD = u('HKD', 'currency');
const EUR = u('EUR', 'currency');
const GBP = u('GBP', 'currency');
const JPY = u('JPY', 'currency');
const PCT = u('%', 'percent');
const PP = u('pp', 'pp');
/** Basis points, hundredths of a percentage point: a change of a rate, as `pp` is. */
const BP = u('bp', 'pp');

/** Chinese measure words: the unit is the word itself. */
export const ZH_MEASURE_WORDS = [
  '个', '家', '项', '人', '人次', '场次', '户', '棵', '株', '场', '笔', '条', '名', '所', '位', '次', '件', '款', '套',
  '双', '层', '种', '类', '批', '座', '台', '辆', '架', '张', '份', '间', '只', '头', '本', '册', '篇', '部',
  '门', '节', '支', '组', '颗', '枚', '箱', '包', '瓶', '袋', '杯', '片', '处', '栋', '幢', '艘', '趟',
  // containers, as 箱, 瓶, 袋 and 杯 (`两桶油`)
  '桶', '罐', '盒',
  '轮', '例', '单', '票', '首', '集', '所', '科', '座', '分', '帧', '份次', '户次', '台次', '架次', '车次',
  '班', '幅', '堂', '宗', '批次', '课时', '学时', '城市', '国家', '地区',
  // sets of equipment, counted as machines and their sets together (`二十余台套设备`)
  '台套',
  '省份', '企业', '员工', '用户', '商家', '商户', '学校', '医院', '志愿者', '行业', '领域', '方面', '原则',
  '大类', '点位', '网点', '盏', '块', '根', '把',
  // safety statistics: incidents (`3起事故`) and work-hours (`百万工时`)
  '起', '工时',
  // a port's traffic: calls of ships (`4.58万艘次`), containers in twenty-foot equivalents (`万标准箱`);
  // tests counted by item (`42.6万项次`)
  '艘次', '项次',
  // pairs (`数百对新人`); `一对一`, `1对1` are idioms (noise-words.ts)
  '对',
];

/**
 * A measure word with 次 counts occasions of what it counts, as 人次 does: vehicle passages (`4.72万辆次`), flights
 * (`架次`), items checked (`件次`). Not where measure word and 次 make another word: a rank (名次, 位次), a level (层次),
 * the first time (首次), one time (单次), this time (本次), in instalments (分次), secondary (个次要), and 次 itself.
 */
const NOT_OCCASIONS = new Set(['个', '名', '位', '层', '首', '单', '本', '分', '次', '类', '种', '集', '对', '成']);
const ZH_OCCASION_WORDS = ZH_MEASURE_WORDS.filter((w) => w.length === 1 && !NOT_OCCASIONS.has(w))
  .map((w) => `${w}次`)
  .filter((w) => !ZH_MEASURE_WORDS.includes(w));

const ZH_UNITS: Array<readonly [string, Unit]> = [
  ['元', CNY], ['元人民币', CNY], ['人民币', CNY], ['块钱', CNY], ['美元', USD], ['美金', USD],
  ['港元', HKD], ['港币', HKD], ['欧元', EUR], ['英镑', GBP], ['日元', JPY], ['韩元', u('KRW', 'currency')],
  ['澳元', u('AUD', 'currency')], ['新台币', u('TWD', 'currency')], ['台币', u('TWD', 'currency')], ['加元', u('CAD', 'currency')], ['新加坡元', u('SGD', 'currency')], ['新元', u('SGD', 'currency')],
  ['澳门元', u('MOP', 'currency')], ['澳门币', u('MOP', 'currency')], ['标准箱', u('TEU', 'measure')],
  ['%', PCT], ['‰', u('‰', 'percent')], ['个百分点', PP], ['百分点', PP], ['个基点', BP], ['基点', BP],
  ['吨二氧化碳当量', u('tCO2e', 'measure')], ['吨co2e', u('tCO2e', 'measure')], ['公吨co2e', u('tCO2e', 'measure')], ['吨co2当量', u('tCO2e', 'measure')],
  ['吨二氧化碳', u('tCO2', 'measure')], ['千克二氧化碳当量', u('kgCO2e', 'measure')], ['公斤二氧化碳当量', u('kgCO2e', 'measure')],
  ['吨标准煤', u('tce', 'measure')], ['吨标煤', u('tce', 'measure')], ['千克标准煤', u('kgce', 'measure')], ['公斤标准煤', u('kgce', 'measure')],
  ['公吨二氧化碳当量', u('tCO2e', 'measure')],
  // a ship's deadweight, what a shipbuilder delivers and a fleet carries (`完工交付586.4万载重吨`, a unit cell `万载重吨`)
  ['载重吨', u('dwt', 'measure')], ['載重噸', u('dwt', 'measure')],
  ['吨', u('t', 'measure')], ['公吨', u('t', 'measure')], ['公斤', u('kg', 'measure')], ['千克', u('kg', 'measure')],
  ['克', u('g', 'measure')], ['斤', u('jin', 'measure')],
  ['千瓦时', u('kWh', 'measure')], ['度电', u('kWh', 'measure')], ['度', u('kWh', 'measure')], ['兆瓦时', u('MWh', 'measure')], ['瓦时', u('Wh', 'measure')],
  ['吉瓦时', u('GWh', 'measure')], ['千瓦', u('kW', 'measure')], ['兆瓦', u('MW', 'measure')], ['吉瓦', u('GW', 'measure')],
  // a grid's transformer capacity (`4,860万千伏安`), and the voltage grade of its lines (`110千伏及以上`; noise-constants.ts)
  ['千伏安', u('kVA', 'measure')], ['兆伏安', u('MVA', 'measure')], ['千伏', u('kV', 'measure')],
  ['吉焦', u('GJ', 'measure')], ['兆焦', u('MJ', 'measure')],
  ['亩', u('mu', 'measure')], ['公顷', u('ha', 'measure')], ['平方米', u('m2', 'measure')], ['平米', u('m2', 'measure')],
  // Hong Kong measures floor area in square feet (`3,850萬平方呎`)
  ['平方呎', u('sq ft', 'measure')], ['平方英尺', u('sq ft', 'measure')], ['平方尺', u('sq ft', 'measure')],
  ['平方公里', u('km2', 'measure')], ['平方千米', u('km2', 'measure')], ['立方米', u('m3', 'measure')], ['立方公尺', u('m3', 'measure')], ['升', u('L', 'measure')],
  // Taiwan's and Hong Kong's litre (`8,642萬公升`, a unit cell `百萬公升`)
  ['公升', u('L', 'measure')],
  ['毫升', u('mL', 'measure')], ['千升', u('kL', 'measure')], ['公里', u('km', 'measure')], ['千米', u('km', 'measure')], ['纳米', u('nm', 'measure')], ['奈米', u('nm', 'measure')], ['米', u('m', 'measure')],
  ['厘米', u('cm', 'measure')], ['毫米', u('mm', 'measure')],
  ['小时', u('小时', 'duration')], ['个小时', u('小时', 'duration')], ['钟头', u('小时', 'duration')], ['个钟头', u('小时', 'duration')],
  ['分钟', u('min', 'duration')], ['秒', u('s', 'duration')], ['秒钟', u('s', 'duration')],
  ['天', u('天', 'duration')], ['个月', u('月', 'duration')], ['周', u('周', 'duration')], ['星期', u('周', 'duration')],
  ['个星期', u('周', 'duration')], ['周年', u('年', 'year')], ['年', u('年', 'year')], ['个年头', u('年', 'year')],
  ['月', u('月', 'date')], ['日', u('日', 'date')], ['号', u('号', 'date')], ['财年', u('财年', 'date')], ['年度', u('年度', 'date')],
  ['财政年度', u('财年', 'date')], ['世纪', u('世纪', 'date')], ['时', u('时', 'date')], ['点', u('点', 'date')], ['年代', u('年代', 'decade')],
  ['岁', u('岁', 'age')], ['周岁', u('岁', 'age')], ['后', u('后', 'generation')],
  ['倍', u('times', 'times')], ['成', u('%', 'tenth')], ['℃', u('°C', 'temperature')], ['°c', u('°C', 'temperature')], ['摄氏度', u('°C', 'temperature')],
  ['°', u('°', 'temperature')], ['大', u('', 'big')],
  ...ZH_MEASURE_WORDS.map((w) => [w, u(w, 'count')] as const),
  ...ZH_OCCASION_WORDS.map((w) => [w, u(w, 'count')] as const),
];

const EN_UNITS: Array<readonly [string, Unit]> = [
  ['yuan', CNY], ['rmb', CNY], ['renminbi', CNY], ['cny', CNY], ['dollars', USD], ['dollar', USD], ['us dollars', USD],
  ['usd', USD], ['hkd', HKD], ['hk dollars', HKD], ['hong kong dollars', HKD], ['euros', EUR], ['euro', EUR], ['eur', EUR], ['€', EUR],
  ['pounds sterling', GBP], ['gbp', GBP], ['yen', JPY], ['jpy', JPY], ['inr', u('INR', 'currency')], ['rupees', u('INR', 'currency')],
  ['mop', u('MOP', 'currency')], ['patacas', u('MOP', 'currency')], ['baht', u('THB', 'currency')], ['naira', u('NGN', 'currency')],
  ['ringgit', u('MYR', 'currency')], ['teu', u('TEU', 'measure')], ['teus', u('TEU', 'measure')],
  ['percent', PCT], ['per cent', PCT], ['pct', PCT], ['percentage points', PP], ['percentage point', PP], ['pp', PP], ['ppts', PP],
  ['basis points', BP], ['basis point', BP], ['bps', BP], ['pts', PP], ['pt', PP], ['ppt', PP], ['p.p.', PP],
  ['tco2e', u('tCO2e', 'measure')], ['tco2-e', u('tCO2e', 'measure')], ['tco2eq', u('tCO2e', 'measure')], ['t co2e', u('tCO2e', 'measure')],
  ['tonnes of co2e', u('tCO2e', 'measure')], ['tons of co2e', u('tCO2e', 'measure')], ['tonnes co2e', u('tCO2e', 'measure')],
  ['tons co2e', u('tCO2e', 'measure')], ['metric tons of co2e', u('tCO2e', 'measure')], ['metric tons co2e', u('tCO2e', 'measure')], ['metric tonnes co2e', u('tCO2e', 'measure')], ['metric tonnes of co2e', u('tCO2e', 'measure')], ['tonnes of co2 equivalent', u('tCO2e', 'measure')],
  ['tons of co2 equivalent', u('tCO2e', 'measure')], ['tonnes of carbon dioxide equivalent', u('tCO2e', 'measure')],
  ['tons of carbon dioxide equivalent', u('tCO2e', 'measure')], ['tonnes of carbon emissions', u('tCO2e', 'measure')],
  ['tons of carbon emissions', u('tCO2e', 'measure')], ['tonnes of co2', u('tCO2', 'measure')], ['tons of co2', u('tCO2', 'measure')],
  ['tonnes of carbon', u('tCO2e', 'measure')], ['tons of carbon', u('tCO2e', 'measure')],
  ['metric tons of co2', u('tCO2', 'measure')], ['metric tonnes of co2', u('tCO2', 'measure')],
  ['metric tons of co2 equivalent', u('tCO2e', 'measure')], ['metric tonnes of co2 equivalent', u('tCO2e', 'measure')],
  // `12 Mt of CO2`, `480 kt of CO2e`: the mass's symbol, then the gas it is of
  ...(['kt', 'mt'] as const).flatMap((m) => (['co2', 'co2e'] as const).map((g) => [`${m} of ${g}`, u(`${m === 'mt' ? 'Mt' : m}${g === 'co2' ? 'CO2' : 'CO2e'}`, 'measure')] as const)),
  ['mtco2e', u('MtCO2e', 'measure')], ['ktco2e', u('ktCO2e', 'measure')], ['kgco2e', u('kgCO2e', 'measure')], ['tco2', u('tCO2', 'measure')],
  ...(['g', 'kg', 'kt', 'mt'] as const).map((m) => [`${m}co2`, u(`${m === 'mt' ? 'Mt' : m}CO2`, 'measure')] as const),
  // Japanese reports hyphenate the mass and the gas: `1,423 kt-CO2`, `t-CO2e`
  ...(['g', 't', 'kg', 'kt'] as const).flatMap((m) => [[`${m}-co2`, u(`${m}CO2`, 'measure')], [`${m}-co2e`, u(`${m}CO2e`, 'measure')]] as const),
  // and a table header spaces them: `(Mt CO2)`
  ...(['g', 'kg', 't', 'kt', 'mt'] as const).map((m) => [`${m} co2`, u(`${m === 'mt' ? 'Mt' : m}CO2`, 'measure')] as const),
  // GHG reports write CO2-e, CO₂e, and put a space between the mass and the gas
  ...['co2e', 'co2-e', 'co₂e', 'co₂-e', 'co2eq', 'co2-eq'].flatMap((gas) => [
    [`t${gas}`, u('tCO2e', 'measure')], [`t ${gas}`, u('tCO2e', 'measure')], [`kt${gas}`, u('ktCO2e', 'measure')],
    [`kt ${gas}`, u('ktCO2e', 'measure')], [`mt${gas}`, u('MtCO2e', 'measure')], [`mt ${gas}`, u('MtCO2e', 'measure')],
    [`kg${gas}`, u('kgCO2e', 'measure')], [`kg ${gas}`, u('kgCO2e', 'measure')], [`g${gas}`, u('gCO2e', 'measure')], [`g ${gas}`, u('gCO2e', 'measure')], [`tonnes ${gas}`, u('tCO2e', 'measure')], [`tonnes of ${gas}`, u('tCO2e', 'measure')],
    [`tons ${gas}`, u('tCO2e', 'measure')], [`tons of ${gas}`, u('tCO2e', 'measure')],
  ] as Array<readonly [string, Unit]>),
  ['mt', u('Mt', 'measure')], ['kt', u('kt', 'measure')], ['ml', u('ML', 'measure')], ['megalitres', u('ML', 'measure')], ['megaliters', u('ML', 'measure')], ['gl', u('GL', 'measure')], ['gigalitres', u('GL', 'measure')], ['gigaliters', u('GL', 'measure')], ['hectolitres', u('hl', 'measure')], ['hectoliters', u('hl', 'measure')], ['kl', u('kL', 'measure')], ['kilolitres', u('kL', 'measure')], ['kiloliters', u('kL', 'measure')], ['pj', u('PJ', 'measure')],
  // pulp in air-dried tonnes (`10.84 million ADt`, a caption's `thousand ADt`)
  ['adt', u('ADt', 'measure')], ['air-dried tonnes', u('ADt', 'measure')],
  ['dwt', u('dwt', 'measure')], ['deadweight tonnes', u('dwt', 'measure')], ['deadweight tons', u('dwt', 'measure')],
  ['tonnes', u('t', 'measure')], ['tons', u('t', 'measure')], ['tonne', u('t', 'measure')], ['ton', u('t', 'measure')],
  ['metric tons', u('t', 'measure')], ['t', u('t', 'measure')], ['kg', u('kg', 'measure')], ['kilograms', u('kg', 'measure')],
  ['grams', u('g', 'measure')], ['g', u('g', 'measure')], ['tce', u('tce', 'measure')], ['kgce', u('kgce', 'measure')],
  // standard coal as English reports name it, the tce that Chinese `吨标准煤` is
  ...['tonnes', 'tons', 'metric tons'].flatMap((t) => ['standard coal', 'standard coal equivalent', 'coal equivalent'].map((c) => [`${t} of ${c}`, u('tce', 'measure')] as const)),
  // a miner's gold and silver in troy ounces, thousands and millions of them (`1,134 koz`, `1.134 Moz`)
  ['oz', u('oz', 'measure')], ['koz', u('koz', 'measure')], ['moz', u('Moz', 'measure')], ['ounces', u('oz', 'measure')], ['troy ounces', u('oz', 'measure')],
  // pence glued to the number, only beside a pound sign, and litres only in a rate (arabic.ts)
  ['p', u('GBp', 'currency')], ['l', u('L', 'measure')],
  ['wh', u('Wh', 'measure')], ['kwh', u('kWh', 'measure')], ['mwh', u('MWh', 'measure')], ['gwh', u('GWh', 'measure')], ['twh', u('TWh', 'measure')],
  ['kilowatt-hours', u('kWh', 'measure')], ['kilowatt hours', u('kWh', 'measure')], ['megawatt-hours', u('MWh', 'measure')],
  ['megawatt hours', u('MWh', 'measure')], ['kw', u('kW', 'measure')], ['mw', u('MW', 'measure')], ['gw', u('GW', 'measure')],
  ['kwp', u('kWp', 'measure')], ['mwp', u('MWp', 'measure')], ['gj', u('GJ', 'measure')], ['tj', u('TJ', 'measure')], ['mj', u('MJ', 'measure')],
  ['hectares', u('ha', 'measure')], ['hectare', u('ha', 'measure')], ['ha', u('ha', 'measure')], ['mu', u('mu', 'measure')],
  ['square meters', u('m2', 'measure')], ['square metres', u('m2', 'measure')], ['sq m', u('m2', 'measure')], ['sqm', u('m2', 'measure')], ['barrels', u('barrels', 'measure')], ['barrel', u('barrels', 'measure')], ['bbl', u('barrels', 'measure')], ['boe', u('boe', 'measure')], ['sq ft', u('sq ft', 'measure')], ['sqft', u('sq ft', 'measure')],
  ['square feet', u('sq ft', 'measure')], ['square foot', u('sq ft', 'measure')],
  // natural gas in standard cubic feet: millions (`MMSCF`, `MMscfd` a day's), billions (`Bcf`)
  ['mmscf', u('MMSCF', 'measure')], ['mmscfd', u('MMSCF', 'measure')], ['mmcf', u('MMSCF', 'measure')], ['bcf', u('Bcf', 'measure')],
  ['m2', u('m2', 'measure')], ['m²', u('m2', 'measure')], ['km2', u('km2', 'measure')], ['km²', u('km2', 'measure')],
  ['square kilometers', u('km2', 'measure')], ['square kilometres', u('km2', 'measure')], ['m3', u('m3', 'measure')], ['m³', u('m3', 'measure')],
  ['cubic meters', u('m3', 'measure')], ['cubic metres', u('m3', 'measure')], ['liters', u('L', 'measure')], ['litres', u('L', 'measure')],
  ['km', u('km', 'measure')], ['kilometers', u('km', 'measure')], ['kilometres', u('km', 'measure')], ['miles', u('mi', 'measure')],
  ['meters', u('m', 'measure')], ['metres', u('m', 'measure')],
  // data and its speed, as a network's tables state them (`Mobile data carried (PB)`)
  ['gb', u('GB', 'measure')], ['tb', u('TB', 'measure')], ['pb', u('PB', 'measure')], ['mbps', u('Mbps', 'measure')],
  ['hours', u('hours', 'duration')], ['hour', u('hours', 'duration')], ['hrs', u('hours', 'duration')], ['minutes', u('min', 'duration')],
  ['minute', u('min', 'duration')], ['mins', u('min', 'duration')], ['seconds', u('s', 'duration')], ['days', u('days', 'duration')],
  ['day', u('days', 'duration')], ['weeks', u('weeks', 'duration')], ['week', u('weeks', 'duration')], ['months', u('months', 'duration')],
  ['month', u('months', 'duration')], ['years', u('years', 'year')], ['year', u('years', 'year')],
  ['financial years', u('years', 'year')], ['financial year', u('years', 'year')], ['fiscal years', u('years', 'year')], ['fiscal year', u('years', 'year')],
  ['years old', u('years', 'age')], ['year-old', u('years', 'age')], ['year old', u('years', 'age')], ['-year-old', u('years', 'age')],
  ['times', u('times', 'times')], ['fold', u('times', 'times')], ['-fold', u('times', 'times')], ['x', u('times', 'times')],
  ['°c', u('°C', 'temperature')], ['℃', u('°C', 'temperature')], ['degrees celsius', u('°C', 'temperature')], ['°', u('°', 'temperature')],
  ['°f', u('°F', 'temperature')],
  ['st', u('', 'ordinal')], ['nd', u('', 'ordinal')], ['rd', u('', 'ordinal')], ['th', u('', 'ordinal')],
  ['s', u('', 'decade')], ["'s", u('', 'decade')], ['’s', u('', 'decade')],
  ['%', PCT],
];

export const ZH_UNIT_TABLE = new PhraseTable(ZH_UNITS);

/**
 * A row's unit as its label says what it measures: `用水量  度  96,540` is cubic metres, a 度 of water as
 * Taiwan's water companies bill it (a 度 of electricity, `用電量  千度`, stays a kWh).
 */
export function unitOfRow(label: string, unit: Unit): Unit {
  return unit.unit === 'kWh' && WATER_LABEL.test(label) && !POWER_LABEL.test(label) ? CUBIC_METRE : unit;
}
const WATER_LABEL = /水/;
/** Power a row of water may still name (`水力發電量`, `抽水用電`): its 度 stays a kWh. */
const POWER_LABEL = /[電电能]/;
const CUBIC_METRE: Unit = { unit: 'm3', kind: 'measure' };
export const EN_UNIT_TABLE = new PhraseTable(EN_UNITS);

/** English names of currencies read after a number, in words (`yuan`, `US dollars`, `ringgit`; not `€` or the pence's `p`). */
export const EN_CURRENCY_NAMES: readonly string[] = EN_UNITS.filter(([name, unit]) => unit.kind === 'currency' && /^[a-z]{3,}(?: [a-z]+)*$/.test(name)).map(([name]) => name);

/** Currency written before the number (`RMB 30,000`, `US$2 billion`, `¥ 15,000,000,000`). */
const CURRENCY_PREFIXES: Array<readonly [string, string]> = [
  ['rmb', 'CNY'], ['cny', 'CNY'], ['¥', 'CNY'], ['￥', 'CNY'], ['人民币', 'CNY'], ['renminbi', 'CNY'],
  ['$', 'USD'], ['us$', 'USD'], ['usd', 'USD'], ['us $', 'USD'], ['hk$', 'HKD'], ['hkd', 'HKD'], ['hk $', 'HKD'],
  ['港币', 'HKD'], ['港元', 'HKD'], ['€', 'EUR'], ['eur', 'EUR'], ['£', 'GBP'], ['gbp', 'GBP'], ['s$', 'SGD'], ['r$', 'BRL'], ['brl', 'BRL'],
  ['sgd', 'SGD'], ['aud', 'AUD'], ['cad', 'CAD'], ['nzd', 'NZD'], ['chf', 'CHF'], ['aed', 'AED'], ['idr', 'IDR'], ['rp', 'IDR'], ['myr', 'MYR'],
  ['thb', 'THB'], ['baht', 'THB'], ['฿', 'THB'], ['vnd', 'VND'], ['sek', 'SEK'], ['nok', 'NOK'], ['dkk', 'DKK'], ['mxn', 'MXN'],
  ['a$', 'AUD'], ['c$', 'CAD'], ['nz$', 'NZD'], ['u.s.$', 'USD'], ['jpy', 'JPY'], ['美元', 'USD'],
  ['nt$', 'TWD'], ['twd', 'TWD'], ['新台币', 'TWD'], ['台币', 'TWD'],
  ['₹', 'INR'], ['rs.', 'INR'], ['inr', 'INR'], ['krw', 'KRW'], ['₩', 'KRW'], ['zar', 'ZAR'],
  ['mop', 'MOP'], ['mop$', 'MOP'], ['澳门元', 'MOP'],
  // the Gulf's, Eastern Europe's, South Asia's and Africa's ISO codes that no English word spells
  ['sar', 'SAR'], ['qar', 'QAR'], ['kwd', 'KWD'], ['bhd', 'BHD'], ['omr', 'OMR'], ['egp', 'EGP'], ['pln', 'PLN'], ['czk', 'CZK'],
  ['huf', 'HUF'], ['ils', 'ILS'], ['pkr', 'PKR'], ['bdt', 'BDT'], ['lkr', 'LKR'], ['ngn', 'NGN'], ['kes', 'KES'], ['clp', 'CLP'], ['kzt', 'KZT'],
];
export const CURRENCY_PREFIX = new PhraseTable<string>(CURRENCY_PREFIXES);

/** The currency codes these tables give a figure: after its number in words (`yuan`, `港元`), before it as a sign or code. */
export const TABLE_CURRENCY_CODES: ReadonlySet<string> = new Set([
  ...[...ZH_UNITS, ...EN_UNITS].filter(([, unit]) => unit.kind === 'currency').map(([, unit]) => unit.unit),
  ...CURRENCY_PREFIXES.map(([, iso]) => iso),
]);

/** Units (English) that count only when glued to the number, never after a space (`5 t`, `10 x` are too ambiguous). */
export const EN_GLUED_ONLY = new Set(['t', 'x', 'st', 'nd', 'rd', 'th', 's', "'s", '’s', 'g', 'p', 'l']);
