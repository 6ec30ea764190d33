// Table rows as PDF text without layout gives them: the label, its unit and each year's number
// apart by one space (`Scope 1 emissions tCO2-e 1,012,600 1,046,300 1,071,400`, `员工总数 人 11,236
// 11,872 12,460`), under a header of years (`Metric Unit FY2021 FY2022 FY2023`, `指标 单位 2021 年
// 2022 年 2023 年`). A line reads as such a row only when it ends in two numbers or more after a
// label, or in one number after a short label with no sentence punctuation (`Western Australia
// 5,214`, `Total 5,940`): a sentence wrapped before a number is neither. Extraction reads a row's
// unit and scale from it (year-rows.ts), the metrics its label and years (metrics/table.ts), the
// checks its cells (checks/table-blocks.ts).

import { isSpaceCode } from '../text/space-code';
import { readSpec } from './unit-spec';

export interface OneSpaceCell {
  text: string;
  /** Where it starts in its line. */
  at: number;
}

/** A number cell: `1,012,600`, `(4.8)`, `12.5%`, a fall marked `△5.1` or `▲0.3` as Japanese reports mark one. */
const NUMBER = /^[-−–△▲]?\(?\d[\d,，]*(?:\.\d+)?\)?%?$/;
/** A year in a header, with its `年` when it has one (`FY2021`, `FY2022/23`, `2021 年`). */
const HEADER_TOKEN = /(?:FY\s?)?(?:19|20)\d{2}(?:\/\d{2})?(?:\s*年度?)?|\S+/g;
const YEAR = /^(?:FY\s?)?(?:19|20)\d{2}(?:\/\d{2})?(?:\s*年度?)?$/;
/** A unit ending a label: `%`, a symbol or capital in it (`tCO2-e`, `GL`, `A$`; not a name, `Australia`), Han after a Han label (`人`, `万吨`), or a counting word. */
const UNIT = /^(?![A-Z][a-z]+$)(?:%|\S*[A-Z0-9$€£¥%/]\S*|ha|km|kg|t|number|persons|people|hours|days|cases)$/;
/** A word of capitals alone: a unit only when the unit tables know it (`ML`, `GJ`, `RMB`); else a name in the label (`Underlying EBIT`, `LTIFR`). */
const CAPITALS = /^[A-Z]{2,}$/;
const isUnit = (word: string): boolean => UNIT.test(word) && (!CAPITALS.test(word) || readSpec(word) !== null);
/** A short label of a one-number row: a few words, no sentence punctuation. */
const SHORT_LABEL = /^[^,.;:()，。；：（）\d]{1,40}$/;

/** Cheap tests first (most lines are prose): a row ends in a number (`endsInNumber`), a header holds two years. */
/** Whether the line ends in a number (`/\d\)?%?\s*$/`), read back from its end by codes: the pattern is tried from every digit of a long line. */
export function endsInNumber(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && isSpaceCode(line.charCodeAt(i))) i--;
  if (line.charCodeAt(i) === 0x25 /* % */) i--;
  if (line.charCodeAt(i) === 0x29 /* ) */) i--;
  const c = line.charCodeAt(i);
  return c >= 48 && c <= 57;
}
const TWO_YEARS = /(?:19|20)\d{2}(?:\/\d{2})?\D+(?:19|20)\d{2}/;

/** The cells of a one-space row or header, or undefined when the line is neither. */
export function oneSpaceCells(line: string): OneSpaceCell[] | undefined {
  if (!endsInNumber(line)) return TWO_YEARS.test(line) ? header(line) : undefined;
  const tokens = [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index }));
  if (tokens.length < 2 || !/\p{L}/u.test(tokens[0]!.text)) return undefined;
  let n = 0;
  while (n < tokens.length - 1 && NUMBER.test(tokens[tokens.length - 1 - n]!.text)) n++;
  if (n === 0) return header(line);
  const labelTokens = tokens.slice(0, tokens.length - n);
  const label = line.slice(labelTokens[0]!.at, labelTokens.at(-1)!.at + labelTokens.at(-1)!.text.length);
  if (n === 1 && (!SHORT_LABEL.test(label) || labelTokens.length > 4)) return undefined;
  const numbers = tokens.slice(tokens.length - n);
  const last = labelTokens.at(-1)!;
  const han = (t: string) => /^[\u3400-\u9fff]/.test(t);
  const unit = labelTokens.length >= 2 && (isUnit(last.text) || (han(last.text) && han(labelTokens.at(-2)!.text)));
  const labelCell = { text: unit ? line.slice(labelTokens[0]!.at, labelTokens.at(-2)!.at + labelTokens.at(-2)!.text.length) : label, at: labelTokens[0]!.at };
  return [labelCell, ...(unit ? [last] : []), ...numbers];
}

/** A one-space row's label (without its unit) and its numbers; undefined for a header or any other line. */
export function oneSpaceRow(line: string): { label: OneSpaceCell; numbers: OneSpaceCell[] } | undefined {
  if (!endsInNumber(line) || oneSpaceHeaderYears(line)) return undefined;
  const cells = oneSpaceCells(line);
  if (!cells || !NUMBER.test(cells.at(-1)!.text)) return undefined;
  return { label: cells[0]!, numbers: cells.filter((c, i) => i > 0 && NUMBER.test(c.text)) };
}

/** The year cells of a one-space header (`FY2021`, `2021 年`), or undefined when the line is not one. */
export function oneSpaceHeaderYears(line: string): OneSpaceCell[] | undefined {
  return TWO_YEARS.test(line) ? header(line)?.filter((c) => YEAR.test(c.text)) : undefined;
}

/** A header: words, then two years or more, and no other number. */
function header(line: string): OneSpaceCell[] | undefined {
  const cells = [...line.matchAll(HEADER_TOKEN)].map((m) => ({ text: m[0], at: m.index }));
  const years = cells.filter((c) => YEAR.test(c.text)).length;
  return years >= 2 && cells.every((c) => YEAR.test(c.text) || !/\d/.test(c.text)) ? cells : undefined;
}
