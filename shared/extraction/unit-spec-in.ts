import { memoized, readSpec, scaleOfCount, zhScaleOfCount } from './unit-spec';
import type { UnitSpec } from './unit-spec';
import { currencyForward } from './currency-prefix';
import { isDigitCode } from './normalize';

// Where a table states its spec (unit-spec.ts) inside longer text: in parentheses in a caption or
// a row label, after `单位：`, or a cell that is wholly one.

const PERCENT_OF = /^\s*%\s+of\s/i;
const PARENS = /[(（]([^()（）]{1,60})[)）]/g;
// `單位` as traditional text writes it (`單位：新臺幣仟元`); readSpec reads the rest normalised
const AFTER_UNIT_LABEL = /(?:单位|單位|unit(?:s)?)\s*[:：]\s*([^\t;；。]{1,30})/i;

/** A spec in a caption, a header cell or a row label: in parentheses, after `单位：`, or the whole of it (read once for each text). */
export const specIn = memoized(readSpecIn);

function readSpecIn(s: string): UnitSpec | null {
  // a short cell that is wholly a spec, its brackets part of it (`tCO2e (thousand)`, `tonnes ('000)`)
  const whole = s.length <= 40 ? readSpec(s) : null;
  if (whole) return whole;
  // a change column's header led by its percent sign (`% change`, `% growth`, `% of total`)
  // or ended by it (`Var. %`, `Change %`, `YoY %`, `占比%`, `同比%`)
  if (s.length <= 24 && (PERCENT_HEADER.test(s) || HEADER_PERCENT.test(s))) return PERCENT_SPEC;
  const label = AFTER_UNIT_LABEL.exec(s);
  if (label) {
    const spec = statedAfterLabel(label[1]!);
    if (spec) return spec;
  }
  const times = s.length <= 8 ? timesCounted(s) : null;
  if (times) return times;
  for (const m of s.matchAll(PARENS)) {
    // `(% of NLA)`, `(% of revenue)`: a share of something named
    if (PERCENT_OF.test(m[1]!)) return { factor: 1, unit: { unit: '%', kind: 'percent' } };
    // (`Table 1  Revenue by business line (RMB 10,000)`: a currency's power of ten in brackets, 万元 put into English)
    const spec = readSpec(m[1]!) ?? scaleOfCount(m[1]!) ?? zhScaleOfCount(m[1]!) ?? millionsOfCounted(s, m.index, m[1]!) ?? gasThenMass(m[1]!) ?? yearsOrLastPart(m[1]!) ?? currencyPower(m[1]!);
    if (spec) return gasMass(s, m.index, coalMass(s, m.index, spec));
  }
  return null;
}

/** What a statement after `Unit:` or `单位：` says: a spec, a list of them, or a currency's power of ten. */
// (`（单位：万剂）` in a caption: the label read to the bracket's end, which closes the caption, not the unit)
const statedAfterLabel = (s: string): UnitSpec | null => readSpec(s) ?? listedSpec(s) ?? currencyPower(s) ?? zhScaleOfCount(s.replace(/^([^(（]*)[)）]\s*$/, '$1')) ?? unitBeforeNote(s);

/**
 * A unit and a note after a Chinese comma on what it is counted as (`（单位：吨，折WO3 65%）`, `（单位：万吨，按实物量计）`): the
 * unit the label states, the note no unit of a column of its own (a list of units, `万元，%`, is read before it).
 */
function unitBeforeNote(s: string): UnitSpec | null {
  const m = UNIT_THEN_NOTE.exec(s);
  return m ? readSpec(m[1]!) : null;
}
const UNIT_THEN_NOTE = /^([^，,、()（）]{1,8})，[^，,、()（）]{1,24}[)）]?\s*$/;

/**
 * `Unit: RMB10,000`, `Unit: HK$ 1,000`, `(RMB 10,000)`: after a unit label or in brackets, a currency and a power of ten in digits state
 * the scale of the table below (a Chinese report's 万元 put into English), not an amount; so does a unit
 * column's cell before bare values (unit-cell.ts, table-header.ts).
 */
function currencyPower(s: string): UnitSpec | null {
  const t = s.trim();
  const m = currencyForward(t, 0);
  const power = m ? CURRENCY_POWER.exec(t.slice(m.end)) : null;
  return power ? { factor: Number(power[1]!.replace(/,/g, '')), unit: { unit: m!.value, kind: 'currency' } } : null;
}
const CURRENCY_POWER = /^\s?(1,000|10,000|100,000|1,000,000|1000|10000)\s*$/;

/**
 * A unit column's power of ten before bare values (unit-cell.ts, table-header.ts): a currency's (`RMB10,000`), or one alone
 * (`Families served  10,000  1.86  1.62`: 万户 put into English, its noun left to the label), which scales them as `'000` would.
 */
export function unitCellPower(s: string): UnitSpec | null {
  const m = BARE_POWER.exec(s.trim());
  return currencyPower(s) ?? (m ? { factor: Number(m[0].replace(/,/g, '')), unit: null } : null);
}
const BARE_POWER = /^(?:1,000|10,000|100,000|1,000,000)$/;

/**
 * Whether `[start, end)`, a number read with its currency or unit, is the whole statement after a unit
 * label (`Unit: RMB10,000`, `Unit: 10,000 yuan`): the scale of the table below, no figure.
 */
export function statedAfterUnitLabel(text: string, start: number, end: number): boolean {
  if (!UNIT_LABEL_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  const rest = STATEMENT_REST.exec(text.slice(end, end + 24))![0];
  return statedAfterLabel(text.slice(start, end) + rest) !== null;
}
/**
 * Whether `[start, end)`, a power of ten with a unit, opens a row label's brackets that state the row's
 * scale (`CO2 emissions, Scope 1+2 (10,000 t-CO2)      128.4`): a column gap and the row's value after them.
 */
export function scaleOfLabelBrackets(text: string, start: number, end: number, value: number): boolean {
  if (!OPEN.has(text.charCodeAt(start - 1))) return false;
  const m = BRACKET_REST.exec(text.slice(end, end + 24));
  if (!m) return false;
  const spec = readSpec(text.slice(start, end) + m[1]!);
  return spec !== null && spec.factor === value;
}
/** The rest of the brackets, then a column gap and a value on the line (a row's cells). */
const BRACKET_REST = /^([^()（）\n]*)[)）](?:\t|  )[ \t]*[-–(]?\d/;

const UNIT_LABEL_BEFORE = /(?:单位|單位|units?)\s*[:：]\s*$/i;
/** The rest of a statement's cell after the number: up to a column gap, a separator or the line's end. */
const STATEMENT_REST = /^[^\t\n;；。]*?(?=$|\t|\n|[;；。]|\s{2})/;

/**
 * `Average fleet age (years)`: a duration in years, which a bare `years` states nowhere else (a year
 * is a date's); `On-time departures (within 15 minutes, %)`: the unit after the bracket's last comma.
 */
function yearsOrLastPart(inner: string): UnitSpec | null {
  if (YEARS.test(inner)) return YEARS_SPEC;
  const comma = Math.max(inner.lastIndexOf(','), inner.lastIndexOf('，'));
  if (comma <= 0) return null;
  // a comma between digits groups a number's thousands: `per 200,000 hours` has no last part (`000 hours`)
  const groupsDigits = /^\d{3}(?!\d)/.test(inner.slice(comma + 1)) && isDigitCode(inner.charCodeAt(comma - 1));
  return (groupsDigits ? null : readSpec(inner.slice(comma + 1))) ?? unitThenWhatOf(inner);
}

/**
 * `Energy use (thousand kL, crude oil equivalent)`: a unit, then words of what it is reckoned as; the
 * unit before the first comma is the row's when nothing after it is a number.
 */
function unitThenWhatOf(inner: string): UnitSpec | null {
  const comma = inner.search(/[,，]/);
  return /^[^\d]*$/.test(inner.slice(comma + 1)) && /^[\s\p{L}]+$/u.test(inner.slice(comma + 1)) ? readSpec(inner.slice(0, comma)) : null;
}
const YEARS = /^\s*(?:years|yrs)\s*$/i;
const YEARS_SPEC: UnitSpec = { factor: 1, unit: { unit: 'years', kind: 'duration' } };

/**
 * `受惠人次`, `培训场次`, `抽检批次`: a header in Chinese naming what its column counts by a measure word
 * of times (`人次`, person-times), which is then its cells' unit.
 */
function timesCounted(s: string): UnitSpec | null {
  const t = s.trim();
  const n = t.length;
  if (n < 3 || t.charCodeAt(n - 1) !== 0x6b21 /* 次 */ || !TIMES_HEADER.test(t)) return null;
  return { factor: 1, unit: { unit: t.slice(n - 2), kind: 'count' } };
}
const TIMES_HEADER = /^[\u4e00-\u9fff]{1,6}[人场批户车架航项艘]次$/;

const PERCENT_HEADER = /^[%％]\s*(?:change|chg|growth|increase|decrease|var(?:iance)?|movement|of\s+[a-z]+)\b/i;
const HEADER_PERCENT = /^(?:change|chg\.?|growth|var\.?|variation|variance|movement|yoy|y\/y|share|占比|比重|比例|构成|構成|同比|变动|變動|增减|增減|增幅|增长率?|增長率?|变化|變化)\s*[%％]$/i;
const PERCENT_SPEC: UnitSpec = { factor: 1, unit: { unit: '%', kind: 'percent' } };

/**
 * `折标准煤（吨）`, `综合能耗（万吨标准煤）` read as `（吨）`: a mass of standard coal equivalent where the
 * words before the bracket name it, so the cells are tce (kgce for kilograms), not tonnes.
 */
function coalMass(s: string, open: number, spec: UnitSpec): UnitSpec {
  const unit = spec.unit?.unit;
  if ((unit !== 't' && unit !== 'kg') || !STANDARD_COAL_BEFORE.test(s.slice(Math.max(0, open - 6), open))) return spec;
  return { factor: spec.factor, unit: { unit: unit === 't' ? 'tce' : 'kgce', kind: 'measure' } };
}
const STANDARD_COAL_BEFORE = /(?:标准煤|标煤|標準煤)\s*$/;

/**
 * `GHG emissions (tonnes)`, `Emission of type two greenhouse gasses (Ton)`: a plain mass where the words
 * before the bracket name greenhouse gas emissions is a mass of CO2 equivalent, as `(tCO2e)` would be.
 */
function gasMass(s: string, open: number, spec: UnitSpec): UnitSpec {
  const unit = spec.unit?.unit;
  const gas = unit === 't' ? 'tCO2e' : unit === 'kt' ? 'ktCO2e' : unit === 'Mt' ? 'MtCO2e' : unit === 'kg' ? 'kgCO2e' : null;
  if (gas === null || !GREENHOUSE_GAS_BEFORE.test(s.slice(0, open))) return spec;
  return { factor: spec.factor, unit: { unit: gas, kind: 'measure' } };
}
const GREENHOUSE_GAS_BEFORE = /\b(?:greenhouse\s+gas(?:es|ses)?|GHG)\b|温室气体|溫室氣體/i;

/** A bracketed unit cell after its row's label (`Emission of type two greenhouse gasses (Ton)⏎3591.25`): a mass of what the label names. */
export const massOfLabel = (label: string, spec: UnitSpec): UnitSpec => gasMass(label, label.length, coalMass(label, label.length, spec));

/**
 * `Full-fibre premises passed (m)`, `Customers (m)`: a bare `m` after a label counting people or
 * places served is millions of them; after a length (`Mains renewed (m)`, `Height (m)`) it is metres,
 * which a cell takes from no table here.
 */
function millionsOfCounted(s: string, open: number, inner: string): UnitSpec | null {
  if (inner.length > 4) return null;
  const t = inner.trim();
  if (t !== 'm' && t !== 'mn') return null;
  for (const w of s.slice(0, open).toLowerCase().split(/[^a-z]+/)) if (COUNTED_IN_MILLIONS.has(w)) return { factor: 1e6, unit: null };
  return null;
}

/** Plural nouns of people and places a service reaches, which a table counts in millions and never measures in metres. */
const COUNTED_IN_MILLIONS: ReadonlySet<string> = new Set([
  'customers', 'premises', 'homes', 'households', 'users', 'subscribers', 'connections', 'accounts', 'passengers',
  'visitors', 'people', 'members', 'patients', 'students', 'devices', 'journeys', 'transactions', 'orders', 'downloads',
]);

/**
 * `单位：万人次、万吨、万架次`: one statement for rows of different units. The scale they share is
 * the table's; which unit is a row's the caption does not say, so a cell takes none. `单位：亿元、%`:
 * the amounts' unit, and percentages in the columns a share or a rate heads.
 */
function listedSpec(s: string): UnitSpec | null {
  const all = s.split(/[、，,]/).map((part) => (part.trim() === '' ? null : readSpec(part)));
  if (all.length < 2 || all.some((x) => x === null)) return null;
  // `亿元、%`: the percent sign names the share and rate columns, the rest the others
  const specs = all.filter((x) => x!.unit?.kind !== 'percent');
  if (specs.length === 0) return null;
  if (specs.length < all.length) return specs.length === 1 ? { ...specs[0]!, percentColumns: true } : null;
  const [first, ...rest] = specs as UnitSpec[];
  if (rest.some((x) => x.factor !== first!.factor)) return null;
  return { factor: first!.factor, unit: rest.every((x) => x.unit?.unit === first!.unit?.unit) ? first!.unit : null };
}

/**
 * `( 二氧化碳当量 - 吨 )`, `(CO2e, tonnes)`: the gas named before its mass, a dash or comma between, is
 * that mass of the gas (a slash would make it a rate, per tonne).
 */
function gasThenMass(inner: string): UnitSpec | null {
  const m = GAS_THEN_MASS.exec(inner);
  return m ? readSpec(/^[A-Za-z]/.test(m[2]!) ? `${m[2]!} ${m[1]!}` : `${m[2]!}${m[1]!}`) : null;
}
const GAS_THEN_MASS = /^\s*(二氧化碳当量|二氧化碳當量|CO2e|CO2-e|CO₂e)\s*[-–—－,，、]\s*([^-–—－,，、/]{1,12}?)\s*$/;

const OPEN = new Set([0x28, 0xff08]);
const CLOSE = new Set([0x29, 0xff09]);
/** How far a statement of unit's parentheses may stand from the scale word in it (`(thousands of m3 unless stated)`). */
const CAPTION_REACH = 32;

/**
 * Whether `[start, end)` lies in a statement of unit (`( 百万瓦时 )`, `单位：亿元`): a column's
 * scale, not a figure.
 */
export function inUnitCaption(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let k = start - 1; k >= Math.max(0, start - CAPTION_REACH); k--) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || CLOSE.has(c)) break;
    if (OPEN.has(c) || c === 0x3a || c === 0xff1a) {
      open = k;
      break;
    }
  }
  if (open < 0) return isWholeStatement(text, start, end);
  let close = end;
  while (close < Math.min(text.length, end + CAPTION_REACH) && !CLOSE.has(text.charCodeAt(close)) && text.charCodeAt(close) !== 0x0a) close++;
  const opener = text.charCodeAt(open);
  if (OPEN.has(opener) ? !CLOSE.has(text.charCodeAt(close)) : !/(?:单位|單位|units?)\s*$/i.test(text.slice(Math.max(0, open - 6), open))) return false;
  const inner = text.slice(open + 1, close);
  return (OPEN.has(opener) ? readSpec(inner) : statedAfterLabel(inner)) !== null;
}

const CELL_EDGE = /\t|\n|[ \u3000]{2}/;

/**
 * The end of the last cell edge in `[from, to)` (CELL_EDGE's matches read left to right, so a run
 * of three spaces ends its edge after two), else 0 at the text's start, else -1.
 */
function lastCellEdgeEnd(text: string, from: number, to: number): number {
  const n = Math.min(to, text.length);
  let end = from === 0 ? 0 : -1;
  for (let k = from; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x09 || c === 0x0a) end = k + 1;
    else if ((c === 0x20 || c === 0x3000) && k + 1 < n && (text.charCodeAt(k + 1) === 0x20 || text.charCodeAt(k + 1) === 0x3000)) end = ++k + 1;
  }
  return end;
}

/** Whether the cell or line around `[start, end)` is wholly a statement of scale (`$ millions`, `HK$ 百万`, `百万 tCO2e` over a table). */
function isWholeStatement(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - CAPTION_REACH);
  const a = lastCellEdgeEnd(text, from, start);
  const right = text.slice(end, end + CAPTION_REACH);
  const edge = CELL_EDGE.exec(right);
  const b = edge ? end + edge.index : end + right.length === text.length ? text.length : -1;
  if (a < 0 || b < 0) return false;
  // a thousand or more of a currency or a measure: `十元` alone is a figure, `$ thousands`, `千元` and
  // `百万 tCO2e` state a scale
  const spec = readSpec(text.slice(a, b).trim());
  return spec !== null && spec.factor >= 1e3 && (spec.unit?.kind === 'currency' || spec.unit?.kind === 'measure');
}
