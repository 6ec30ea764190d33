// A head count's table row labelled by a place alone (`Europe`), restated by a text count of people there.

import { tableAbove } from './consistency-row-labels';
import { type Statement } from './consistency-statements';

/**
 * A head count's table row labelled by a place alone (`Europe   12.4` under `Employees by location (in
 * thousands)`) is restated by a running-text count of people that names the place (`Our 14,200
 * colleagues in Europe`): the table's caption and the text's noun both count people.
 */
export function placeOfPeople(a: Statement, b: Statement): boolean {
  const [cell, said] = a.placeRow ? [a, b] : [b, a];
  if (said.table || said.placeRow || cell.at.doc !== said.at.doc || said.zh || cell.dimension !== 'count' || !PEOPLE.test(said.at.figure.unit)) return false;
  const place = cell.at.figure.metric!.trim();
  return new RegExp(`\\b${place}\\b`).test(said.at.figure.metric ?? '') && PEOPLE.test(tableAbove(cell.at.doc.text, cell.at.figure.start));
}

/** A row label that is a place's name alone (`Europe`, `North America`). */
export const PLACE_LABEL = /^\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*$/;

/** Nouns that count people. */
const PEOPLE = /\b(?:employees?|colleagues?|people|staff|workforce|headcount|FTEs?|workers?|personnel)\b/i;
