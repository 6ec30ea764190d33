// An intensity is written in a unit over a unit (`2.39吨/万人次`, `0.41 tCO2e/tonne`), and a table states it in a unit
// column of its row (`单位诊疗人次医疗废物  吨/万人次  2.21`) whose cell the extraction reads bare. Read as the numerator's
// measure alone, the text's figure and the cell are of two kinds (a tonne, a count) and are never compared; read as the
// whole unit written, they are one kind, and compared as written (neither scaled to a base unit: the unit is one).

import { hanOf } from './consistency-words';
import { metricTokens } from './metric-tokens';
import type { CheckDocument, DocFigure } from '../types';

/** One side of an intensity's unit: words or symbols, no digit, space, slash or punctuation (`吨`, `万人次`, `tCO2e`). */
const SIDE = String.raw`[^\d\s/／,，.。;；:：、()（）]{1,12}`;
/** A unit over a unit after a figure's number (`吨/⏎万人次`, `千瓦时/人次`): its numerator, then its denominator. */
const PER_AFTER_NUMBER = new RegExp(String.raw`^\s*(${SIDE})\s*[/／]\s*(${SIDE})`, 'u');
/** A row's unit column that is a unit over a unit (`吨/万人次`, `kWh / visitor`). */
// (not table-row-quotients' PER_UNIT, whose sides are read for their measure, words too, `t/RMB m`: this one is compared as written)
const PER_CELL = new RegExp(String.raw`^(${SIDE})\s*[/／]\s*(${SIDE})$`, 'u');
/** Between a row's cells: a tab, two spaces or more, or a bar. */
const CELL_GAP = /\t|[ \u3000]{2,}|[ \u3000]*[|│][ \u3000]*/;
/** A number as a figure's text opens it (`2.39` of `2.39吨`). */
const NUMBER = /^\d[\d,]*(?:\.\d+)?/;

/** An intensity's unit as written, spaces aside (`吨/万人次`), of a running-text figure or a table cell; else undefined. */
export function intensityUnit(doc: CheckDocument, figure: DocFigure['figure'], table: boolean): string | undefined {
  return table ? unitColumnOf(doc.text, figure) : (unitAfterNumber(doc.text, figure) ?? unitOfNamedRow(doc, figure));
}

/** A Chinese metric that says it is per something in words (`单位体检人次用电量`, `每万元产值能耗`, `人均培训时长`). */
const PER_IN_WORDS = /^(?:单位|單位|每|人均)/;
/** The fewest Han characters a row's label holds to name a text figure's metric by its opening. */
const LABEL_HAN = 4;

/**
 * A Chinese intensity said per something in words with its numerator's unit alone (`单位体检人次用电量13.97千瓦时`), whose
 * metric a table row labels with a unit over a unit (`单位体检人次用电量  千瓦时/人次  13.32`): of that row's unit.
 */
function unitOfNamedRow(doc: CheckDocument, figure: DocFigure['figure']): string | undefined {
  if (figure.unit === '' || figure.unit === '%') return undefined;
  const metric = hanOf(figure.metric);
  const rows = perUnitRows(doc);
  // (the unit as the figure writes it, to meet a row's numerator as the table writes it: `千瓦时` of `124.3千瓦时`, `kWh` of `141.2 kWh`)
  const written = figure.text.replace(NUMBER_IN_TEXT, '').trim().toLowerCase();
  if (metric !== '') {
    for (const row of rows.zh) if (metric.startsWith(row.label) && (PER_IN_WORDS.test(metric) || row.numerator === written)) return row.unit;
    return undefined;
  }
  return PER_WORD.test(figure.metric ?? '') ? englishRowUnit(rows.en, figure.metric!, written) : undefined;
}

/** A figure's number as its text writes it, after any sign or symbol before it. */
const NUMBER_IN_TEXT = /^\D*\d[\d,]*(?:\.\d+)?/;

/** An English metric that says it is per something (`Energy per tonne of metal processed`). */
const PER_WORD = /\bper\b/i;

/** A table row whose unit column is a unit over a unit: its label's words (Han characters, or English tokens), the unit, its numerator as written. */
type PerUnitRow<L> = { label: L; unit: string; numerator: string };

/**
 * An English intensity said per something in words with its numerator's unit alone (`Energy per tonne of metal processed was
 * 141.2 kWh`), whose metric's words hold all of a row's label over a unit over a unit of that numerator (`Energy per tonne
 * processed  kWh/t  144.4`): of that row's unit.
 */
function englishRowUnit(rows: ReadonlyArray<PerUnitRow<readonly string[]>>, metric: string, written: string): string | undefined {
  const said = metricTokens(metric);
  for (const row of rows) if (row.numerator === written && row.label.every((t) => said.includes(t))) return row.unit;
  return undefined;
}

type PerUnitRows = { zh: ReadonlyArray<PerUnitRow<string>>; en: ReadonlyArray<PerUnitRow<readonly string[]>> };

const rowsRead = new WeakMap<CheckDocument, PerUnitRows>();

/**
 * A document's table rows whose unit column is a unit over a unit, Chinese ones by their label's Han characters (a per-word's
 * intensity, or any read against its numerator: `吨垃圾发电量  千瓦时/吨`), English ones saying `per` by their label's words
 * (read once per document).
 */
function perUnitRows(doc: CheckDocument): PerUnitRows {
  let rows = rowsRead.get(doc);
  if (rows) return rows;
  const zh: Array<PerUnitRow<string>> = [];
  const en: Array<PerUnitRow<readonly string[]>> = [];
  for (const line of linesWithSlash(doc.text)) {
    const cells = line.split(CELL_GAP).map((c) => c.trim()).filter((c) => c !== '');
    const per = cells.length >= 3 ? PER_CELL.exec(cells[1]!) : null;
    if (!per) continue;
    const label = hanOf(cells[0]);
    const [unit, numerator] = [`${per[1]!.trim()}/${per[2]!.trim()}`, per[1]!.trim().toLowerCase()];
    if (label.length >= LABEL_HAN) zh.push({ label, unit, numerator });
    else if (label === '' && PER_WORD.test(cells[0]!)) en.push({ label: metricTokens(cells[0]!), unit, numerator });
  }
  rowsRead.set(doc, (rows = { zh, en }));
  return rows;
}

/** The lines of a text holding a slash (`/`, `／`), in order, each once: found from its slashes, not by reading every line. */
function linesWithSlash(text: string): string[] {
  const lines: string[] = [];
  const slash = /[/／]/g;
  for (let m = slash.exec(text); m; m = slash.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const end = text.indexOf('\n', m.index);
    lines.push(text.slice(start, end < 0 ? text.length : end));
    if (end < 0) break;
    // (the next slash is looked for on the lines after this one)
    slash.lastIndex = end + 1;
  }
  return lines;
}

/** A running-text figure's unit over a unit written after its number (`2.39吨/万人次`): the figure's own unit begins it. */
function unitAfterNumber(text: string, figure: DocFigure['figure']): string | undefined {
  const number = NUMBER.exec(figure.text);
  if (!number || figure.unit === '' || figure.unit === '%') return undefined;
  const after = text.slice(figure.start + number[0].length, figure.end + 40);
  // (most figures are written with no slash after them: no unit over a unit to read)
  const per = hasSlash(after) ? PER_AFTER_NUMBER.exec(after) : null;
  return per ? `${per[1]}/${per[2]}` : undefined;
}

/** A table cell's unit column before it in its row, when a unit over a unit (`单位游客能耗  千瓦时/人次  7.33`). */
function unitColumnOf(text: string, figure: DocFigure['figure']): string | undefined {
  const rowStart = text.lastIndexOf('\n', figure.start) + 1;
  const row = text.slice(rowStart, figure.start);
  // (most rows have no slash before the cell: no unit column over a unit, and no cells to split)
  if (!hasSlash(row)) return undefined;
  const cells = row.split(CELL_GAP).map((c) => c.trim()).filter((c) => c !== '');
  // (the label first, the unit column after it)
  const per = cells.length >= 2 ? PER_CELL.exec(cells[1]!) : null;
  return per ? `${per[1]!.trim()}/${per[2]!.trim()}` : undefined;
}

/** Whether the words hold a slash, half- or full-width: what every unit over a unit is written with. */
const hasSlash = (words: string) => words.includes('/') || words.includes('／');
